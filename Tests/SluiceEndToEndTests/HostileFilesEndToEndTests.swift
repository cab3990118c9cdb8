import Foundation
import Glibc
import SluiceCore
import SluiceTestSupport
import Testing

extension ReliabilityEndToEndTests {
    /// Issue 7, part B: every kind of torn or hostile file dropped on the built `sluiced` ends either stored
    /// once and decoded correctly (text, title, language, owner) or in failed/ with its own reason code — and
    /// the daemon keeps ingesting. `SLUICE_TORTURE=1` adds the sizes too slow for `make test`.
    @Suite(.serialized, .timeLimit(.minutes(5)))
    struct HostileFilesEndToEndTests {
        /// What must become of one dropped name.
        enum Outcome {
            /// Stored once with these bytes; `sameTextAs` names the reference case whose stored text,
            /// title and language it must share; `uid` the owner it must be stored with.
            case stored(bytes: [UInt8], sameTextAs: String? = nil, uid: UInt32? = nil)
            /// In failed/ with this reason code.
            case quarantined(String)
        }

        /// One hostile drop: its name in incoming/ (raw bytes), how it gets there, and its outcome.
        struct Case {
            var label: String
            var name: [UInt8]
            var outcome: Outcome
            var drop: (_ incoming: String, _ name: [UInt8]) throws -> Void
        }

        static var torture: Bool { ProcessInfo.processInfo.environment["SLUICE_TORTURE"] == "1" }

