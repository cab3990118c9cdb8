import Foundation
import Glibc
import SluiceTestSupport
import Testing

extension ReliabilityEndToEndTests {
    /// Issue 7, part B: a store changed behind the daemon's back. `sluicectl verify` exits 4 naming the first
    /// bad entry (or "database corrupt"); `sluiced` refuses to append onto a broken chain unless told to.
    @Suite(.serialized, .timeLimit(.minutes(5)))
    struct StoreTamperingEndToEndTests {
        /// The first bad entry `verify` must name.
        enum FirstBad: Sendable {
            case seq(Int)
            /// The entry stored from this file (ingestion order is not fixed).
            case entryOf(String)
            /// The first entry after those SQLite still holds.
            case afterSurvivors
            /// None: the database file itself is damaged ("database corrupt").
            case database
        }

        /// One way to tamper with a store of 12 entries.
        struct Tampering: CustomTestStringConvertible, Sendable {
            var label: String
            var firstBad: FirstBad
            var apply: @Sendable (_ box: Sandbox) async throws -> Void
            var testDescription: String { label }
        }

        static let entries = 12

        static let tamperings: [Tampering] = [
            Tampering(label: "edited row", firstBad: .seq(7)) { box in
                try await sql(box, "DROP TRIGGER entry_immutable; UPDATE entry SET source_name = 'forged.txt' WHERE seq = 7;")
            },
            Tampering(label: "deleted row", firstBad: .seq(5)) { box in
                try await sql(box, "DROP TRIGGER entry_append_only; DELETE FROM entry_entity WHERE seq = 5; DELETE FROM entry_topic WHERE seq = 5; DELETE FROM entry WHERE seq = 5;")
            },
            Tampering(label: "deleted last row", firstBad: .seq(12)) { box in
                try await sql(box, "DROP TRIGGER entry_append_only; DELETE FROM entry WHERE seq = 12;")
            },
            Tampering(label: "reordered rows", firstBad: .seq(3)) { box in
                try await sql(box, """
                    DROP TRIGGER entry_immutable;
                    UPDATE entry SET seq = 1000 WHERE seq = 3; UPDATE entry SET seq = 3 WHERE seq = 4; UPDATE entry SET seq = 4 WHERE seq = 1000;
                    """)
            },
            Tampering(label: "raw bytes changed in the file", firstBad: .entryOf("doc00008.txt")) { box in
                // The marker ends in CR LF only in the raw bytes (the stored text has LF): the flip hits raw.
                try await checkpoint(box)
                try flip(box, at: try offset(of: "ref doc 8\r\n", in: box))
            },
            Tampering(label: "file header damaged", firstBad: .database) { box in
                try await checkpoint(box)
                try flip(box, at: 0)
            },
            Tampering(label: "WAL truncated after a crash", firstBad: .afterSurvivors) { box in
                // The first six entries are checkpointed into the main file; six more commit into the WAL and
                // the daemon dies before any checkpoint; then the WAL loses its end.
                let wal = box.state + "/sluice.db-wal"
                let size = try #require(try FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int)
                #expect(truncate(wal, off_t(size / 3)) == 0)
                unlink(box.state + "/sluice.db-shm")
            },
        ]

        @Test func tamperedStores_verifyExitsFour_daemonRefusesToAppend_unlessTold() async throws {
            // Given a store of 12 entries, copied for each way of tampering with it
            let template = try Sandbox("tamper-template")
            defer { template.remove() }
            try await Self.fill(template, crashAfter: false)
            let seqs = await Dictionary(uniqueKeysWithValues: try template.entries().map { ($0.source_name, $0.seq) })
            for tampering in Self.tamperings where !tampering.label.hasPrefix("WAL") {
                let box = try Sandbox("tamper")
                defer { box.remove() }
                try FileManager.default.copyItem(atPath: template.state, toPath: box.state)
                _ = try box.root.write("raw.toml", "tagging = false\n")
                try await Self.check(tampering, box: box, seqs: seqs)
            }
        }

