import Crypto
import Foundation
import Glibc
import Logging
import ServiceLifecycle
import SluiceCore
import SluiceStore
import SluiceTestSupport
import Synchronization
import Testing

// IngestPipeline + SpoolWatcher in a ServiceGroup, against a real temporary spool (real inotify, real
// renames) and a real SQLite file opened with `Journal.open(path:)`.
//
// This lives in SluiceStoreTests because it is the only unit-test target that can reach `Journal`; no
// unit-test target depends on both SluiceStore and SluiceText, so the parser here is a small test parser
// with the ingest core's contract (empty → `empty`, NUL → `binary`, title = first non-empty line after
// the ` date YYYY-MM` prefix) rather than SluiceText's `ArticlePipeline`.

/// A flag or value shared with service callbacks.
final class Shared<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ initial: Value) { value = Mutex(initial) }
    var get: Value { value.withLock { $0 } }
    func set(_ v: Value) { value.withLock { $0 = v } }
}

/// The test parser (see the note at the top of the file).
struct FirstLineParser: ArticleParser {
    func parse(_ bytes: [UInt8], name: SpoolName) throws(QuarantineError) -> ParsedArticle {
        if bytes.isEmpty { throw QuarantineError(.empty, "the file is empty") }
        if bytes.contains(0) { throw QuarantineError(.binary, "the file contains NUL bytes") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw QuarantineError(.undecodable, "not UTF-8") }
        var body = Substring(text)
        var published: PublishedDate?
        if body.hasPrefix(" date ") {
            let date = body.dropFirst(6).prefix(while: { !$0.isWhitespace })
            published = PublishedDate(date: String(date), precision: date.count == 7 ? .month : .day, source: .metadata)
            body = body.dropFirst(6 + date.count).drop(while: { $0 == " " })
        }
        let title = body.split(separator: "\n").lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        return ParsedArticle(title: title, text: String(body), published: published)
    }
}

/// A running daemon core: spool, journal, statistics.
struct Harness {
    let dir: TemporaryDirectory
    let spool: Spool
    let journal: Journal
    let statistics: IngestStatistics

    /// Writes `bytes` to tmp/NAME and renames it into incoming/ (how producers are told to drop files).
    func drop(_ name: String, _ bytes: [UInt8]) throws {
        try stage(name, bytes)
        try publish(name)
    }

    func stage(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: spool.tmp + "/" + name))
    }

    func publish(_ name: String) throws {
        let rc = rename(spool.tmp + "/" + name, spool.incoming + "/" + name)
        try #require(rc == 0, "rename of \(name) into incoming/: errno \(errno)")
    }

    /// Names in a spool directory.
    func names(_ directory: String) -> [String] {
        ((try? DirectoryListing.names(in: directory).get()) ?? []).map(\.description).sorted()
    }

    /// incoming/ and active/ are both empty.
    var spoolDrained: Bool { names(spool.incoming).isEmpty && names(spool.active).isEmpty }
}

/// Runs the pipeline and the watcher for the duration of `body`, then shuts them down gracefully.
func withRunningDaemon(
    _ label: String, configure: (inout SluiceConfiguration) -> Void = { _ in },
    beforeStart: (Spool, Journal) async throws -> Set<SpoolName> = { _, _ in [] },
    _ body: (Harness) async throws -> Void
) async throws {
    let dir = try TemporaryDirectory(label)
    defer { dir.remove() }
    let spool = Spool(root: dir.appending("spool"))
    try spool.prepare()
    let journal = try Journal.open(path: dir.appending("sluice.db"))
    let recovered = try await beforeStart(spool, journal)

    var configuration = SluiceConfiguration()
    configuration.spoolDirectory = spool.root
    configuration.stateDirectory = dir.path
    configuration.batchWindow = .milliseconds(10)
    configuration.workers = 4
    configuration.rescanInterval = .seconds(30)  // inotify must do the work; the rescan is only a safety net
    configure(&configuration)

    let logger = Logger(label: "sluice.test") { _ in SwiftLogNoOpLogHandler() }
    let queue = IngestQueue(capacity: configuration.queueCapacity)
    let statistics = IngestStatistics()
    let pipeline = IngestPipeline(
        spool: spool, queue: queue, store: journal, parser: ParserHolder(FirstLineParser()),
        configuration: configuration, statistics: statistics, recovered: recovered, logger: logger)
    let ready = Shared(false)
    let watcher = SpoolWatcher(
        spool: spool, queue: queue, rescanInterval: configuration.rescanInterval, logger: logger,
        onFirstScan: { ready.set(true) })
    let group = ServiceGroup(configuration: ServiceGroupConfiguration(
        services: [
            .init(service: pipeline, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: watcher, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
        ],
        logger: logger))

    let stopped = Shared(false)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask {
            defer { stopped.set(true) }
            try await group.run()
        }
        func shutDown() async throws {
            await group.triggerGracefulShutdown()
            do {
                try await waitUntil("graceful shutdown finished", timeout: .seconds(10)) { stopped.get }
            } catch {
                tasks.cancelAll()
                throw error
            }
            try await tasks.waitForAll()
        }
        do {
            try await waitUntil("watcher's first scan", timeout: .seconds(10)) { ready.get }
            try await body(Harness(dir: dir, spool: spool, journal: journal, statistics: statistics))
        } catch {
            try? await shutDown()
            throw error
        }
        try await shutDown()
    }
}