        @Test func hostileFiles_endDecodedOrQuarantinedWithTheirCode_daemonKeepsIngesting() async throws {
            let box = try Sandbox("hostile-table")
            defer { box.remove() }
            let daemon = try box.startDaemon()
            try await box.waitForSpool(daemon)
            let cases = try Self.cases(scratch: box.root.appending(""))

            // When every hostile file is dropped
            let incoming = box.spool + "/incoming"
            for c in cases { try c.drop(incoming, c.name) }

            // Then each one ends stored or quarantined, and nothing stays in the spool
            let storedCount = cases.filter { if case .stored = $0.outcome { true } else { false } }.count
            let failedCount = cases.count - storedCount
            try await waitUntil("all hostile files handled", timeout: .seconds(240)) {
                let s = try await box.status()
                return s.ingested == storedCount && s.failed == failedCount && s.queued == 0
            }
            let entries = try await Self.storedEntries(box)
            #expect(entries.count == storedCount)
            let digests = try await Self.sha256(of: cases.compactMap { if case .stored(let bytes, _, _) = $0.outcome { bytes } else { nil } }, scratch: box.root.appending(""))
            let byName = Dictionary(entries.map { ($0.source_name, $0) }, uniquingKeysWith: { a, _ in a })
            for c in cases {
                let spelled = SpoolName(bytes: c.name).description
                switch c.outcome {
                case .stored(let bytes, let reference, let uid):
                    guard let entry = byName[spelled] else { Issue.record("\(c.label): not stored"); continue }
                    #expect(entry.size == bytes.count, "\(c.label)")
                    #expect(digests.contains(entry.sha256), "\(c.label): stored bytes differ from the dropped ones")
                    if let uid { #expect(entry.source_uid == uid, "\(c.label)") }
                    if let reference, let ref = byName[reference] {
                        #expect(entry.text == ref.text, "\(c.label): text differs from \(reference)")
                        #expect(entry.title == ref.title, "\(c.label)")
                        #expect(entry.language == ref.language, "\(c.label)")
                        #expect(entry.language != nil, "\(c.label): no language")
                    }
                case .quarantined(let code):
                    let sidecar = box.spool + "/failed/" + spelled + ".reason.json"
                    let record = try? JSONDecoder().decode(QuarantineRecord.self, from: Data(contentsOf: URL(fileURLWithPath: sidecar)))
                    #expect(record?.code == code, "\(c.label): \(record?.code ?? "no sidecar")")
                }
            }
            #expect(box.names(in: "incoming").isEmpty && box.names(in: "active").isEmpty)
            // The link to /etc/shadow was moved, not followed: failed/ holds the link itself
            var st = stat()
            #expect(lstat(box.spool + "/failed/shadow-link", &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)

            // And the daemon is still up and ingesting
            #expect(daemon.isRunning)
            try box.drop("good-after.txt", Array("Good title\n\nA good body after the hostile ones.\n".utf8))
            try await waitUntil("good file ingested") { try await box.status().ingested == storedCount + 1 }
            #expect(try await box.ctl(["verify"]).status == 0)
            #expect(try await daemon.stop() == 0)
        }

        @Test func filesRenamedAwayBeforeOrWhileBeingRead_areStoredOnceOrLeftWithTheirTaker() async throws {
            let box = try Sandbox("renamed-away")
            defer { box.remove() }
            let daemon = try box.startRawDaemon()
            try await box.waitForSpool(daemon)
            let taken = box.root.appending("taken")
            try FileManager.default.createDirectory(atPath: taken, withIntermediateDirectories: true)

            // When producers take files back out of incoming/ right after dropping them
            let files = try distinctArticles(200, prefix: "taken")
            var takenBack = 0
            for f in files {
                try box.drop(f.name, f.contents)
                if rename(box.spool + "/incoming/" + f.name, taken + "/" + f.name) == 0 { takenBack += 1 }
            }
            // ... and someone moves a large file out of active/ while the daemon reads it
            let large = [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20)
            try box.drop("large.txt", large)
            try await waitUntil("large file claimed or stored") {
                if rename(box.spool + "/active/large.txt", taken + "/large.txt") == 0 { return true }
                return try await box.status().ingested > 200 - takenBack
            }

            // Then each file is stored once, or is with whoever took it — never both lost, never twice
            try await waitUntil("the rest handled, the large file stored or taken") {
                let s = try await box.status()
                var largeSettled = FileManager.default.fileExists(atPath: taken + "/large.txt")
                if !largeSettled { largeSettled = try await box.entries().contains { $0.source_name == "large.txt" } }
                return s.queued == 0 && s.ingested >= 200 - takenBack && largeSettled
            }
            // One snapshot: the large file's commit may still land after the wait (it was moved away
            // after its open), and must not fall between two reads of the store.
            let entries = try await box.entries()
            let stored = Set(entries.map(\.source_name))
            #expect(entries.count == stored.count)
            for f in files {
                let isTaken = FileManager.default.fileExists(atPath: taken + "/" + f.name)
                #expect(stored.contains(f.name) != isTaken, "\(f.name): stored \(stored.contains(f.name)), taken \(isTaken)")
            }
            // The large file: moved after its open, its bytes are stored (the fd reads the whole inode);
            // moved before, it is not stored; either way it exists at most once in the store
            #expect(stored.contains("large.txt") || FileManager.default.fileExists(atPath: taken + "/large.txt"))
            #expect(box.names(in: "failed").isEmpty && box.names(in: "active").isEmpty)
            #expect(try await box.ctl(["verify"]).status == 0)
            #expect(try await daemon.stop() == 0)
        }

        // MARK: - The cases

        static func cases(scratch: String) throws -> [Case] {
            let sv = try devSet("008_sv_flykt-fran-karabach.txt")  // representable in windows-1252 (no ğ)
            let tr = try devSet("016_tr_erdogan-putin-telefon.txt")
            let ru = try devSet("020_ru_trehstoronnee-zayavlenie.txt")
            let de = try devSet("013_de_macron-karabach-tuerkei.txt")
            let en = try devSet("010_en_erdogan-putin-phone-call.txt")
            let ruOther = try devSet("021_ru_mirotvortsy-lachin.txt")
            let body = Array("Title of a plain article\n\nIts body, long enough to be text.\n".utf8)
            let big = Self.torture ? 5 << 20 : 128 << 10
            var concatenation: [UInt8] = []
            let all = try devSetNames().map(devSet)
            while concatenation.count < big { concatenation += all[concatenation.count % all.count] + [0x0A, 0x0A] }
            let cut = Array(ruOther.prefix(ruOther.count / 2))
            let truncated = Array(cut.prefix(through: cut.lastIndex(where: { $0 >= 0xC0 })!))  // ends on a lead byte

            var cases: [Case] = []
            func add(_ label: String, _ name: String, _ outcome: Outcome, _ drop: @escaping (String, [UInt8]) throws -> Void) {
                cases.append(Case(label: label, name: Array(name.utf8), outcome: outcome, drop: drop))
            }
            func dropped(_ bytes: [UInt8]) -> (String, [UInt8]) throws -> Void { { try renameIn($0, $1, bytes) } }

            // Encodings: the UTF-8 originals are the references for text, title and language
            for (name, bytes) in [("ref-sv.txt", sv), ("ref-tr.txt", tr), ("ref-ru.txt", ru), ("ref-de.txt", de), ("ref-en.txt", en)] {
                add("utf-8 reference \(name)", name, .stored(bytes: bytes), dropped(bytes))
            }
            for (label, name, bytes, reference) in [
                ("windows-1252", "sv-1252.txt", try encode(sv, .windowsCP1252), "ref-sv.txt"),
                ("windows-1254", "tr-1254.txt", try encode(tr, .windowsCP1254), "ref-tr.txt"),
                ("windows-1251", "ru-1251.txt", try encode(ru, .windowsCP1251), "ref-ru.txt"),
                ("utf-16le + BOM", "de-utf16le.txt", [0xFF, 0xFE] + utf16(de, littleEndian: true), "ref-de.txt"),
                ("utf-16be + BOM", "de-utf16be.txt", [0xFE, 0xFF] + utf16(de, littleEndian: false), "ref-de.txt"),
                ("utf-8 + BOM + CRLF", "en-bom-crlf.txt", [0xEF, 0xBB, 0xBF] + crlf(en), "ref-en.txt"),
            ] {
                add(label, name, .stored(bytes: bytes, sameTextAs: reference), dropped(bytes))
            }
            add("utf-8 truncated mid-character", "ru-truncated.txt", .quarantined("truncated-utf8"), dropped(truncated))
            add("\(big >> 10) KiB concatenation of articles", "concatenation.txt", .stored(bytes: concatenation), dropped(concatenation))

            // Sizes and names
            add("0 bytes", "zero.txt", .quarantined("empty"), dropped([]))
            add("64 MiB + 1 byte", "huge.txt", .quarantined("too-large"), dropped([UInt8](repeating: 0x61, count: (64 << 20) + 1)))
            add("spaces in the name", "a name with spaces.txt", .stored(bytes: body + Array("spaces".utf8)), dropped(body + Array("spaces".utf8)))
            add("newline in the name", "line\nbreak.txt", .stored(bytes: body + Array("newline".utf8)), dropped(body + Array("newline".utf8)))
            let invalid: [UInt8] = Array("bad-".utf8) + [0xFF, 0xFE, 0xC3] + Array(".txt".utf8)
            cases.append(Case(label: "invalid UTF-8 name", name: invalid, outcome: .stored(bytes: body + Array("invalid".utf8)), drop: dropped(body + Array("invalid".utf8))))
            let long = String(repeating: "n", count: 251) + ".txt"
            add("255-byte name", long, .stored(bytes: body + Array("long".utf8)), dropped(body + Array("long".utf8)))

            // Not regular files, or not only ours
            add("symlink to /etc/shadow", "shadow-link", .quarantined("symlink")) { incoming, name in
                try check(symlink("/etc/shadow", path(incoming, name)), "symlink")
            }
            add("FIFO", "pipe", .quarantined("fifo")) { incoming, name in try check(mkfifo(path(incoming, name), 0o644), "mkfifo") }
            add("directory", "a-directory", .quarantined("directory")) { incoming, name in try check(mkdir(path(incoming, name), 0o755), "mkdir") }
            let original = scratch + "/linked-original.txt"
            try Data(body).write(to: URL(fileURLWithPath: original))
            add("hard link", "hardlink", .quarantined("hardlink")) { incoming, name in try check(link(original, path(incoming, name)), "link") }
            let nobody: UInt32 = 65534
            let owned = body + Array("owned by nobody".utf8)
            add("owned by uid 65534", "nobody.txt", .stored(bytes: owned, uid: geteuid() == 0 ? nobody : nil)) { incoming, name in
                try renameIn(incoming, name, owned) { tmp in if geteuid() == 0 { try check(chown(tmp, nobody, nobody), "chown") } }
            }
            // Root bypasses DAC: a mode-000 file is still readable by a root daemon and is stored; any other
            // user's daemon quarantines it as unreadable.
            let locked = body + Array("mode 000".utf8)
            add("mode 000", "mode000.txt", geteuid() == 0 ? .stored(bytes: locked) : .quarantined("unreadable")) { incoming, name in
                try renameIn(incoming, name, locked) { tmp in try check(chmod(tmp, 0), "chmod") }
            }

            // Torn writes: straight into incoming/ without tmp/, and growing after an IN_CLOSE_WRITE
            let partOne = Array("Written in place\n\nFirst part, ".utf8), partTwo = Array("second part.\n".utf8)
            add("written in place in incoming/", "in-place.txt", .stored(bytes: partOne + partTwo)) { incoming, name in
                let fd = open(path(incoming, name), O_WRONLY | O_CREAT | O_EXCL, 0o644)
                try check(fd < 0 ? -1 : 0, "open")
                try writeAll(fd, partOne)
                try writeAll(fd, partTwo)
                close(fd)
            }
            let grown = Array("Grows after close\n\nThe first writer closes here; ".utf8), more = Array("a second one was still writing.\n".utf8)
            add("grows after IN_CLOSE_WRITE", "grows.txt", .stored(bytes: grown + more)) { incoming, name in
                // Two writers: the first closing fires IN_CLOSE_WRITE while the second still has it open.
                let first = open(path(incoming, name), O_WRONLY | O_CREAT | O_EXCL, 0o644)
                let second = open(path(incoming, name), O_WRONLY | O_APPEND)
                try check(first < 0 || second < 0 ? -1 : 0, "open")
                try writeAll(first, grown)
                close(first)
                try writeAll(second, more)
                close(second)
            }
            return cases
        }

        // MARK: - Helpers

        struct StoredEntry: Decodable {
            var seq: Int
            var sha256: String
            var source_name: String
            var source_uid: UInt32
            var size: Int
            var title: String?
            var language: String?
            var text: String?
        }

        /// Every stored entry with its text (`sluicectl export`, one JSON object a line).
        static func storedEntries(_ box: Sandbox) async throws -> [StoredEntry] {
            let export = try await box.ctl(["export"])
            #expect(export.status == 0, "\(export.stderr)")
            return try export.stdout.split(separator: "\n").map { try JSONDecoder().decode(StoredEntry.self, from: Data($0.utf8)) }
        }

        /// The SHA-256 (hex) of each byte string, by `sha256sum` (one run for all).
        static func sha256(of contents: [[UInt8]], scratch: String) async throws -> Set<String> {
            let paths = try contents.enumerated().map { i, bytes in
                let path = scratch + "/expected-\(i)"
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                return path
            }
            let result = try await run("/usr/bin/sha256sum", paths)
            #expect(result.status == 0, "\(result.stderr)")
            return Set(result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        }

        static func devSetNames() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: Seeds.repositoryRoot + "/Tests/SluiceTextTests/DevSet").filter { $0.hasSuffix(".txt") }.sorted()
        }

