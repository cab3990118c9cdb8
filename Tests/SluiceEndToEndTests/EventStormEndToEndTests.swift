import Foundation
import Glibc
import SluiceCore
import SluiceTestSupport
import Testing

extension ReliabilityEndToEndTests {
    /// Issue 7, part B: inotify under stress on the built `sluiced` — a kernel event queue that overflows, the
    /// watched directory going away, a symlinked spool, the inotify limits reached.
    @Suite(.serialized, .timeLimit(.minutes(30)))  // the torture size (50,000 files) takes minutes in a debug build
    struct EventStormEndToEndTests {
        static var torture: Bool { ProcessInfo.processInfo.environment["SLUICE_TORTURE"] == "1" }

        @Test func queueOverflow_duringABurst_isAnsweredByARescan_everyFileStoredOnce() async throws {
            // Given a daemon whose watcher reads no events (fault point) and whose timer rescan never comes
            let box = try Sandbox("storm")
            defer { box.remove() }
            let daemon = try box.startDaemon(
                ["--config", try box.root.write("storm.toml", "tagging = false\nrescan-interval = \"1h\"\nqueue-capacity = 1000\n")],
                environment: ["SLUICE_FAULTS": "watcher-stall"])
            try await box.waitForSpool(daemon)
            let count = Self.torture ? 50_000 : 500

            // When ignored dotfiles created and closed in incoming/ raise more events than the kernel queues
            // (fs.inotify.max_queued_events), and then the files arrive: their events are the ones dropped
            let limit = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16384
            for i in 0..<(limit / 2 + 100) {  // two events each: IN_CREATE and IN_CLOSE_WRITE
                let path = box.spool + "/incoming/.noise-\(i)"
                let fd = open(path, O_WRONLY | O_CREAT, 0o644)
                if fd >= 0 { close(fd) }
                unlink(path)
            }
            let files = try distinctArticles(count, prefix: "storm")
            try box.burst(files)
            #expect(try await box.status().ingested == 0, "the first scan came after the burst; the test proves nothing")
            _ = FileManager.default.createFile(atPath: box.spool + "/incoming/" + FaultInjection.watcherReleaseName, contents: nil)

            // Then the daemon logs the overflow, rescans, and stores every file exactly once
            try await waitUntil("\(count) entries", timeout: .seconds(Self.torture ? 1500 : 180)) { try await box.status().ingested == count }
            try await waitUntil("spool empty") { try await box.status().queued == 0 }
            #expect(daemon.log.contains("inotify queue overflowed; rescanning incoming/"))
            let entries = try await box.entries(limit: count + 10)
            #expect(entries.count == count)
            #expect(Set(entries.map(\.source_name)) == Set(files.map(\.name)))
            #expect(box.names(in: "failed").isEmpty)
            #expect(try await box.status().duplicates == 0)
            #expect(try await box.ctl(["verify"]).status == 0)
            #expect(try await daemon.stop() == 0)
        }

        @Test func incomingDeletedAndRecreated_whileRunning_isWatchedAgain() async throws {
            let box = try Sandbox("rewatch")
            defer { box.remove() }
            let daemon = try box.startRawDaemon(extraConfig: "rescan-interval = \"1h\"\n")
            try await box.waitForSpool(daemon)
            try box.drop("before.txt", Array("before\n".utf8))
            try await waitUntil("first file") { try await box.status().ingested == 1 }

            // When incoming/ is removed (an operator's rm -rf) while the daemon runs
            try FileManager.default.removeItem(atPath: box.spool + "/incoming")

            // Then the daemon says so loudly, recreates it and watches it again: a file dropped into the new
            // directory is ingested without waiting for the hourly rescan
            try await waitUntil("incoming/ recreated") {
                FileManager.default.fileExists(atPath: box.spool + "/incoming") && daemon.log.contains("the watch on incoming/ is gone")
            }
            try await waitUntil("rewatched") { daemon.log.contains("watching incoming/ again") }
            try box.drop("after.txt", Array("after\n".utf8))
            try await waitUntil("file in the recreated incoming/") { try await box.status().ingested == 2 }
            #expect(daemon.isRunning)

            // And the same when it is moved away and a new one put in its place by hand
            try FileManager.default.moveItem(atPath: box.spool + "/incoming", toPath: box.root.appending("old-incoming"))
            try await waitUntil("rewatched after a move") {
                daemon.log.components(separatedBy: "watching incoming/ again").count == 3
            }
            try box.drop("after-move.txt", Array("after the move\n".utf8))
            try await waitUntil("file after the move") { try await box.status().ingested == 3 }
            #expect(try await daemon.stop() == 0)
        }

        @Test func spoolThatIsASymlink_isRefusedAtStart_exitOne() async throws {
            let box = try Sandbox("spool-link")
            defer { box.remove() }
            try FileManager.default.createDirectory(atPath: box.root.appending("real-spool"), withIntermediateDirectories: true)
            #expect(symlink(box.root.appending("real-spool"), box.spool) == 0)

            let result = try await runSluicedExpectingExit(["--spool", box.spool, "--state", box.state])

            #expect(result.status == 1)
            #expect(result.stderr.contains("\(box.spool) is a symbolic link; point --spool at the real directory"))
        }

        @Test(arguments: [
            ("inotify-instance-limit", "the inotify instance limit is reached; raise fs.inotify.max_user_instances"),
            ("inotify-watch-limit", "the inotify watch limit is reached; raise fs.inotify.max_user_watches"),
        ])
        func inotifyLimitReached_isAClearErrorAtStart_exitOne(fault: String, message: String) async throws {
            let box = try Sandbox("inotify-limit")
            defer { box.remove() }

            let result = try await runSluicedExpectingExit(["--spool", box.spool, "--state", box.state], extraEnvironment: ["SLUICE_FAULTS": fault])

            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("sluiced: cannot watch \(box.spool)/incoming"))
            #expect(result.stderr.contains(message))
            #expect(!result.stderr.contains("Fatal error"))
        }
    }
}
