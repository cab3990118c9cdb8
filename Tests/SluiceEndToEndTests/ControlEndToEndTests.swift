import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// `sluicectl` against a running `sluiced` over its control socket (STATE/control.sock), and against
/// the store alone when the daemon is down.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ControlEndToEndTests {
    /// A running daemon with the five seeds ingested (tagging on, so search and entities work).
    func withSeeds(_ label: String, _ body: (Sandbox, DaemonProcess) async throws -> Void) async throws {
        let box = try Sandbox(label)
        defer { box.remove() }
        let daemon = try box.startDaemon()
        try await box.waitForSpool(daemon)
        try box.burst(Seeds.names.map { ($0, try Seeds.bytes($0)) })
        try await waitUntil("5 entries") { try await box.status().ingested == 5 }
        try await body(box, daemon)
        if daemon.isRunning { #expect(try await daemon.stop() == 0) }
    }

    func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: result.stdoutData, options: [.fragmentsAllowed])
    }

    @Test func readCommands_answerOverTheSocket_withTheDaemonsLiveState() async throws {
        try await withSeeds("ctl-read") { box, daemon in
            // status: flat totals plus the daemon's own view
            let status = try await json(try box.ctl(["status", "--json"])) as? [String: Any]
            #expect(status?["ingested"] as? Int == 5)
            let live = status?["daemon"] as? [String: Any]
            #expect(live?["state"] as? String == "running")
            #expect(live?["pid"] as? Int == Int(daemon.pid))

            // list, show, search, stories, verify, failed, metrics
            #expect((try await json(try box.ctl(["list", "--json"])) as? [Any])?.count == 5)
            let show = try await box.ctl(["show", "1"])
            #expect(show.status == 0 && show.stdout.contains("sha256"))
            let raw = try await box.ctl(["show", "1", "--raw"])
            #expect(Seeds.names.contains { (try? Seeds.bytes($0)) == Array(raw.stdoutData) })
            let hits = try await json(try box.ctl(["search", "--json", "erdogan"])) as? [[String: Any]]
            #expect((hits?.count ?? 0) >= 1)
            #expect((hits?.first?["snippet"] as? String)?.contains("\u{2}") == true)
            #expect(try await box.ctl(["search", "erdogan"]).stdout.contains("["))  // hits marked off a terminal
            #expect(try await box.ctl(["stories", "--json"]).status == 0)
            #expect(try await box.ctl(["verify"]).status == 0)
            #expect((try await json(try box.ctl(["failed", "--json"])) as? [Any])?.isEmpty == true)
            #expect(try await box.ctl(["metrics"]).status == 0)

            // export streams every entry as one JSON line, resumable by seq
            let export = try await box.ctl(["export"])
            #expect(export.stdout.split(separator: "\n").count == 5)
            #expect(export.stderr.contains("last seq 5"))
            #expect(try await box.ctl(["export", "--since", "3"]).stdout.split(separator: "\n").count == 2)
        }
    }

    @Test func pauseKeepsFilesInIncoming_resumeIngestsThem() async throws {
        let box = try Sandbox("ctl-pause")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)

        #expect(try await box.ctl(["pause"]).status == 0)
        try box.burst(try distinctArticles(20))
        // The watcher sees them (queued) but nothing is claimed
        try await waitUntil("queued while paused") {
            let s = try await json(try box.ctl(["status", "--json"])) as? [String: Any]
            return ((s?["daemon"] as? [String: Any])?["queued"] as? Int) == 20
        }
        #expect(box.names(in: "incoming").count == 20)
        #expect(try await box.status().ingested == 0)
        let state = await (try json(try box.ctl(["status", "--json"])) as? [String: Any])?["daemon"] as? [String: Any]
        #expect(state?["state"] as? String == "paused")

        #expect(try await box.ctl(["resume"]).status == 0)
        try await waitUntil("ingested after resume") { try await box.status().ingested == 20 }
        #expect(try await daemon.stop() == 0)
    }

    @Test func holdReleaseAndRetry_moveFilesByName() async throws {
        let box = try Sandbox("ctl-moves")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        // A binary file is quarantined
        try box.drop("bad.bin", [0, 1, 2, 3, 0, 0, 0, 7])
        try await waitUntil("quarantined") { box.names(in: "failed").contains("bad.bin") }
        let failed = try await json(try box.ctl(["failed", "--json"])) as? [[String: Any]]
        #expect(failed?.first?["code"] as? String == "binary")
        #expect(failed?.first?["name"] as? String == "bad.bin")

        // retry puts it back; it fails again, the same way
        #expect(try await box.ctl(["retry", "bad.bin"]).status == 0)
        try await waitUntil("quarantined again") { box.names(in: "failed").contains("bad.bin") && box.names(in: "incoming").isEmpty }

        // hold and release of a paused daemon's waiting file
        #expect(try await box.ctl(["pause"]).status == 0)
        try box.drop("later.txt", Array("a file to hold\n".utf8))
        try await waitUntil("waiting") { box.names(in: "incoming") == ["later.txt"] }
        #expect(try await box.ctl(["hold", "later.txt"]).status == 0)
        #expect(box.names(in: "hold") == ["later.txt"])
        #expect(try await box.ctl(["resume"]).status == 0)
        #expect(try await box.ctl(["release", "later.txt"]).status == 0)
        try await waitUntil("released file ingested") { try await box.status().ingested == 1 }

        // Unknown names are a clear failure
        let missing = try await box.ctl(["hold", "nope.txt"])
        #expect(missing.status == 1 && missing.stderr.contains("nope.txt"))
        #expect(try await daemon.stop() == 0)
    }

    @Test func followPrintsEntriesAsTheyCommit() async throws {
        let box = try Sandbox("ctl-follow")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        let follow = Process()
        follow.executableURL = URL(fileURLWithPath: Binaries.sluicectl)
        // --since 0: the store is empty, so the three entries are the first ones whenever follow connects
        follow.arguments = ["follow", "--json", "--since", "0", "--limit", "3", "--state", box.state, "--spool", box.spool]
        let out = Pipe()
        follow.standardOutput = out
        follow.standardError = FileHandle.nullDevice
        try follow.run()
        try box.burst(try distinctArticles(3, prefix: "f"))
        try await waitUntil("follow ends after 3 entries", timeout: .seconds(30)) { !follow.isRunning }
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(follow.terminationStatus == 0)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("\"source_name\":\"f0000") })
        #expect(try await daemon.stop() == 0)
    }

    @Test func mutatingCommands_areRefusedToOtherUsers_readCommandsAreNot() async throws {
        let box = try Sandbox("ctl-auth")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        // Let everyone reach the socket: the daemon must then decide by SO_PEERCRED
        let socket = box.state + "/control.sock"
        chmod(socket, 0o666)
        for dir in [box.root.path, box.state] { chmod(dir, 0o755) }
        func asNobody(_ arguments: [String]) async throws -> CommandResult {
            try await run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", Binaries.sluicectl] + arguments + ["--socket", socket])
        }
        for command in [["pause"], ["resume"], ["reload"], ["retry", "x"], ["hold", "x"], ["release", "x"]] {
            let result = try await asNobody(command)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("allowed only for"), "\(command): \(result.stderr)")
        }
        let status = try await asNobody(["status", "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        try await waitUntil("refusals logged") { daemon.log.components(separatedBy: "refused a mutating control command").count - 1 == 6 }
        #expect(daemon.log.contains("peer.uid=65534"))
        #expect(try await daemon.stop() == 0)
    }

    @Test func daemonDown_readCommandsUseTheStore_daemonCommandsExit3() async throws {
        try await withSeeds("ctl-down") { box, daemon in
            #expect(try await daemon.stop() == 0)
            let list = try await box.ctl(["list", "--json"])
            #expect(list.status == 0)
            #expect(list.stderr.contains("not reachable"))
            #expect((try json(list) as? [Any])?.count == 5)
            let status = try await json(try box.ctl(["status", "--json"])) as? [String: Any]
            #expect(status?["ingested"] as? Int == 5)
            #expect(status?["daemon"] is NSNull)
            for command in ["pause", "resume", "reload", "metrics"] {
                let result = try await box.ctl([command])
                #expect(result.status == 3, "\(command): \(result.stderr)")
                #expect(result.stderr.contains(box.state + "/control.sock"))
            }
        }
    }

    @Test func reload_overTheSocket_reportsAnInvalidConfiguration() async throws {
        let box = try Sandbox("ctl-reload")
        defer { box.remove() }
        let config = try box.root.write("c.toml", "tagging = false\n")
        let daemon = try box.startDaemon(["--config", config])
        try await box.waitForSpool(daemon)
        #expect(try await box.ctl(["reload"]).status == 0)
        try box.root.write("c.toml", "tagging = 3\n")
        let bad = try await box.ctl(["reload"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("tagging"))
        #expect(daemon.isRunning)
        #expect(try await daemon.stop() == 0)
    }

    @Test func socketActivation_takesTheFdNamedControl() async throws {
        let box = try Sandbox("ctl-activate")
        defer { box.remove() }
        guard let activate = ["/usr/bin/systemd-socket-activate", "/bin/systemd-socket-activate"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("systemd-socket-activate is missing (Debian package systemd); make test-deps installs it")
            return
        }
        let socket = box.root.appending("activated.sock")
        let config = try box.root.write("c.toml", "tagging = false\nspool = \"\(box.spool)\"\nstate = \"\(box.state)\"\n")
        // systemd-socket-activate binds the socket, then execs sluiced on the first connection with
        // LISTEN_FDS=1, LISTEN_FDNAMES=control. It is started detached, with no fd but 0-2, by a python3
        // that exits at once: systemd-socket-activate closes every inherited fd before exec, which
        // Foundation's Process would take for its child's exit (and block its reaper thread on it).
        let pidFile = box.root.appending("activate.pid")
        let log = box.root.appending("activate.log")
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let spawn = """
            import os, subprocess, sys
            log, pidfile = sys.argv[1], sys.argv[2]
            p = subprocess.Popen(sys.argv[3:], stdin=subprocess.DEVNULL, stdout=open(log, "w"), stderr=subprocess.STDOUT, close_fds=True, start_new_session=True)
            open(pidfile, "w").write(str(p.pid))
            """
        let launched = try await run("/usr/bin/python3", ["-c", spawn, log, pidFile, activate, "-l", socket, "--fdname=control", Binaries.sluiced, "--config", config],
                               environment: environment)
        #expect(launched.status == 0)
        let daemonPID = Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        try #require(daemonPID > 0)
        defer { kill(daemonPID, SIGKILL) }
        try await waitUntil("socket bound by systemd-socket-activate") { FileManager.default.fileExists(atPath: socket) }

        // The first connection starts the daemon, which answers on the inherited socket
        var ping = try await run(Binaries.sluicectl, ["status", "--json", "--socket", socket, "--state", box.state, "--spool", box.spool])
        try await waitUntil("daemon answers on the activated socket") {
            ping = try await run(Binaries.sluicectl, ["status", "--json", "--socket", socket, "--state", box.state, "--spool", box.spool])
            return ping.status == 0 && !ping.stderr.contains("not reachable")
        }
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("socket activation"))
        #expect(!FileManager.default.fileExists(atPath: box.state + "/control.sock"))
        // A clean stop logs its totals as the last thing before exit 0
        kill(daemonPID, SIGTERM)
        try await waitUntil("daemon stops cleanly") {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("sluiced stopped")
        }
    }

    /// The daemon's peak resident set (VmHWM) in KiB.
    static func peakRSS(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test func export_of10kEntries_streamsInFlatMemory() async throws {
        let box = try Sandbox("ctl-export")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)
        let files = try distinctArticles(10_000)
        try box.burst(files)
        try await waitUntil("10k ingested", timeout: .seconds(120)) { try await box.status().ingested == 10_000 }
        let before = Self.peakRSS(daemon.pid)

        // When all of it (~35 MB of JSON) is exported through the socket
        let out = box.root.appending("export.jsonl")
        let result = try await run("/bin/sh", ["-c", "\"$0\" export --state \"$1\" --spool \"$2\" > \"$3\"", Binaries.sluicectl, box.state, box.spool, out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("exported 10000 entries; last seq 10000"))
        let size = (try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        #expect(size > 32 << 20, "\(size) bytes exported")

        // Then the daemon's peak memory grew by less than what went through it: SQLite's page cache
        // (16 MiB a connection) plus a little, not the export's size
        let after = Self.peakRSS(daemon.pid)
        #expect(after - before < 24 << 10, "peak RSS grew from \(before) KiB to \(after) KiB while exporting \(size) bytes")
        #expect(try await daemon.stop() == 0)
    }
}
