import Foundation
import Glibc
import SluiceCore
import SluiceTestSupport
import SystemPackage
import Testing

/// A prepared spool in its own temporary directory.
struct SpoolFixture {
    let dir: TemporaryDirectory
    let spool: Spool

    init(_ label: String = "spool") throws {
        dir = try TemporaryDirectory(label)
        spool = Spool(root: dir.appending("spool"))
        try spool.prepare()
    }

    func remove() { dir.remove() }

    /// Writes `bytes` to `directory/name` (raw name bytes) and returns nothing; fails the test on error.
    func put(_ bytes: [UInt8], in directory: String, as name: SpoolName) throws {
        let fd = try Sys.open(SystemPath(directory, name), flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644).get()
        defer { Sys.close(fd) }
        try Sys.writeAll(fd, bytes).get()
    }

    func put(_ text: String, in directory: String, as name: String) throws {
        try put(Array(text.utf8), in: directory, as: SpoolName(name))
    }

    func exists(_ directory: String, _ name: SpoolName) -> Bool {
        (try? Sys.linkStatus(SystemPath(directory, name)).get()) != nil
    }

    func exists(_ directory: String, _ name: String) -> Bool { exists(directory, SpoolName(name)) }

    func contents(_ directory: String, _ name: SpoolName) throws -> [UInt8] {
        let fd = try Sys.open(SystemPath(directory, name), flags: O_RDONLY).get()
        defer { Sys.close(fd) }
        return try Sys.readAll(fd, sizeHint: 0, limit: 1 << 20).get().bytes
    }

    func names(_ directory: String) throws -> [SpoolName] {
        try DirectoryListing.names(in: directory).get().sorted()
    }

    /// The parsed `failed/NAME.reason.json`.
    func sidecar(_ name: SpoolName) throws -> [String: Any] {
        let bytes = try contents(spool.failed, name.appending(".reason.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }
}

/// The `QuarantineError` of a rejected read, or nil (recording an issue) for any other result.
func rejection(_ result: Spool.ReadResult, sourceLocation: SourceLocation = #_sourceLocation) -> (QuarantineError, FileStatus?)? {
    if case .reject(let error, let status) = result { return (error, status) }
    Issue.record("expected a rejection, got \(result)", sourceLocation: sourceLocation)
    return nil
}

@Suite struct SpoolTests {
    // MARK: - prepare

    @Test func prepare_whenRootMissing_createsEveryDirectory() throws {
        let dir = try TemporaryDirectory("prepare")
        defer { dir.remove() }
        let spool = Spool(root: dir.appending("spool"))
        try spool.prepare()
        for path in [spool.root, spool.tmp, spool.incoming, spool.active, spool.failed, spool.hold] {
            #expect(try Sys.linkStatus(SystemPath(path)).get().kind == .directory, "\(path)")
        }
        #expect(spool.incoming == dir.appending("spool/incoming"))
        // Producers' directories are setgid so that dropped files keep the spool's group
        #expect(try Sys.linkStatus(SystemPath(spool.incoming)).get().mode & 0o2000 != 0)
        #expect(try Sys.linkStatus(SystemPath(spool.active)).get().mode & 0o7777 == 0o750 & ~currentUmask())
    }

    @Test func prepare_whenRunTwice_isIdempotentAndKeepsFiles() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("x", in: fixture.spool.incoming, as: "a.txt")
        try fixture.spool.prepare()
        #expect(fixture.exists(fixture.spool.incoming, "a.txt"))
    }

    @Test func prepare_whenRootIsASymlink_refusesIt() throws {
        let dir = try TemporaryDirectory("prepare")
        defer { dir.remove() }
        // Given a real spool directory and a symlink to it
        try Spool(root: dir.appending("real")).prepare()
        #expect(symlink(dir.appending("real"), dir.appending("link")) == 0)
        // When the symlink is used as the spool root
        let error = #expect(throws: SpoolError.self) { try Spool(root: dir.appending("link")).prepare() }
        // Then it is refused
        #expect(error?.code == .unusable)
        #expect(error?.message.contains("symbolic link") == true)
    }

    @Test func prepare_whenSubdirectoryIsASymlink_refusesIt() throws {
        let dir = try TemporaryDirectory("prepare")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.appending("spool"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir.appending("elsewhere"), withIntermediateDirectories: true)
        #expect(symlink(dir.appending("elsewhere"), dir.appending("spool/incoming")) == 0)
        let error = #expect(throws: SpoolError.self) { try Spool(root: dir.appending("spool")).prepare() }
        #expect(error?.code == .unusable)
        #expect(error?.message.contains("incoming") == true)
    }

    @Test func prepare_whenPartIsARegularFile_refusesIt() throws {
        let dir = try TemporaryDirectory("prepare")
        defer { dir.remove() }
        try dir.write("spool/failed", "not a directory")
        let error = #expect(throws: SpoolError.self) { try Spool(root: dir.appending("spool")).prepare() }
        #expect(error?.code == .unusable)
        #expect(error?.message.contains("not a directory") == true)
    }

    @Test func absolute_whenRelativeOrTrailingSlash_normalises() {
        #expect(Spool.absolute("/var/spool/sluice/") == "/var/spool/sluice")
        #expect(Spool.absolute("/var/spool/sluice/.") == "/var/spool/sluice")
        #expect(Spool.absolute("/") == "/")
        #expect(Spool.absolute("spool") == FileManager.default.currentDirectoryPath + "/spool")
    }

    // MARK: - claim

    @Test func claim_whenFileInIncoming_movesItToActive() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("hello", in: fixture.spool.incoming, as: "a.txt")
        var probed: [Errno] = []
        #expect(try fixture.spool.claim(SpoolName("a.txt"), probe: { probed.append($0) }) == .claimed)
        #expect(!fixture.exists(fixture.spool.incoming, "a.txt"))
        #expect(try fixture.contents(fixture.spool.active, SpoolName("a.txt")) == Array("hello".utf8))
        #expect(probed.isEmpty, "leases work here (root on a local file system)")
    }

    @Test func claim_whenFileMissing_returnsGone() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        #expect(try fixture.spool.claim(SpoolName("nothing.txt")) == .gone)
    }

