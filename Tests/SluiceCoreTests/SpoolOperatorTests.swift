import Foundation
import SluiceCore
import SluiceTestSupport
import Testing

struct SpoolOperatorTests {
    func spool() throws -> (Spool, TemporaryDirectory) {
        let dir = try TemporaryDirectory("operator")
        let spool = Spool(root: dir.appending("spool"))
        try spool.prepare()
        return (spool, dir)
    }

    @Test func holdAndRelease_moveBetweenIncomingAndHold_withoutOverwriting() throws {
        let (spool, dir) = try spool()
        defer { dir.remove() }
        try dir.write("spool/incoming/a.txt", Array("one".utf8))
        try spool.perform(.hold, name: "a.txt")
        #expect(spool.held() == ["a.txt"])
        // A new a.txt arrives meanwhile: releasing the held one does not overwrite it
        try dir.write("spool/incoming/a.txt", Array("two".utf8))
        let released = try spool.perform(.release, name: "a.txt")
        #expect(released.description == "a.txt.1")
        #expect(try String(contentsOfFile: spool.incoming + "/a.txt.1", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: spool.incoming + "/a.txt", encoding: .utf8) == "two")
        #expect(spool.held().isEmpty)
    }

    @Test func retry_movesAQuarantinedFileBack_andDropsItsReason() throws {
        let (spool, dir) = try spool()
        defer { dir.remove() }
        try dir.write("spool/failed/bad.bin", [0, 1, 2])
        try dir.write("spool/failed/bad.bin.reason.json", Array("{}".utf8))
        try dir.write("spool/failed/other.txt", [0])
        try spool.perform(.retry, name: "bad.bin")
        #expect(FileManager.default.fileExists(atPath: spool.incoming + "/bad.bin"))
        #expect(!FileManager.default.fileExists(atPath: spool.failed + "/bad.bin.reason.json"))
        #expect(try spool.retryAll().map(\.description) == ["other.txt"])
        #expect(spool.counts().failed == 0)
    }

    @Test(arguments: ["", ".", "..", "../etc/passwd", "a/b"])
    func badNames_areRefused(_ name: String) throws {
        let (spool, dir) = try spool()
        defer { dir.remove() }
        #expect { try spool.perform(.hold, name: name) } throws: { ($0 as? SpoolError)?.code == .invalidName }
    }

    @Test func missingFile_isNamedInTheError() throws {
        let (spool, dir) = try spool()
        defer { dir.remove() }
        #expect { try spool.perform(.release, name: "nope") } throws: {
            guard let e = $0 as? SpoolError else { return false }
            return e.code == .noSuchFile && e.message.contains("nope") && e.message.contains("/hold")
        }
    }
}
