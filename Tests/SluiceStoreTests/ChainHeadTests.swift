import Foundation
import GRDB
import SluiceCore
import SluiceTestSupport
import Testing

@testable import SluiceStore

/// The chain head file and the start-up check of the chain's end (`Journal.verifyTail`).
@Suite struct ChainHeadTests {
    /// A store of `count` entries, appended one batch each, at `dir/sluice.db`.
    func store(_ dir: TemporaryDirectory, count: Int) async throws -> Journal {
        let journal = try Journal.open(path: dir.appending("sluice.db"))
        for i in 1...count { _ = try await journal.append([record("entry \(i)", name: "\(i).txt")]) }
        return journal
    }

    @Test func append_recordsTheNewestEntryInTheHeadFile() async throws {
        let dir = try TemporaryDirectory("head")
        defer { dir.remove() }
        let journal = try await store(dir, count: 3)

        let head = try #require(try journal.chainHead?.read())

        #expect(head.seq == 3)
        let stored = try #require(try await journal.entry(seq: 3))
        #expect(head.hash.map { String(format: "%02x", $0) }.joined() == stored.entryHash)
        #expect(try await journal.verifyTail().ok)
        #expect(try await journal.verify().ok)
    }

    @Test(arguments: [Int64(1), 42, 12_345_678_901, Int64.max])
    func write_isOneFixedWidthLine(_ seq: Int64) throws {
        let dir = try TemporaryDirectory("head-line")
        defer { dir.remove() }
        let head = ChainHead(databasePath: dir.appending("sluice.db"))
        let hash = (0..<32).map { UInt8($0) }
        head.write(ChainHead.Record(seq: seq, hash: hash))
        let line = String(decoding: try Data(contentsOf: URL(fileURLWithPath: head.path)), as: UTF8.self)
        #expect(line == "sluice-head-v1 " + String(format: "%020lld", seq) + " " + hash.map { String(format: "%02x", $0) }.joined() + "\n")
        #expect(try head.read() == ChainHead.Record(seq: seq, hash: hash))
    }

    @Test func duplicateOnlyBatch_leavesTheHeadFileAlone() async throws {
        let dir = try TemporaryDirectory("head-dup")
        defer { dir.remove() }
        let journal = try await store(dir, count: 2)
        let before = try Data(contentsOf: URL(fileURLWithPath: dir.appending("sluice.db-head")))

        _ = try await journal.append([record("entry 1", name: "again.txt")])

        #expect(try Data(contentsOf: URL(fileURLWithPath: dir.appending("sluice.db-head"))) == before)
    }

    @Test func lostTail_isFoundByVerifyAndAtStart_namingTheFirstLostEntry() async throws {
        let dir = try TemporaryDirectory("head-lost")
        defer { dir.remove() }
        let journal = try await store(dir, count: 5)
        // When the newest two entries vanish (as after a truncated WAL), triggers bypassed
        try await tamperingConnection(dir.appending("sluice.db")).write { db in
            try db.execute(sql: "DROP TRIGGER entry_append_only; DELETE FROM entry WHERE seq > 3")
        }

        // Then the chain that is left links, but the head file names entry 5
        let full = try await journal.verify()
        #expect(full.firstBadSeq == 4)
        #expect(full.problem?.contains("entries 4…5 are lost") == true)
        let tail = try await journal.verifyTail()
        #expect(tail.firstBadSeq == 4)
    }

    @Test func deletedRowBeyondTheWindow_isFoundAtStartByTheCount() async throws {
        let dir = try TemporaryDirectory("head-gap")
        defer { dir.remove() }
        let journal = try await store(dir, count: 10)
        try await tamperingConnection(dir.appending("sluice.db")).write { db in
            try db.execute(sql: "DROP TRIGGER entry_append_only; DELETE FROM entry WHERE seq = 2")
        }

        let tail = try await journal.verifyTail(window: 3)

        #expect(tail.firstBadSeq == 2)
        #expect(tail.problem?.contains("entry 2 is missing") == true)
    }

    @Test func editedEntryInsideTheWindow_isFoundAtStart_oneOutsideIsLeftToVerify() async throws {
        let dir = try TemporaryDirectory("head-edit")
        defer { dir.remove() }
        let journal = try await store(dir, count: 10)
        try await tamperingConnection(dir.appending("sluice.db")).write { db in
            try db.execute(sql: "DROP TRIGGER entry_immutable; UPDATE entry SET source_name = 'forged' WHERE seq IN (2, 9)")
        }

        #expect(try await journal.verifyTail(window: 3).firstBadSeq == 9)
        #expect(try await journal.verifyTail(window: 3).problem?.contains("entry_hash") == true)
        #expect(try await journal.verify().firstBadSeq == 2)
    }

    @Test func replacedStore_doesNotMatchTheHeadFile() async throws {
        let dir = try TemporaryDirectory("head-replaced")
        defer { dir.remove() }
        _ = try await store(dir, count: 4)
        let head = try Data(contentsOf: URL(fileURLWithPath: dir.appending("sluice.db-head")))
        // When another store of more entries is put in its place, keeping the old head file
        for suffix in ["", "-wal", "-shm", "-head"] { unlink(dir.appending("sluice.db") + suffix) }
        let other = try Journal.open(path: dir.appending("sluice.db"))
        for i in 1...6 { _ = try await other.append([record("other \(i)", name: "o\(i).txt")]) }
        try head.write(to: URL(fileURLWithPath: dir.appending("sluice.db-head")))

        // Then its entry 4 is not the recorded one
        #expect(try await other.verify().firstBadSeq == 4)
        #expect(try await other.verifyTail().firstBadSeq == 4)
        #expect(try await other.verifyTail(window: 1).firstBadSeq == 4)
    }

    @Test func damagedHeadFile_isReportedNotThrown() async throws {
        let dir = try TemporaryDirectory("head-damaged")
        defer { dir.remove() }
        let journal = try await store(dir, count: 1)
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: dir.appending("sluice.db-head")))

        let report = try await journal.verify()

        #expect(!report.ok)
        #expect(report.problem?.contains("chain head file") == true)
    }

    @Test func storeWithoutAHeadFile_verifies() async throws {
        let dir = try TemporaryDirectory("head-none")
        defer { dir.remove() }
        let journal = try await store(dir, count: 3)
        journal.chainHead?.remove()

        #expect(try await journal.verifyTail().ok)
        #expect(try await journal.verify().ok)
    }
}
