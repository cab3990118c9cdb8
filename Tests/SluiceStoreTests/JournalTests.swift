import Crypto
import Foundation
import GRDB
import SluiceCore
import SluiceTestSupport
import Testing

@testable import SluiceStore

/// A journal under test and what to remove afterwards.
struct JournalFixture: Sendable {
    var journal: Journal
    var directory: TemporaryDirectory?

    /// The two backends the tests run against.
    enum Backend: String, CaseIterable, Sendable { case inMemory, onDisk }

    static func make(_ backend: Backend) throws -> JournalFixture {
        switch backend {
        case .inMemory:
            return JournalFixture(journal: try Journal.inMemory(), directory: nil)
        case .onDisk:
            let dir = try TemporaryDirectory("journal")
            return JournalFixture(journal: try Journal.open(path: dir.appending("sluice.db")), directory: dir)
        }
    }

    func remove() { directory?.remove() }
}

/// A record whose raw bytes are `text`.
func record(
    _ text: String, name: String = "a.txt", uid: UInt32 = 1000, receivedAt: Int64 = 1_600_000_000_123_456,
    title: String? = nil, published: PublishedDate? = nil
) -> IngestRecord {
    let raw = Array(text.utf8)
    return IngestRecord(
        sha256: Array(SHA256.hash(data: raw)), receivedAt: receivedAt, sourceName: name, sourceUID: uid, raw: raw,
        article: ParsedArticle(title: title, text: text, published: published, topics: ["politics"], metadata: ["encoding": "utf-8"]))
}

/// A plain GRDB connection to the store file, as someone editing it behind sluice's back would open it
/// (foreign keys off, so index tables that reference `entry` do not get in the way).
func tamperingConnection(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    return try DatabaseQueue(path: path, configuration: configuration)
}

@Suite struct JournalTests {
    @Test func append_ofPreparedRecords_storesTheSameTagsAsWithoutPreparing() async throws {
        let journal = try Journal.inMemory()
        let published = PublishedDate(date: "2024-05", precision: .month, source: .metadata)
        var prepared = record("Prepared on a worker.", name: "p.txt", published: published)
        journal.prepare(&prepared)
        #expect(prepared.prepared != nil)
        let plain = record("Encoded by the writer.", name: "q.txt", published: published)
        #expect(try await journal.append([prepared, plain]) == [.appended(seq: 1), .appended(seq: 2)])
        let entries = try await journal.entries(afterSeq: 0, limit: 2)
        #expect(entries.map(\.topics) == [["politics"], ["politics"]])
        #expect(entries.map(\.metadata) == [["encoding": "utf-8"], ["encoding": "utf-8"]])
        #expect(entries.map(\.published) == [published, published])
    }

    @Test func open_writerCommitsWithSynchronousFull_andCheckpointsOnItsOwnConnection() async throws {
        let dir = try TemporaryDirectory("journal")
        defer { dir.remove() }
        let journal = try Journal.open(path: dir.appending("sluice.db"))
        // GRDB's WAL set-up switches the writer to NORMAL; the store must switch it back (2 = FULL)
        #expect(try journal.writerPragma("synchronous") == 2)
        #expect(try journal.writerPragma("cache_size") == -4096)
        // Enough pages for the WAL hook to ask for checkpoints: every entry is still there afterwards
        let body = String(repeating: "word ", count: 4_000)
        for batch in 0..<4 {
            _ = try await journal.append((0..<100).map { record("\(batch) \($0) " + body, name: "f\(batch)-\($0).txt") })
        }
        #expect(try await journal.counts().entries == 400)
        #expect(try await journal.verify().firstBadSeq == nil)
    }

    // MARK: - Appending