@Suite struct IngestPipelineIntegrationTests {
    @Test func seedsDroppedByRename_becomeFiveEntriesWithTheirTitles() async throws {
        try await withRunningDaemon("seeds") { daemon in
            // Given the five seeds dropped the way producers drop files
            for name in Seeds.names { try daemon.drop(name, try Seeds.bytes(name)) }
            // When the daemon has taken them all
            try await waitUntil("5 entries", timeout: .seconds(20)) { try await daemon.journal.counts().entries == 5 }
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
            // Then each seed is one entry with its title, bytes and date
            let entries = try await daemon.journal.list(EntryFilter(limit: 10, descending: false))
            let titles = Dictionary(uniqueKeysWithValues: entries.map { ($0.sourceName, $0.title ?? "") })
            #expect(Set(titles.keys) == Set(Seeds.names))
            #expect(titles["003_59be5f47db3bc1db.txt"] == "Turkish, Russian presidents discuss Upper Karabakh")
            #expect(titles["002_4538f194cfa74816.txt"]?.hasPrefix("KREVER STANS:") == true)
            #expect(titles["000_be13250f815f3705.txt"]?.hasPrefix("Krievijas prezidents Vladimirs Putins") == true)
            #expect(titles["004_7c32e402a30a8c6e.txt"] == "Reklam")
            let published = Dictionary(uniqueKeysWithValues: entries.map { ($0.sourceName, $0.published?.date) })
            #expect(published["000_be13250f815f3705.txt"] == "2020-10")
            #expect(published["001_8538775e057fa5b3.txt"] == "2023-09")
            #expect(published["003_59be5f47db3bc1db.txt"] == .some(nil))
            for entry in entries {
                #expect(try await daemon.journal.raw(seq: entry.seq) == (try Seeds.bytes(entry.sourceName)))
                #expect(entry.sourceUID == getuid())
            }
            #expect(try await daemon.journal.verify() == VerifyReport(checked: 5))
            #expect(daemon.statistics.snapshot.ingested == 5)
            #expect(daemon.statistics.snapshot.failed == 0)
            #expect(daemon.names(daemon.spool.failed).isEmpty)
        }
    }

    @Test func sameBytesDroppedTwice_isStoredOnceAndCountedAsDuplicate() async throws {
        try await withRunningDaemon("dup") { daemon in
            // Given the same article dropped under two names
            let bytes = try Seeds.bytes("003_59be5f47db3bc1db.txt")
            try daemon.drop("first.txt", bytes)
            try daemon.drop("second.txt", bytes)
            // When both have been processed
            try await waitUntil("both processed", timeout: .seconds(20)) {
                let s = daemon.statistics.snapshot
                return s.ingested + s.duplicates == 2
            }
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
            // Then one entry exists and the duplicate is counted in the store and the statistics
            #expect(try await daemon.journal.counts() == JournalCounts(entries: 1, duplicates: 1, lastSeq: 1))
            #expect(daemon.statistics.snapshot.ingested == 1)
            #expect(daemon.statistics.snapshot.duplicates == 1)
            #expect(daemon.names(daemon.spool.failed).isEmpty, "a duplicate is not a failure")
        }
    }

    @Test func burstOf300Files_allBecomeEntriesAndTheSpoolDrains() async throws {
        try await withRunningDaemon("burst") { daemon in
            // Given 300 distinct files staged in tmp/ and renamed into incoming/ as fast as possible
            let names = (0..<300).map { String(format: "burst-%03d.txt", $0) }
            for (i, name) in names.enumerated() {
                try daemon.stage(name, Array(" date 2020-10 Burst article \(i)\n\nBody of article number \(i).\n".utf8))
            }
            for name in names { try daemon.publish(name) }
            // When the daemon has caught up
            try await waitUntil("300 entries", timeout: .seconds(30)) { try await daemon.journal.counts().entries == 300 }
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
            // Then every file is one entry, nothing is left in incoming/ or active/, and the chain verifies
            #expect(daemon.names(daemon.spool.incoming) == [])
            #expect(daemon.names(daemon.spool.active) == [])
            #expect(daemon.names(daemon.spool.failed) == [])
            let entries = try await daemon.journal.list(EntryFilter(limit: 1000, descending: false))
            #expect(entries.map(\.seq) == Array(1...300))
            #expect(Set(entries.map(\.sourceName)) == Set(names))
            #expect(Set(entries.compactMap(\.title)).count == 300)
            #expect(try await daemon.journal.counts() == JournalCounts(entries: 300, duplicates: 0, lastSeq: 300))
            #expect(try await daemon.journal.verify() == VerifyReport(checked: 300))
            let stats = daemon.statistics.snapshot
            #expect(stats.ingested == 300)
            #expect(stats.batches >= 2, "batch-size 256 splits 300 files")
        }
    }

