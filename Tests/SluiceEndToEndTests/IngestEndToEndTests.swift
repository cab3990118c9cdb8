import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// End-to-end: the built `sluiced` and `sluicectl` on real directories, a real SQLite file, real inotify.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct IngestEndToEndTests {
    @Test func seeds_droppedIntoIncoming_areIngestedWithTheirTitles() async throws {
        // Given a running daemon
        let box = try Sandbox("seeds")
        defer { box.remove() }
        let daemon = try box.startDaemon()
        try await box.waitForSpool(daemon)

        // When the five seeds are dropped by the tmp/ + rename protocol
        try box.burst(Seeds.names.map { ($0, try Seeds.bytes($0)) })

        // Then five entries appear with their headlines (none for the two that open with their lead)
        try await waitUntil("5 entries") { try await box.status().ingested == 5 }
        let entries = try await box.entries()
        #expect(entries.map(\.source_name).sorted() == Seeds.names)
        let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.source_name, $0) })
        #expect(byName["003_59be5f47db3bc1db.txt"]?.title == "Turkish, Russian presidents discuss Upper Karabakh")
        #expect(byName["002_4538f194cfa74816.txt"]?.title == "Krigen raser: Putin og Macron ber om full stans i kamphandlinger")
        #expect(byName["004_7c32e402a30a8c6e.txt"]?.title == "Kremlin’den Karabağ açıklaması: Aliyev yaşananlardan dolayı özür diledi")
        #expect(byName["000_be13250f815f3705.txt"]?.title == nil)
        #expect(byName["001_8538775e057fa5b3.txt"]?.title == nil)
        #expect(byName["000_be13250f815f3705.txt"]?.published?.date == "2020-10")
        #expect(byName["001_8538775e057fa5b3.txt"]?.published?.date == "2023-09")
        #expect(box.names(in: "incoming").isEmpty && box.names(in: "active").isEmpty)

        // And show prints the entry; verify passes
        let show = try await box.ctl(["show", "1"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("sha256"))
        #expect(try await box.ctl(["verify"]).status == 0)
        #expect(try await daemon.stop() == 0)
    }

    @Test func sameBytesTwice_areStoredOnce_andCountedAsDuplicate() async throws {
        let box = try Sandbox("dup")
        defer { box.remove() }
        let daemon = try box.startDaemon()
        try await box.waitForSpool(daemon)
        let seed = Seeds.directory + "/" + Seeds.names[0]

        // When the same file is submitted twice (the second waits under another name if needed)
        #expect(try await box.ctl(["submit", seed]).status == 0)
        try await waitUntil("first copy ingested") { try await box.status().ingested == 1 }
        #expect(try await box.ctl(["submit", seed]).status == 0)

        // Then there is one entry, one duplicate, and the spool is empty
        try await waitUntil("second copy handled") { try await box.status().duplicates == 1 }
        let status = try await box.status()
        #expect(status.ingested == 1)
        #expect(status.queued == 0)
        #expect(try await daemon.stop() == 0)
    }

    @Test func burstOfThousandFiles_allIngested_spoolEmpty() async throws {
        let box = try Sandbox("burst")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        let files = try distinctArticles(1000)

        try box.burst(files)

        try await waitUntil("1000 entries", timeout: .seconds(60)) { try await box.status().ingested == 1000 }
        let entries = try await box.entries()
        #expect(Set(entries.map(\.source_name)) == Set(files.map(\.name)))
        #expect(Set(entries.map(\.sha256)).count == 1000)
        #expect(box.names(in: "incoming").isEmpty)
        #expect(box.names(in: "active").isEmpty)
        #expect(box.names(in: "failed").isEmpty)
        #expect(try await daemon.stop() == 0)
    }

    @Test func fileWrittenSlowlyInPlace_isIngestedOnceAndWhole() async throws {
        // Given a daemon that rescans incoming/ every 100 ms
        let box = try Sandbox("slow")
        defer { box.remove() }
        try FileManager.default.createDirectory(atPath: box.root.appending("etc"), withIntermediateDirectories: true)
        let config = try box.root.write("etc/sluiced.toml", "rescan-interval = \"100ms\"\n")
        let daemon = try box.startDaemon(["--config", config])
        try await box.waitForSpool(daemon)

        // When a producer writes a file straight into incoming/ and keeps it open
        let path = box.spool + "/incoming/slow.txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(fd >= 0)
        let first = Array("Slow article\n\nThe first half of the body, ".utf8)
        #expect(write(fd, first, first.count) == first.count)

        // ... while other files come and go for several rescan intervals
        let started = ContinuousClock.now
        var markers = 0
        while ContinuousClock.now - started < .milliseconds(600) {
            try box.drop("marker\(markers).txt", Array("marker \(markers)\n".utf8))
            markers += 1
            try await waitUntil("marker ingested") { try await box.status().ingested == markers }
        }
        // Then the open file was not taken
        #expect(box.names(in: "incoming") == ["slow.txt"])

        // When the producer finishes and closes it
        let second = Array("and the second half.\n".utf8)
        #expect(write(fd, second, second.count) == second.count)
        close(fd)

        // Then it is ingested once, whole
        try await waitUntil("slow file ingested") { try await box.status().ingested == markers + 1 }
        let entry = try #require(try await box.entries().first { $0.source_name == "slow.txt" })
        let raw = try await box.ctl(["show", "\(entry.seq)", "--raw"])
        #expect(raw.stdoutData == Data(first + second))
        #expect(try await box.status().queued == 0)
        #expect(try await daemon.stop() == 0)
    }

    @Test func sigkillDuringBurst_restart_storesEveryFileExactlyOnce() async throws {
        let box = try Sandbox("kill9")
        defer { box.remove() }
        let files = try distinctArticles(2000)
        var daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)

        // When 2000 files arrive and the daemon is killed with SIGKILL in the middle
        try box.burst(files)
        try await waitUntil("some progress", timeout: .seconds(60)) { try await box.status().ingested >= 100 }
        daemon.send(SIGKILL)
        try await daemon.waitForExit()
        #expect(daemon.terminatedBySignal)
        let before = try await box.status().ingested
        #expect(before < 2000, "the kill came after the burst was done; the test proves nothing")

        // Then a restart recovers active/ and finishes the work, every file exactly once
        daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        try await waitUntil("2000 entries", timeout: .seconds(90)) { try await box.status().ingested == 2000 }
        try await waitUntil("spool empty") { try await box.status().queued == 0 }
        let entries = try await box.entries()
        #expect(entries.count == 2000)
        #expect(Set(entries.map(\.sha256)).count == 2000)
        #expect(Set(entries.map(\.source_name)) == Set(files.map(\.name)))
        #expect(box.names(in: "failed").isEmpty)
        let verify = try await box.ctl(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(try await daemon.stop() == 0)
    }

    @Test func hostileFiles_areQuarantinedWithTheirReasonCodes_daemonKeepsIngesting() async throws {
        let box = try Sandbox("hostile")
        defer { box.remove() }
        let config = try box.root.write("sluiced.toml", "max-file-size = \"4KiB\"\n")
        let daemon = try box.startDaemon(["--config", config])
        try await box.waitForSpool(daemon)
        let incoming = box.spool + "/incoming/"

        // When hostile files appear in incoming/
        #expect(symlink("/etc/shadow", incoming + "link") == 0)
        #expect(mkfifo(incoming + "fifo", 0o644) == 0)
        let original = try box.root.write("original.txt", "a file with two names\n")
        #expect(link(original, incoming + "hardlink") == 0)
        try box.drop("oversize", [UInt8](repeating: UInt8(ascii: "a"), count: 5000))
        try box.drop("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00])
        try box.drop("empty", [])

        // Then each is in failed/ with its own reason code
        let expected = ["link": "symlink", "fifo": "fifo", "hardlink": "hardlink", "oversize": "too-large", "binary": "binary", "empty": "empty"]
        try await waitUntil("all quarantined") { try await box.status().failed == expected.count }
        for (name, code) in expected {
            let data = try Data(contentsOf: URL(fileURLWithPath: box.spool + "/failed/\(name).reason.json"))
            let record = try JSONDecoder().decode([String: JSONValue].self, from: data)
            #expect(record["code"] == .string(code), "\(name)")
            #expect(record["uid"] == .number(Double(getuid())), "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: box.spool + "/failed/link"))
        #expect(box.names(in: "incoming").isEmpty)

        // And the daemon is still up and ingesting
        #expect(daemon.isRunning)
        try box.drop("good.txt", Array("Good title\n\nGood body.\n".utf8))
        try await waitUntil("good file ingested") { try await box.status().ingested == 1 }
        #expect(try await box.ctl(["verify"]).status == 0)
        #expect(try await daemon.stop() == 0)
    }

    @Test func unknownConfigKey_isAClearError() async throws {
        let box = try Sandbox("config")
        defer { box.remove() }
        let config = try box.root.write("sluiced.toml", "batch-size = 10\nspool-dir = \"/x\"\n")
        let result = try await run(Binaries.sluiced, ["--config", config, "--spool", box.spool, "--state", box.state])
        #expect(result.status == 78)
        #expect(result.stderr.contains("unknown key 'spool-dir'"))
        #expect(result.stderr.contains(config))
    }

    @Test func secondInstanceOnTheSameState_isRefused() async throws {
        let box = try Sandbox("twice")
        defer { box.remove() }
        let first = try box.startDaemon()
        try await box.waitForSpool(first)

        let second = try await run(Binaries.sluiced, ["--spool", box.spool, "--state", box.state])

        #expect(second.status == 1)
        #expect(second.stderr.contains("another sluiced (pid \(first.pid)) owns \(box.state)"))
        #expect(first.isRunning)
        #expect(try await first.stop() == 0)
    }

    @Test func sigterm_finishesTheBatch_exitsZero_losesNothing() async throws {
        let box = try Sandbox("term")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        let files = try distinctArticles(500)

        // When SIGTERM arrives while a burst is being ingested
        try box.burst(files)
        try await waitUntil("some progress", timeout: .seconds(60)) { try await box.status().ingested >= 1 }
        #expect(try await daemon.stop() == 0)

        // Then nothing is lost: what is not stored is still in incoming/ (active/ is empty)
        let status = try await box.status()
        #expect(box.names(in: "active").isEmpty)
        #expect(status.ingested + status.incoming == 500)

        // And the next start finishes the rest
        let again = try box.startRawDaemon()
        try await box.waitForSpool(again)
        try await waitUntil("all 500", timeout: .seconds(60)) { try await box.status().ingested == 500 }
        #expect(try await again.stop() == 0)
    }

    @Test func verify_detectsAnEditedRow_exitsFour() async throws {
        let box = try Sandbox("verify")
        defer { box.remove() }
        let daemon = try box.startDaemon()
        try await box.waitForSpool(daemon)
        try box.burst(Seeds.names.map { ($0, try Seeds.bytes($0)) })
        try await waitUntil("5 entries") { try await box.status().ingested == 5 }
        #expect(try await daemon.stop() == 0)
        #expect(try await box.ctl(["verify"]).status == 0)

        // When someone bypasses the append-only triggers and edits a row
        let db = box.state + "/sluice.db"
        let edit = try await run("/usr/bin/sqlite3", [db, "DROP TRIGGER entry_immutable; UPDATE entry SET source_name = 'forged.txt' WHERE seq = 3;"])
        #expect(edit.status == 0, "\(edit.stderr)")

        // Then verify names the entry and exits 4
        let verify = try await box.ctl(["verify", "--json"])
        #expect(verify.status == 4)
        #expect(verify.stdout.contains("\"first_bad_seq\" : 3"))
    }
}

/// Enough JSON to compare sidecar fields.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), other

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .string(s) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else { self = .other }
    }
}