    @Test func claim_whenSameNameInActive_returnsConflictAndLeavesBoth() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("old", in: fixture.spool.active, as: "a.txt")
        try fixture.put("new", in: fixture.spool.incoming, as: "a.txt")
        #expect(try fixture.spool.claim(SpoolName("a.txt")) == .conflict)
        #expect(try fixture.contents(fixture.spool.active, SpoolName("a.txt")) == Array("old".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("a.txt")) == Array("new".utf8))
    }

    @Test func claim_whenFileHeldOpenForWriting_returnsBusyUntilClosed() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a file being written in place in incoming/ (this process holds it open for writing)
        let name = SpoolName("in-progress.txt")
        let writer = try Sys.open(SystemPath(fixture.spool.incoming, name), flags: O_WRONLY | O_CREAT | O_EXCL).get()
        try Sys.writeAll(writer, Array("half an arti".utf8)).get()
        var probed: [Errno] = []
        // When it is claimed, it is busy and stays where it is
        #expect(try fixture.spool.claim(name, probe: { probed.append($0) }) == .busy)
        #expect(fixture.exists(fixture.spool.incoming, name))
        #expect(!fixture.exists(fixture.spool.active, name))
        #expect(probed.isEmpty)
        // And once the writer closes it, it can be claimed
        try Sys.writeAll(writer, Array("cle".utf8)).get()
        Sys.close(writer)
        #expect(try fixture.spool.claim(name) == .claimed)
        #expect(try fixture.contents(fixture.spool.active, name) == Array("half an article".utf8))
    }

    @Test func claim_whenFileHeldOpenForReadingOnly_claimsIt() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("done", in: fixture.spool.incoming, as: "r.txt")
        let reader = try Sys.open(SystemPath(fixture.spool.incoming, SpoolName("r.txt")), flags: O_RDONLY).get()
        defer { Sys.close(reader) }
        #expect(try fixture.spool.claim(SpoolName("r.txt")) == .claimed)
    }

    // MARK: - take

    @Test func take_whenFileInIncoming_claimsAndReadsIt() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("hello", in: fixture.spool.incoming, as: "a.txt")
        var probed: [Errno] = []
        guard case .file(let file) = try fixture.spool.take(SpoolName("a.txt"), maxSize: 1024, probe: { probed.append($0) }) else {
            Issue.record("expected a file")
            return
        }
        #expect(file.bytes == Array("hello".utf8))
        #expect(file.status.kind == .regular)
        #expect(file.status.uid == getuid())
        #expect(!fixture.exists(fixture.spool.incoming, "a.txt"))
        #expect(fixture.exists(fixture.spool.active, "a.txt"))
        #expect(probed.isEmpty)
    }

    @Test func take_whenFileHeldOpenForWriting_isBusyAndStaysInIncoming() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let name = SpoolName("in-progress.txt")
        let writer = try Sys.open(SystemPath(fixture.spool.incoming, name), flags: O_WRONLY | O_CREAT | O_EXCL).get()
        try Sys.writeAll(writer, Array("half".utf8)).get()
        guard case .busy = try fixture.spool.take(name, maxSize: 1024) else {
            Issue.record("expected busy")
            Sys.close(writer)
            return
        }
        #expect(fixture.exists(fixture.spool.incoming, name))
        #expect(!fixture.exists(fixture.spool.active, name))
        Sys.close(writer)
        guard case .file(let file) = try fixture.spool.take(name, maxSize: 1024) else {
            Issue.record("expected the file once its writer closed it")
            return
        }
        #expect(file.bytes == Array("half".utf8))
    }

    @Test func take_whenMissingOrNameTakenInActive_isGoneOrConflict() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        guard case .gone = try fixture.spool.take(SpoolName("nothing.txt"), maxSize: 1024) else {
            Issue.record("expected gone")
            return
        }
        try fixture.put("old", in: fixture.spool.active, as: "a.txt")
        try fixture.put("new", in: fixture.spool.incoming, as: "a.txt")
        guard case .conflict = try fixture.spool.take(SpoolName("a.txt"), maxSize: 1024) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(try fixture.contents(fixture.spool.active, SpoolName("a.txt")) == Array("old".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("a.txt")) == Array("new".utf8))
    }

    @Test func take_whenSymlinkFIFOHardLinkOrTooLarge_claimsItAndRejectsWithItsCode() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.dir.write("target.txt", "secret")
        #expect(symlink(fixture.dir.appending("target.txt"), fixture.spool.incoming + "/link.txt") == 0)
        #expect(mkfifo(fixture.spool.incoming + "/pipe", 0o644) == 0)
        try fixture.put("shared", in: fixture.spool.tmp, as: "orig.txt")
        #expect(link(fixture.spool.tmp + "/orig.txt", fixture.spool.incoming + "/linked.txt") == 0)
        try fixture.put(Array(repeating: 0x61, count: 101), in: fixture.spool.incoming, as: SpoolName("big.txt"))
        let expected: [(String, QuarantineError.Code)] = [("link.txt", .symlink), ("pipe", .fifo), ("linked.txt", .hardlink), ("big.txt", .tooLarge)]
        for (name, code) in expected {
            guard case .reject(let error, let status) = try fixture.spool.take(SpoolName(name), maxSize: 100) else {
                Issue.record("expected \(name) to be rejected")
                continue
            }
            #expect(error.code == code, "\(name)")
            #expect(status != nil, "\(name)")
            #expect(fixture.exists(fixture.spool.active, name), "\(name) is claimed, for quarantine")
        }
    }

    // MARK: - read

    @Test func read_whenRegularFile_returnsBytesAndStatus() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("Hello, spool", in: fixture.spool.incoming, as: "a.txt")
        #expect(try fixture.spool.claim(SpoolName("a.txt")) == .claimed)
        guard case .file(let file) = fixture.spool.read(SpoolName("a.txt"), maxSize: 1024) else {
            Issue.record("expected a file")
            return
        }
        #expect(file.name == SpoolName("a.txt"))
        #expect(file.bytes == Array("Hello, spool".utf8))
        #expect(file.status.kind == .regular)
        #expect(file.status.size == 12)
        #expect(file.status.uid == getuid())
        #expect(file.status.linkCount == 1)
    }

    @Test func read_whenSymlink_rejectsAsSymlink() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a symlink dropped into incoming/, pointing at a readable text file
        try fixture.dir.write("target.txt", "secret")
        #expect(symlink(fixture.dir.appending("target.txt"), fixture.spool.incoming + "/link.txt") == 0)
        #expect(fixture.spool.isCreatedComplete(SpoolName("link.txt")))
        // When it is claimed and read
        #expect(try fixture.spool.claim(SpoolName("link.txt")) == .claimed)
        let (error, status) = try #require(rejection(fixture.spool.read(SpoolName("link.txt"), maxSize: 1024)))
        // Then it is rejected without following the link
        #expect(error.code == .symlink)
        #expect(error.code.rawValue == "symlink")
        #expect(status?.kind == .symlink)
    }

    @Test func read_whenFIFO_rejectsAsFIFOWithoutBlocking() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        #expect(mkfifo(fixture.spool.incoming + "/pipe", 0o644) == 0)
        #expect(fixture.spool.isCreatedComplete(SpoolName("pipe")))
        #expect(try fixture.spool.claim(SpoolName("pipe")) == .claimed)
        let (error, status) = try #require(rejection(fixture.spool.read(SpoolName("pipe"), maxSize: 1024)))
        #expect(error.code == .fifo)
        #expect(status?.kind == .fifo)
    }

    @Test func read_whenDirectory_rejectsAsDirectory() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        #expect(mkdir(fixture.spool.incoming + "/folder", 0o755) == 0)
        #expect(try fixture.spool.claim(SpoolName("folder")) == .claimed)
        let (error, status) = try #require(rejection(fixture.spool.read(SpoolName("folder"), maxSize: 1024)))
        #expect(error.code == .directory)
        #expect(status?.kind == .directory)
    }

    @Test func read_whenHardLink_rejectsAsHardlink() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a file in tmp/ hard-linked into incoming/
        try fixture.put("shared", in: fixture.spool.tmp, as: "orig.txt")
        #expect(link(fixture.spool.tmp + "/orig.txt", fixture.spool.incoming + "/linked.txt") == 0)
        #expect(fixture.spool.isCreatedComplete(SpoolName("linked.txt")))
        #expect(try fixture.spool.claim(SpoolName("linked.txt")) == .claimed)
        let (error, status) = try #require(rejection(fixture.spool.read(SpoolName("linked.txt"), maxSize: 1024)))
        #expect(error.code == .hardlink)
        #expect(error.message.contains("2 hard links"))
        #expect(status?.linkCount == 2)
    }

    @Test func read_whenLargerThanMaxSize_rejectsAsTooLarge() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put(Array(repeating: 0x61, count: 101), in: fixture.spool.active, as: SpoolName("big.txt"))
        let (error, status) = try #require(rejection(fixture.spool.read(SpoolName("big.txt"), maxSize: 100)))
        #expect(error.code == .tooLarge)
        #expect(error.code.rawValue == "too-large")
        #expect(status?.size == 101)
    }

    @Test func read_whenExactlyMaxSize_returnsTheFile() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put(Array(repeating: 0x61, count: 100), in: fixture.spool.active, as: SpoolName("edge.txt"))
        guard case .file(let file) = fixture.spool.read(SpoolName("edge.txt"), maxSize: 100) else {
            Issue.record("a file of exactly max-file-size is accepted")
            return
        }
        #expect(file.bytes.count == 100)
    }

    @Test func read_whenLargerThanBufferSizes_readsEveryByte() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        try fixture.put(bytes, in: fixture.spool.active, as: SpoolName("large.bin"))
        guard case .file(let file) = fixture.spool.read(SpoolName("large.bin"), maxSize: 1 << 20) else {
            Issue.record("expected a file")
            return
        }
        #expect(file.bytes == bytes)
    }

    @Test func read_whenNotInActive_returnsGone() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        guard case .gone = fixture.spool.read(SpoolName("missing"), maxSize: 100) else {
            Issue.record("expected .gone")
            return
        }
    }

    // MARK: - quarantine

    @Test func quarantine_whenClaimedFile_writesFileAndReasonSidecar() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a claimed empty file
        try fixture.put("", in: fixture.spool.incoming, as: "empty.txt")
        #expect(try fixture.spool.claim(SpoolName("empty.txt")) == .claimed)
        let status = try Sys.linkStatus(SystemPath(fixture.spool.active, SpoolName("empty.txt"))).get()
        // When it is quarantined
        let now = Date(timeIntervalSince1970: 1_600_000_000)
        let target = try fixture.spool.quarantine(
            SpoolName("empty.txt"), reason: QuarantineError(.empty, "the file is empty"), status: status, now: now)
        // Then it sits in failed/ under its name, beside NAME.reason.json
        #expect(target == SpoolName("empty.txt"))
        #expect(!fixture.exists(fixture.spool.active, "empty.txt"))
        #expect(fixture.exists(fixture.spool.failed, "empty.txt"))
        let json = try fixture.sidecar(SpoolName("empty.txt"))
        #expect(json["code"] as? String == "empty")
        #expect(json["message"] as? String == "the file is empty")
        #expect(json["uid"] as? Int == Int(getuid()))
        #expect(json["size"] as? Int == 0)
        #expect(json["name"] as? String == "empty.txt")
        #expect(json["original_name"] as? String == "empty.txt")
        #expect(json["time"] as? String == "2020-09-13T12:26:40Z")
        #expect(try fixture.names(fixture.spool.failed) == [SpoolName("empty.txt"), SpoolName("empty.txt.reason.json")])
        // And the spool reports it
        let counts = fixture.spool.counts()
        #expect([counts.incoming, counts.active, counts.failed, counts.hold] == [0, 0, 1, 0] as [Int], "sidecars are not counted")
        #expect(fixture.spool.quarantined().map(\.code) == ["empty"])
    }

    @Test func quarantine_whenNameTakenInFailed_usesNextFreeSuffix() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given failed/ holding NAME and NAME.1 already
        try fixture.put("first", in: fixture.spool.failed, as: "a.txt")
        try fixture.put("second", in: fixture.spool.failed, as: "a.txt.1")
        try fixture.put("third", in: fixture.spool.active, as: "a.txt")
        // When another NAME is quarantined
        let target = try fixture.spool.quarantine(SpoolName("a.txt"), reason: QuarantineError(.binary, "NUL bytes"), status: nil)
        // Then it becomes NAME.2 with its own sidecar, and the others are untouched
        #expect(target == SpoolName("a.txt.2"))
        #expect(try fixture.contents(fixture.spool.failed, SpoolName("a.txt.2")) == Array("third".utf8))
        #expect(try fixture.contents(fixture.spool.failed, SpoolName("a.txt")) == Array("first".utf8))
        let json = try fixture.sidecar(SpoolName("a.txt.2"))
        #expect(json["name"] as? String == "a.txt.2")
        #expect(json["original_name"] as? String == "a.txt")
        #expect(json["code"] as? String == "binary")
        #expect(json["uid"] == nil, "no status, no uid")
    }

    @Test func quarantine_whenOnlyAnOrphanedSidecarIsThere_overwritesIt() throws {
        // Given the sidecar a crash left between writing it and moving its file (crash-mid-quarantine)
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("{}", in: fixture.spool.failed, as: "b.txt.reason.json")
        try fixture.put("x", in: fixture.spool.active, as: "b.txt")
        // When the recovered file is quarantined again
        let target = try fixture.spool.quarantine(SpoolName("b.txt"), reason: QuarantineError(.binary, "x"), status: nil)
        // Then it takes its own name, beside a sidecar that describes it (no phantom NAME.reason.json)
        #expect(target == SpoolName("b.txt"))
        #expect(try fixture.sidecar(SpoolName("b.txt"))["code"] as? String == "binary")
        #expect(fixture.spool.counts().failed == 1)
        #expect(fixture.spool.quarantined().count == 1)
    }

    @Test func quarantine_whenSameNameQuarantinedTwice_keepsBothWithSidecars() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        for round in 0..<2 {
            try fixture.put("v\(round)", in: fixture.spool.incoming, as: "dup.txt")
            #expect(try fixture.spool.claim(SpoolName("dup.txt")) == .claimed)
            try fixture.spool.quarantine(SpoolName("dup.txt"), reason: QuarantineError(.undecodable, "r\(round)"), status: nil)
        }
        #expect(try fixture.names(fixture.spool.failed) == ["dup.txt", "dup.txt.1", "dup.txt.1.reason.json", "dup.txt.reason.json"].map { SpoolName($0) })
        #expect(Set(fixture.spool.quarantined().map(\.message)) == ["r0", "r1"])
    }

    // MARK: - Names that are not UTF-8

    @Test func nonUTF8Name_canBeClaimedReadAndQuarantined() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a file whose name holds the byte 0xFF
        let name = SpoolName(bytes: [0x66, 0xFF, 0x2E, 0x74, 0x78, 0x74])
        try fixture.put(Array("text".utf8), in: fixture.spool.incoming, as: name)
        #expect(try fixture.spool.incomingEntries().map(\.name) == [name])
        // When it is claimed and read
        #expect(try fixture.spool.claim(name) == .claimed)
        guard case .file(let file) = fixture.spool.read(name, maxSize: 100) else {
            Issue.record("expected a file")
            return
        }
        #expect(file.bytes == Array("text".utf8))
        // And quarantined
        let target = try fixture.spool.quarantine(name, reason: QuarantineError(.undecodable, "test"), status: file.status)
        // Then failed/ holds the raw name and a sidecar under the raw name
        #expect(target == name)
        #expect(fixture.exists(fixture.spool.failed, name))
        #expect(!fixture.exists(fixture.spool.active, name))
        let json = try fixture.sidecar(name)
        #expect(json["original_name"] as? String == "f\\xFF.txt")
        #expect(json["code"] as? String == "undecodable")
        #expect(fixture.spool.counts().failed == 1)
        #expect(try fixture.names(fixture.spool.failed).filter { !$0.isReasonSidecar } == [name])
    }

    @Test func quarantined_whenNonUTF8Name_listsItsRecord() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given a quarantined file whose name is not UTF-8
        let name = SpoolName(bytes: [0x66, 0xFF, 0x2E, 0x74, 0x78, 0x74])
        try fixture.put(Array("text".utf8), in: fixture.spool.active, as: name)
        try fixture.spool.quarantine(name, reason: QuarantineError(.undecodable, "test"), status: nil)
        #expect(fixture.exists(fixture.spool.failed, name.appending(".reason.json")))
        // Then `quarantined()` (what `sluicectl failed` shows) lists it like any other
        #expect(fixture.spool.quarantined().map(\.originalName) == ["f\\xFF.txt"])
    }

    // MARK: - release

    @Test func release_whenCommitted_removesFromActive_andMissingIsNoError() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("x", in: fixture.spool.active, as: "done.txt")
        try fixture.spool.release(SpoolName("done.txt"))
        #expect(!fixture.exists(fixture.spool.active, "done.txt"))
        try fixture.spool.release(SpoolName("done.txt"))
    }

    // MARK: - recoverActive

    @Test func recoverActive_whenFilesLeftInActive_movesThemBackWithSuffixOnClash() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given active/ holding a.txt and b.txt (a crash), and a newer a.txt (and a.txt.recovered-1) in incoming/
        try fixture.put("crashed a", in: fixture.spool.active, as: "a.txt")
        try fixture.put("crashed b", in: fixture.spool.active, as: "b.txt")
        try fixture.put("newer a", in: fixture.spool.incoming, as: "a.txt")
        // When recovered
        let recovered = try fixture.spool.recoverActive()
        // Then both are back in incoming/, the clashing one suffixed, nothing replaced
        #expect(recovered == [SpoolName("a.txt.recovered-1"), SpoolName("b.txt")])
        #expect(try fixture.names(fixture.spool.active).isEmpty)
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("a.txt")) == Array("newer a".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("a.txt.recovered-1")) == Array("crashed a".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("b.txt")) == Array("crashed b".utf8))
    }

    @Test func recoverActive_whenFirstSuffixTaken_usesTheNextOne() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("crashed", in: fixture.spool.active, as: "a.txt")
        try fixture.put("newer", in: fixture.spool.incoming, as: "a.txt")
        try fixture.put("older recovery", in: fixture.spool.incoming, as: "a.txt.recovered-1")
        #expect(try fixture.spool.recoverActive() == [SpoolName("a.txt.recovered-2")])
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("a.txt.recovered-2")) == Array("crashed".utf8))
    }

    @Test func recoverActive_whenActiveEmpty_returnsNothing() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        #expect(try fixture.spool.recoverActive().isEmpty)
    }

    // MARK: - submit

    @Test func submit_whenNameFree_copiesViaTmpIntoIncoming() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let source = try fixture.dir.write("outside/article.txt", " date 2020-10 Title\n\nBody")
        let name = try fixture.spool.submit(file: source)
        #expect(name == SpoolName("article.txt"))
        #expect(try fixture.contents(fixture.spool.incoming, name) == Array(" date 2020-10 Title\n\nBody".utf8))
        #expect(try fixture.names(fixture.spool.tmp).isEmpty, "the staged copy was renamed, not left behind")
        #expect(FileManager.default.fileExists(atPath: source), "the source is copied, not moved")
        #expect(try Sys.linkStatus(SystemPath(fixture.spool.incoming, name)).get().linkCount == 1)
    }

    @Test func submit_whenNameTaken_addsNumericSuffix() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let first = try fixture.dir.write("one/article.txt", "first")
        let second = try fixture.dir.write("two/article.txt", "second")
        let third = try fixture.dir.write("three/article.txt", "third")
        #expect(try fixture.spool.submit(file: first) == SpoolName("article.txt"))
        #expect(try fixture.spool.submit(file: second) == SpoolName("article.txt.1"))
        #expect(try fixture.spool.submit(file: third) == SpoolName("article.txt.2"))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("article.txt")) == Array("first".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("article.txt.1")) == Array("second".utf8))
        #expect(try fixture.contents(fixture.spool.incoming, SpoolName("article.txt.2")) == Array("third".utf8))
        #expect(try fixture.names(fixture.spool.tmp).isEmpty)
    }

    @Test func submit_whenSourceMissing_throwsSpoolIO() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let error = #expect(throws: SpoolError.self) { try fixture.spool.submit(file: fixture.dir.appending("nope.txt")) }
        #expect(error?.code == .io)
        #expect(error?.message.contains("nope.txt") == true)
    }

    @Test func submit_whenSourceIsADirectory_throwsSpoolIO() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        let error = #expect(throws: SpoolError.self) { try fixture.spool.submit(file: fixture.dir.path) }
        #expect(error?.code == .io)
        #expect(error?.message.contains("not a regular file") == true)
        #expect(try fixture.names(fixture.spool.incoming).isEmpty)
    }

    // MARK: - Listing

    @Test func incomingEntries_whenMixedNames_listsOldestFirstWithoutIgnoredNames() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        // Given files with explicit modification times, and names the spool never takes
        let times: [(String, TimeInterval)] = [("c.txt", 300), ("a.txt", 100), ("b.txt", 200), ("b2.txt", 200)]
        for (name, time) in times {
            try fixture.put("x", in: fixture.spool.incoming, as: name)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_600_000_000 + time)], ofItemAtPath: fixture.spool.incoming + "/" + name)
        }
        for ignored in [".hidden", "x.tmp", "y.part"] { try fixture.put("x", in: fixture.spool.incoming, as: ignored) }
        // Then the listing is oldest first, ties by name
        #expect(try fixture.spool.incomingEntries().map(\.name.description) == ["a.txt", "b.txt", "b2.txt", "c.txt"])
        #expect(fixture.spool.counts().incoming == 4)
    }

    @Test func isCreatedComplete_whenNewRegularFile_isFalse() throws {
        let fixture = try SpoolFixture()
        defer { fixture.remove() }
        try fixture.put("x", in: fixture.spool.incoming, as: "new.txt")
        #expect(!fixture.spool.isCreatedComplete(SpoolName("new.txt")))
        #expect(!fixture.spool.isCreatedComplete(SpoolName("missing.txt")))
    }
}

/// The process umask, read from /proc so that no test changes it while others create files.
func currentUmask() -> mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
}