    @Test func badFiles_areQuarantinedWithTheirReasonCodes() async throws {
        try await withRunningDaemon("bad") { daemon in
            // Given an empty file, a binary file, a symlink and a FIFO dropped beside one good file
            try daemon.drop("empty.txt", [])
            try daemon.drop("binary.dat", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42])
            let target = try daemon.dir.write("outside/real.txt", "A perfectly good article\n\nbody")
            #expect(symlink(target, daemon.spool.incoming + "/link.txt") == 0)
            #expect(mkfifo(daemon.spool.incoming + "/pipe", 0o644) == 0)
            try daemon.drop("good.txt", Array("Good article\n\nBody".utf8))
            // When all five are dealt with
            try await waitUntil("4 quarantined", timeout: .seconds(20)) { daemon.spool.quarantined().count == 4 }
            try await waitUntil("good file stored", timeout: .seconds(20)) { try await daemon.journal.counts().entries == 1 }
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
            // Then each bad file sits in failed/ with its reason, and only the good one was stored
            let codes = Dictionary(uniqueKeysWithValues: daemon.spool.quarantined().map { ($0.originalName, $0.code) })
            #expect(codes == ["empty.txt": "empty", "binary.dat": "binary", "link.txt": "symlink", "pipe": "fifo"])
            #expect(daemon.names(daemon.spool.failed) == [
                "binary.dat", "binary.dat.reason.json", "empty.txt", "empty.txt.reason.json",
                "link.txt", "link.txt.reason.json", "pipe", "pipe.reason.json",
            ])
            #expect(try await daemon.journal.list(EntryFilter(limit: 10, descending: false)).map(\.sourceName) == ["good.txt"])
            #expect(daemon.statistics.snapshot.failed == 4)
            #expect(FileManager.default.fileExists(atPath: target), "the symlink's target is left alone")
        }
    }

    @Test func fileWrittenInPlace_isTakenOnlyAfterItsWriterCloses() async throws {
        try await withRunningDaemon("inplace") { daemon in
            // Given a producer writing straight into incoming/ (not via tmp/ + rename)
            let path = daemon.spool.incoming + "/slow.txt"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(fd >= 0)
            _ = Array("Slow article\n\nFirst half, ".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            // Then nothing is stored while it is open
            let storedEarly: Bool
            do {
                try await waitUntil(timeout: .milliseconds(400)) { try await daemon.journal.counts().entries > 0 }
                storedEarly = true
            } catch {
                storedEarly = false
            }
            #expect(!storedEarly, "a file still open for writing must not be claimed")
            // When the writer finishes and closes it
            _ = Array("second half.".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            // Then the whole file is stored once
            try await waitUntil("stored", timeout: .seconds(20)) { try await daemon.journal.counts().entries == 1 }
            #expect(try await daemon.journal.raw(seq: 1) == Array("Slow article\n\nFirst half, second half.".utf8))
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
        }
    }

    @Test func filesLeftInActiveByACrash_areRecoveredWithoutCountingCommittedOnesAsDuplicates() async throws {
        let committed = Array("Committed before the crash\n\nbody".utf8)
        let uncommitted = Array("Claimed but not committed\n\nbody".utf8)
        try await withRunningDaemon("recover", beforeStart: { spool, journal in
            // Given a crash that left two files in active/: one whose batch was already durable, one not
            _ = try await journal.append([IngestRecord(
                sha256: Array(SHA256.hash(data: committed)), receivedAt: 1, sourceName: "committed.txt",
                sourceUID: 0, raw: committed, article: ParsedArticle(title: "Committed before the crash", text: ""))])
            try Data(committed).write(to: URL(fileURLWithPath: spool.active + "/committed.txt"))
            try Data(uncommitted).write(to: URL(fileURLWithPath: spool.active + "/uncommitted.txt"))
            // When the daemon starts, it first moves them back to incoming/
            return Set(try spool.recoverActive())
        }) { daemon in
            // Then the uncommitted file is stored, and the committed one is released without being a duplicate
            try await waitUntil("2 processed", timeout: .seconds(20)) { daemon.statistics.snapshot.ingested == 1 }
            try await waitUntil("spool drained", timeout: .seconds(10)) { daemon.spoolDrained }
            #expect(try await daemon.journal.counts() == JournalCounts(entries: 2, duplicates: 0, lastSeq: 2), "nor in the store's counter")
            #expect(daemon.statistics.snapshot.duplicates == 0, "a recovered file already stored is not a new duplicate")
            #expect(try await daemon.journal.raw(seq: 2) == uncommitted)
            #expect(daemon.names(daemon.spool.failed).isEmpty)
        }
    }
}