    @Test(arguments: JournalFixture.Backend.allCases)
    func append_whenNewRecords_returnsAppendedWithSequentialSeqs(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        // Given three distinct records in two batches
        let first = try await fixture.journal.append([record("one", name: "1.txt"), record("two", name: "2.txt")])
        let second = try await fixture.journal.append([record("three", name: "3.txt")])
        // Then they get seqs 1, 2, 3
        #expect(first == [.appended(seq: 1), .appended(seq: 2)])
        #expect(second == [.appended(seq: 3)])
        #expect(try await fixture.journal.counts() == JournalCounts(entries: 3, duplicates: 0, lastSeq: 3))
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func append_whenEmptyBatch_returnsNothing(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        #expect(try await fixture.journal.append([]) == [])
        #expect(try await fixture.journal.counts() == JournalCounts(entries: 0, duplicates: 0, lastSeq: 0))
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func append_whenSameBytesAgain_returnsDuplicateOfFirstSeqAndCountsIt(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        // Given an entry
        _ = try await fixture.journal.append([record("zero", name: "0.txt"), record("same bytes", name: "a.txt")])
        // When the same bytes arrive under another name, beside a new file
        let outcomes = try await fixture.journal.append([record("same bytes", name: "b.txt"), record("new", name: "c.txt")])
        // Then the duplicate points at the first entry, and the new file takes the next seq
        #expect(outcomes == [.duplicate(seq: 2), .appended(seq: 3)])
        #expect(try await fixture.journal.counts() == JournalCounts(entries: 3, duplicates: 1, lastSeq: 3))
        // And a third copy increments the counter again
        #expect(try await fixture.journal.append([record("same bytes", name: "d.txt")]) == [.duplicate(seq: 2)])
        #expect(try await fixture.journal.counts().duplicates == 2)
        #expect(try await fixture.journal.entry(seq: 2)?.sourceName == "a.txt")
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func append_whenDuplicateWithinOneBatch_storesItOnce(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        let outcomes = try await fixture.journal.append([
            record("x", name: "x1"), record("y", name: "y"), record("x", name: "x2"),
        ])
        #expect(outcomes == [.appended(seq: 1), .appended(seq: 2), .duplicate(seq: 1)])
        #expect(try await fixture.journal.counts() == JournalCounts(entries: 2, duplicates: 1, lastSeq: 2))
        #expect(try await fixture.journal.verify() == VerifyReport(checked: 2))
    }

    // MARK: - Reading

    @Test(arguments: JournalFixture.Backend.allCases)
    func entry_whenAppended_returnsFieldsTextAndChainedHashes(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        // Given two entries
        let published = PublishedDate(date: "2020-10", precision: .month, source: .metadata)
        _ = try await fixture.journal.append([
            record("First article\n\nBody", name: "f\\xFF.txt", uid: 1234, title: "First article", published: published),
            record("Second", name: "second.txt"),
        ])
        // When the first is read whole
        let first = try #require(try await fixture.journal.entry(seq: 1))
        let second = try #require(try await fixture.journal.entry(seq: 2))
        // Then every field comes back
        #expect(first.seq == 1)
        #expect(first.sha256 == Array(SHA256.hash(data: Array("First article\n\nBody".utf8))).hex)
        #expect(first.receivedAt == "2020-09-13T12:26:40.123456Z")
        #expect(first.sourceName == "f\\xFF.txt")
        #expect(first.sourceUID == 1234)
        #expect(first.size == 19)
        #expect(first.title == "First article")
        #expect(first.published == published)
        #expect(first.topics == ["politics"])
        #expect(first.metadata == ["encoding": "utf-8"])
        #expect(first.text == "First article\n\nBody")
        // And the hashes chain from genesis
        #expect(first.prevHash == String(repeating: "0", count: 64))
        let expectedFirstHash = EntryHash.hash(prev: EntryHash.genesis, EntryHash.Fields(
            seq: 1, sha256: Array(SHA256.hash(data: Array("First article\n\nBody".utf8))),
            receivedAt: 1_600_000_000_123_456, sourceUID: 1234, size: 19, sourceName: "f\\xFF.txt"))
        #expect(first.entryHash == expectedFirstHash.hex)
        #expect(second.prevHash == first.entryHash)
        #expect(second.title == nil)
        #expect(second.published == nil)
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func entryAndRaw_whenSeqMissing_returnNil(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        _ = try await fixture.journal.append([record("only")])
        #expect(try await fixture.journal.entry(seq: 2) == nil)
        #expect(try await fixture.journal.entry(seq: 0) == nil)
        #expect(try await fixture.journal.raw(seq: 2) == nil)
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func raw_whenAppended_returnsTheOriginalBytes(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Привет\r\n".utf8)
        let r = IngestRecord(
            sha256: Array(SHA256.hash(data: bytes)), receivedAt: 1, sourceName: "bom.txt", sourceUID: 0, raw: bytes,
            article: ParsedArticle(title: "Привет", text: "Привет"))
        _ = try await fixture.journal.append([r])
        #expect(try await fixture.journal.raw(seq: 1) == bytes)
        #expect(try await fixture.journal.entry(seq: 1)?.size == Int64(bytes.count))
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func list_whenPagedAscendingAndDescending_returnsSeqWindows(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        // Given five entries
        _ = try await fixture.journal.append((1...5).map { record("body \($0)", name: "\($0).txt", title: "T\($0)") })
        // Then pages follow seq order in both directions, without text or hashes
        let ascending = try await fixture.journal.list(EntryFilter(limit: 2, descending: false))
        #expect(ascending.map(\.seq) == [1, 2])
        #expect(ascending.map(\.title) == ["T1", "T2"])
        #expect(ascending.allSatisfy { $0.text == nil && $0.entryHash == nil && $0.prevHash == nil })
        #expect(try await fixture.journal.list(EntryFilter(limit: 2, afterSeq: 2, descending: false)).map(\.seq) == [3, 4])
        #expect(try await fixture.journal.list(EntryFilter(limit: 10, afterSeq: 4, descending: false)).map(\.seq) == [5])
        #expect(try await fixture.journal.list(EntryFilter(limit: 2, descending: true)).map(\.seq) == [5, 4])
        #expect(try await fixture.journal.list(EntryFilter(limit: 10, afterSeq: 3, descending: true)).map(\.seq) == [2, 1])
        #expect(try await fixture.journal.list(EntryFilter(limit: 10, afterSeq: 5, descending: false)).isEmpty)
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func list_whenFiltered_returnsOnlyMatchingEntries(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        // Given entries with different languages, topics and dates
        func article(_ text: String, language: String?, topics: [String], published: String?) -> IngestRecord {
            var r = record(text, name: text)
            r.article.language = language
            r.article.topics = topics
            r.article.published = published.map { PublishedDate(date: $0, precision: $0.count == 7 ? .month : .day, source: .metadata) }
            return r
        }
        _ = try await fixture.journal.append([
            article("e1", language: "en", topics: ["war"], published: "2020-09"),
            article("e2", language: "ru", topics: ["war", "diplomacy"], published: "2020-10-07"),
            article("e3", language: "en", topics: ["sport"], published: "2023-09"),
            article("e4", language: nil, topics: [], published: nil),
        ])
        let all = EntryFilter(limit: 10, descending: false)
        func seqs(_ change: (inout EntryFilter) -> Void) async throws -> [Int64] {
            var filter = all
            change(&filter)
            return try await fixture.journal.list(filter).map(\.seq)
        }
        // Then each filter narrows the list
        #expect(try await seqs { _ in } == [1, 2, 3, 4])
        #expect(try await seqs { $0.language = "en" } == [1, 3])
        #expect(try await seqs { $0.topic = "war" } == [1, 2])
        #expect(try await seqs { $0.topic = "war"; $0.language = "ru" } == [2])
        #expect(try await seqs { $0.since = "2020-10" } == [2, 3])
        #expect(try await seqs { $0.until = "2020-10" } == [1, 2], "a month includes its days")
        #expect(try await seqs { $0.since = "2020-01"; $0.until = "2020-12-31" } == [1, 2])
        #expect(try await seqs { $0.topic = "nothing" } == [])
    }

    // MARK: - Verifying

    @Test(arguments: JournalFixture.Backend.allCases)
    func verify_whenChainIsIntact_reportsOK(backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        #expect(try await fixture.journal.verify() == VerifyReport(checked: 0))
        _ = try await fixture.journal.append((1...4).map { record("entry \($0)", name: "\($0)") })
        _ = try await fixture.journal.append([record("entry 5", name: "5")])
        let report = try await fixture.journal.verify()
        #expect(report.ok)
        #expect(report.checked == 5)
        #expect(report.firstBadSeq == nil)
    }

    @Test func verify_whenSourceNameTampered_reportsThatEntry() async throws {
        let dir = try TemporaryDirectory("tamper")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        // Given a journal of three entries
        let journal = try Journal.open(path: path)
        _ = try await journal.append([record("1", name: "one"), record("2", name: "two"), record("3", name: "three")])
        // When someone drops the immutability trigger and rewrites entry 2's source name
        let queue = try tamperingConnection(path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER entry_immutable")
            try db.execute(sql: "UPDATE entry SET source_name = 'forged' WHERE seq = 2")
        }
        // Then verify stops at entry 2, and a fresh open sees the same
        let report = try await journal.verify()
        #expect(report.firstBadSeq == 2)
        #expect(report.checked == 1)
        #expect(report.problem?.contains("entry_hash") == true)
        #expect(!report.ok)
        #expect(try await Journal.openReadOnly(path: path).verify().firstBadSeq == 2)
    }

    @Test func verify_whenRawBytesTampered_reportsThatEntry() async throws {
        let dir = try TemporaryDirectory("tamper-raw")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        let journal = try Journal.open(path: path)
        _ = try await journal.append([record("1", name: "one"), record("2", name: "two"), record("3", name: "three")])
        let queue = try tamperingConnection(path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER entry_immutable")
            try db.execute(sql: "UPDATE entry SET raw = x'58' WHERE seq = 3")
        }
        let report = try await journal.verify()
        #expect(report.firstBadSeq == 3)
        #expect(report.checked == 2)
        #expect(report.problem?.contains("sha256") == true)
    }

    @Test func verify_whenEntryDeleted_reportsTheMissingSeq() async throws {
        let dir = try TemporaryDirectory("tamper-delete")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        // Given four entries
        let journal = try Journal.open(path: path)
        _ = try await journal.append((1...4).map { record("entry \($0)", name: "\($0)") })
        // When entry 2 is deleted behind the append-only trigger's back
        let queue = try tamperingConnection(path)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER entry_append_only")
            try db.execute(sql: "DELETE FROM entry WHERE seq = 2")
        }
        // Then verify names seq 2 as missing
        let report = try await journal.verify()
        #expect(report.firstBadSeq == 2)
        #expect(report.checked == 1)
        #expect(report.problem?.contains("missing") == true)
    }

    @Test func triggers_whenDeleteOrJournalFieldUpdate_refuseIt() async throws {
        let dir = try TemporaryDirectory("triggers")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        let journal = try Journal.open(path: path)
        _ = try await journal.append([record("1", name: "one"), record("2", name: "two")])
        let queue = try tamperingConnection(path)

        // DELETE is refused
        let deleteError = await #expect(throws: DatabaseError.self) {
            try await queue.write { db in try db.execute(sql: "DELETE FROM entry WHERE seq = 2") }
        }
        #expect(deleteError?.message?.contains("append-only") == true)

        // Every journal column is immutable
        for assignment in [
            "source_name = 'forged'", "seq = 9", "sha256 = zeroblob(32)", "received_at = 0", "source_uid = 7",
            "size = 1", "raw = x'00'", "prev_hash = zeroblob(32)", "entry_hash = zeroblob(32)",
        ] {
            let error = await #expect(throws: DatabaseError.self, "UPDATE SET \(assignment)") {
                try await queue.write { db in try db.execute(sql: "UPDATE entry SET \(assignment) WHERE seq = 1") }
            }
            #expect(error?.message?.contains("never change") == true, "UPDATE SET \(assignment)")
        }

        // Nothing changed
        #expect(try await journal.counts() == JournalCounts(entries: 2, duplicates: 0, lastSeq: 2))
        #expect(try await journal.entry(seq: 1)?.sourceName == "one")
        #expect(try await journal.verify().ok)
    }

    @Test func triggers_whenDerivedColumnsRewritten_allowItAndChainStillVerifies() async throws {
        let dir = try TemporaryDirectory("retag")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        let journal = try Journal.open(path: path)
        _ = try await journal.append([record("1", name: "one", title: "Old")])
        // When a retag rewrites derived columns
        let queue = try tamperingConnection(path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE entry SET title = 'New', language = 'en', text = 'retagged' WHERE seq = 1")
        }
        // Then the change is visible and the chain is untouched
        let entry = try #require(try await journal.entry(seq: 1))
        #expect(entry.title == "New")
        #expect(entry.language == "en")
        #expect(entry.text == "retagged")
        #expect(try await journal.verify() == VerifyReport(checked: 1))
    }

    // MARK: - Opening

    @Test func open_whenReopened_keepsEntriesAndContinuesTheChain() async throws {
        let dir = try TemporaryDirectory("reopen")
        defer { dir.remove() }
        let path = dir.appending("sluice.db")
        do {
            let journal = try Journal.open(path: path)
            _ = try await journal.append([record("1", name: "one"), record("2", name: "two")])
        }
        let reopened = try Journal.open(path: path)
        #expect(try await reopened.append([record("3", name: "three"), record("1", name: "again")]) == [.appended(seq: 3), .duplicate(seq: 1)])
        #expect(try await reopened.counts() == JournalCounts(entries: 3, duplicates: 1, lastSeq: 3))
        #expect(try await reopened.verify() == VerifyReport(checked: 3))
    }

    @Test func openReadOnly_whenNoStore_throwsMissing() throws {
        let dir = try TemporaryDirectory("missing")
        defer { dir.remove() }
        let error = #expect(throws: StoreError.self) { try Journal.openReadOnly(path: dir.appending("sluice.db")) }
        #expect(error?.code == .missing)
    }

    @Test func open_whenDirectoryDoesNotExist_throwsOpenFailed() throws {
        let dir = try TemporaryDirectory("nodir")
        defer { dir.remove() }
        let error = #expect(throws: StoreError.self) { try Journal.open(path: dir.appending("no/such/dir/sluice.db")) }
        #expect(error?.code == .openFailed)
    }

    @Test func timestamp_whenMicroseconds_formatsRFC3339UTC() {
        #expect(Journal.timestamp(0) == "1970-01-01T00:00:00.000000Z")
        #expect(Journal.timestamp(1_600_000_000_123_456) == "2020-09-13T12:26:40.123456Z")
        #expect(Journal.timestamp(1_700_000_000_000_001) == "2023-11-14T22:13:20.000001Z")
    }

    @Test func verifyReport_whenEncoded_usesContractFieldNames() throws {
        let json = try JSONEncoder().encode(VerifyReport(checked: 3, firstBadSeq: 2, problem: "p"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect(object["first_bad_seq"] as? Int == 2)
        #expect(object["checked"] as? Int == 3)
    }
}