        @Test func truncatedWALAfterACrash_verifyExitsFour_daemonRefusesToAppend_unlessTold() async throws {
            // Given a store of 12 entries, six of them only in the WAL when the daemon is killed
            let box = try Sandbox("tamper-wal")
            defer { box.remove() }
            try await Self.fill(box, crashAfter: true)
            let seqs = await Dictionary(uniqueKeysWithValues: try box.entries().map { ($0.source_name, $0.seq) })
            try await Self.check(try #require(Self.tamperings.first { $0.label.hasPrefix("WAL") }), box: box, seqs: seqs)
        }

        /// Tampers with the store in `box`, then checks verify, a refused start and an accepted one.
        static func check(_ tampering: Tampering, box: Sandbox, seqs: [String: Int]) async throws {
            #expect(try await box.ctl(["verify"]).status == 0)

            // When the store is tampered with
            try await tampering.apply(box)
            let firstBad: Int?
            switch tampering.firstBad {
            case .seq(let seq): firstBad = seq
            case .entryOf(let name): firstBad = try #require(seqs[name])
            case .database: firstBad = nil
            case .afterSurvivors:
                let count = try await run("/usr/bin/sqlite3", [box.state + "/sluice.db", "SELECT count(*) FROM entry"])
                let left = try #require(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
                #expect(left < Self.entries, "the truncation lost nothing; the test proves nothing")
                firstBad = left + 1
            }

            // Then verify exits 4 and names the first bad entry, or says the database is corrupt
            let verify = try await box.ctl(["verify"])
            #expect(verify.status == 4, "\(tampering.label): \(verify.stdout)\(verify.stderr)")
            if let bad = firstBad {
                #expect(verify.stdout.contains("corrupt: entry \(bad):"), "\(tampering.label): \(verify.stdout)")
            } else {
                #expect(verify.stdout.contains("database corrupt"), "\(tampering.label): \(verify.stdout)")
            }

            // And the daemon refuses to start on it, naming the same entry
            let refused = try await runSluicedExpectingExit(["--spool", box.spool, "--state", box.state, "--config", box.root.appending("raw.toml")])
            #expect(refused.status == 1, "\(tampering.label): \(refused.stderr)")
            if let bad = firstBad {
                #expect(refused.stderr.contains("is broken at entry \(bad)"), "\(tampering.label): \(refused.stderr)")
                #expect(refused.stderr.contains("--accept-broken-chain"))
            } else {
                #expect(refused.stderr.contains("database corrupt"), "\(tampering.label): \(refused.stderr)")
            }
            guard firstBad != nil else { return }  // nothing can append onto an unreadable file

            // And with --accept-broken-chain it starts, says so loudly, and ingests
            let daemon = try box.startDaemon(["--config", box.root.appending("raw.toml"), "--accept-broken-chain"])
            try await box.waitForSpool(daemon)
            #expect(daemon.log.contains("the hash chain is broken; appending onto it anyway as told (accept-broken-chain)"))
            let before = try await box.entries().count
            try box.drop("after-tampering.txt", Array("stored after the tampering\n".utf8))
            try await waitUntil("file ingested") { try await box.entries().count == before + 1 }
            #expect(try await daemon.stop() == 0)
        }

        @Test func acceptBrokenChainConfigKey_startsOnABrokenChain() async throws {
            let box = try Sandbox("tamper-config")
            defer { box.remove() }
            try await Self.fill(box, crashAfter: false)
            try await Self.sql(box, "DROP TRIGGER entry_immutable; UPDATE entry SET size = 1 WHERE seq = 12;")
            let config = try box.root.write("accept.toml", "tagging = false\naccept-broken-chain = true\n")

            let daemon = try box.startDaemon(["--config", config])
            try await box.waitForSpool(daemon)

            #expect(daemon.log.contains("accept-broken-chain"))
            #expect(try await daemon.stop() == 0)
        }

        // MARK: - Helpers

        /// Twelve entries `docNNNNN.txt` (raw mode), six per daemon run; with `crashAfter` the second run
        /// is killed (SIGKILL) once its six are committed, leaving them in the WAL.
        static func fill(_ box: Sandbox, crashAfter: Bool) async throws {
            let files = try distinctArticles(entries).map { ($0.name, $0.contents.dropLast() + Array("\r\n".utf8)) }
            var daemon = try box.startRawDaemon()
            try await box.waitForSpool(daemon)
            try box.burst(Array(files.prefix(entries / 2)))
            try await waitUntil("first half") { try await box.status().ingested == entries / 2 }
            #expect(try await daemon.stop() == 0)
            try await checkpoint(box)
            daemon = try box.startRawDaemon()
            try await box.waitForSpool(daemon)
            try box.burst(Array(files.suffix(entries / 2)))
            try await waitUntil("second half") { try await box.status().ingested == entries }
            if crashAfter {
                daemon.send(SIGKILL)
                try await daemon.waitForExit()
            } else {
                #expect(try await daemon.stop() == 0)
            }
        }

        static func sql(_ box: Sandbox, _ statements: String) async throws {
            let result = try await run("/usr/bin/sqlite3", [box.state + "/sluice.db", statements])
            if result.status != 0 { throw DeadlineExceeded(description: "sqlite3 failed: \(result.stderr)") }
        }

        /// Moves everything from the WAL into the main database file.
        static func checkpoint(_ box: Sandbox) async throws {
            try await sql(box, "PRAGMA wal_checkpoint(TRUNCATE);")
        }

        /// Where `marker` first occurs in the database file.
        static func offset(of marker: String, in box: Sandbox) throws -> Int {
            let data = try Data(contentsOf: URL(fileURLWithPath: box.state + "/sluice.db"))
            let range = try #require(data.range(of: Data(marker.utf8)), "\(marker) not found in the database file")
            return range.lowerBound
        }

        /// Inverts one byte of the database file.
        static func flip(_ box: Sandbox, at offset: Int) throws {
            let fd = open(box.state + "/sluice.db", O_RDWR)
            defer { close(fd) }
            var byte: UInt8 = 0
            #expect(pread(fd, &byte, 1, off_t(offset)) == 1)
            byte = ~byte
            #expect(pwrite(fd, &byte, 1, off_t(offset)) == 1)
        }
    }
}