        static func devSet(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: Seeds.repositoryRoot + "/Tests/SluiceTextTests/DevSet/" + name)))
        }

        static func encode(_ utf8: [UInt8], _ encoding: String.Encoding) throws -> [UInt8] {
            Array(try #require(String(decoding: utf8, as: UTF8.self).data(using: encoding), "the fixture is not representable in \(encoding)"))
        }

        static func utf16(_ utf8: [UInt8], littleEndian: Bool) -> [UInt8] {
            String(decoding: utf8, as: UTF8.self).utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }

        static func crlf(_ bytes: [UInt8]) -> [UInt8] { bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }

        static func path(_ directory: String, _ name: [UInt8]) -> [CChar] {
            (Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
        }

        /// The producer protocol with a byte-exact name: write tmp/DROP, `prepare` it, rename to incoming/NAME.
        static func renameIn(_ incoming: String, _ name: [UInt8], _ bytes: [UInt8], prepare: (String) throws -> Void = { _ in }) throws {
            let tmp = (incoming as NSString).deletingLastPathComponent + "/tmp/drop-\(UUID().uuidString)"
            try Data(bytes).write(to: URL(fileURLWithPath: tmp))
            try prepare(tmp)
            try check(rename(tmp, path(incoming, name)), "rename into incoming/")
        }

        static func writeAll(_ fd: CInt, _ bytes: [UInt8]) throws {
            try check(write(fd, bytes, bytes.count) == bytes.count ? 0 : -1, "write")
        }

        static func check(_ result: CInt, _ what: String) throws {
            if result != 0 { throw DeadlineExceeded(description: "\(what) failed: errno \(errno)") }
        }
    }
}
