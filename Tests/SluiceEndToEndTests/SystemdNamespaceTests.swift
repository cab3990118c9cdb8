import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// The deployed units under a real systemd (PID 1 of private namespaces, see `SystemdNamespace`):
/// installed the way an operator does (`scripts/install-sluice`, systemd-sysusers, systemd-tmpfiles),
/// socket-activated, hardened, fed by a producer of group sluice, reloaded, killed by the watchdog when
/// a commit hangs and restarted, then stopped cleanly.
@Suite("sluiced under a real systemd", .serialized)
struct SystemdNamespaceTests {
    static let spool = "/var/spool/sluice"
    static let state = "/var/lib/sluice"
    static let controlSocket = "/run/sluice/control.sock"
    static let nobody = "65534"

    @Test("install, socket activation, ingest as a producer, reload, watchdog restart, stop", .timeLimit(.minutes(2)))
    func deployedUnitsUnderSystemd() async throws {
        if let reason = SystemdNamespace.unavailableReason {
            print("SystemdNamespaceTests skipped: \(reason)")
            return
        }
        let ns: SystemdNamespace
        do {
            ns = try await SystemdNamespace()
        } catch let error as SystemdNamespace.NamespaceUnavailable {
            print("SystemdNamespaceTests skipped: the namespace cannot start here: \(error.reason)")
            return
        }
        defer { ns.shutdown() }

        /// Runs a command in the namespace; records an issue (with the unit's journal) when it fails.
        @discardableResult
        func expectSuccess(_ command: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> CommandResult {
            let result = try await ns.run(command)
            if result.status != 0 {
                Issue.record("\(what): `\(command.joined(separator: " "))` exited \(result.status)\n\(result.stdout)\(result.stderr)\n\(await diagnostics(ns))",
                             sourceLocation: sourceLocation)
            }
            return result
        }

        // 1. Install like an operator: binaries + bundle into /usr/local/bin, units into
        //    /usr/local/lib/systemd/system, sysusers/tmpfiles entries, /etc/sluice (all in the overlays).
        try #require(try await expectSuccess(["env", "DESTDIR=", "PREFIX=/usr/local", Seeds.repositoryRoot + "/scripts/install-sluice", "install", Binaries.directory],
                                       "install").status == 0)
        try #require(try await expectSuccess(["systemd-sysusers", "sluice.conf"], "systemd-sysusers").status == 0)
        try #require(try await expectSuccess(["systemd-tmpfiles", "--create", "sluice.conf"], "systemd-tmpfiles").status == 0)
        let passwd = try await ns.run(["getent", "passwd", "sluice"]).stdout
        #expect(passwd.contains(":/var/lib/sluice:/usr/sbin/nologin"), "sluice user: \(passwd)")
        let sluiceGID = try await ns.run(["getent", "group", "sluice"]).stdout.split(separator: ":").dropFirst(2).first.map(String.init) ?? ""
        try #require(!sluiceGID.isEmpty, "no group sluice after systemd-sysusers")
        let spoolModes = try await ns.shell("stat -c '%n %a %U:%G' \(Self.spool) \(Self.spool)/tmp \(Self.spool)/incoming \(Self.spool)/active").stdout
        #expect(spoolModes == """
            \(Self.spool) 750 sluice:sluice
            \(Self.spool)/tmp 2770 sluice:sluice
            \(Self.spool)/incoming 2770 sluice:sluice
            \(Self.spool)/active 750 sluice:sluice

            """, "spool tree from tmpfiles.d:\n\(spoolModes)")

        // The service must find its resource bundle beside /usr/local/bin/sluiced: hide the build
        // directory (Bundle.module's compiled-in fallback) from the namespace.
        try #require(try await expectSuccess(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", Binaries.directory], "hiding the build directory").status == 0)
        // A debug build links the Swift runtime from the toolchain; ProtectHome=yes hides it if the
        // toolchain lives under a home directory (swiftly). Test-only drop-in, the shipped unit is unchanged.
        if let runtime = Self.swiftRuntimeDirectory(), ["/root/", "/home/", "/run/user/"].contains(where: runtime.hasPrefix) {
            try writeDropIn(ns, "10-toolchain.conf", "[Service]\nProtectHome=tmpfs\nBindReadOnlyPaths=\(runtime)\n")
        }
        try #require(try await expectSuccess(["systemctl", "daemon-reload"], "daemon-reload").status == 0)

        // 2. Socket first, then the service (Type=notify: start returns after READY=1).
        try #require(try await expectSuccess(["systemctl", "start", "sluiced.socket"], "start sluiced.socket").status == 0)
        let socketMode = try await ns.shell("stat -c '%F %a %U:%G' \(Self.controlSocket)").stdout
        #expect(socketMode == "socket 660 sluice:sluice\n", "control socket: \(socketMode)")
        try #require(try await expectSuccess(["systemctl", "start", "sluiced.service"], "start sluiced.service").status == 0)
        var props = try await ns.show("sluiced.service", ["ActiveState", "SubState", "MainPID", "StatusText"])
        #expect(props["ActiveState"] == "active", "after start: \(props)")
        try await waitUntil("sluiced sends STATUS=", timeout: .seconds(10)) {
            props = try await ns.show("sluiced.service", ["ActiveState", "StatusText", "MainPID"])
            return !(props["StatusText"] ?? "").isEmpty
        }
        let mainPID = props["MainPID"] ?? "0"
        // It runs as sluice with CAP_LEASE and nothing else.
        let creds = try await ns.shell("grep -E '^(Uid|Gid|CapEff|CapAmb|NoNewPrivs|Seccomp):' /proc/\(mainPID)/status").stdout
        let uid = try await ns.run(["id", "-u", "sluice"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(creds.contains("Uid:\t\(uid)\t\(uid)\t\(uid)\t\(uid)"), "sluiced's credentials:\n\(creds)")
        #expect(creds.contains("CapEff:\t0000000010000000"), "effective capabilities should be CAP_LEASE only:\n\(creds)")
        #expect(creds.contains("CapAmb:\t0000000010000000"), "ambient capabilities should be CAP_LEASE only:\n\(creds)")
        #expect(creds.contains("Seccomp:\t2"), "no seccomp filter:\n\(creds)")

        // 3. A producer (nobody, member of group sluice, umask 022) writes into tmp/ and renames into
        //    incoming/: files owned by another user, so taking a lease on them needs CAP_LEASE.
        let seeds = Seeds.names
        try #require(!seeds.isEmpty)
        let staging = ns.hostPath("/tmp/seeds")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        for name in seeds {
            try Data(try Seeds.bytes(name)).write(to: URL(fileURLWithPath: staging + "/" + name))
        }
        _ = try await ns.run(["chmod", "-R", "a+rX", "/tmp/seeds"])
        try await produce(ns, gid: sluiceGID, from: "/tmp/seeds")
        try await waitUntil("the \(seeds.count) seeds are ingested", timeout: .seconds(30)) {
            try await storeStatus(ns)["ingested"] == seeds.count
        }
        var status = try await storeStatus(ns)
        let failedFiles = try await ns.shell("ls -l \(Self.spool)/failed").stdout
        #expect(status["failed"] == 0, "quarantined: \(status) \(failedFiles)")
        #expect(status["ingested"] == seeds.count)

        // The control socket, as the producer (group sluice may connect; reads are for everyone there).
        let viaSocket = try await ns.run(["setpriv", "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--groups=\(sluiceGID)",
                                    "/usr/local/bin/sluicectl", "status", "--json", "--socket", Self.controlSocket])
        #expect(viaSocket.status == 0 && Self.ingested(viaSocket.stdoutData) == seeds.count,
                "sluicectl status --socket \(Self.controlSocket) as a member of group sluice (exit \(viaSocket.status)):\n\(viaSocket.stdout)\(viaSocket.stderr)")

        // 4. Reload (ExecReload=sluicectl reload): succeeds, same process, still active.
        try await expectSuccess(["systemctl", "reload", "sluiced.service"], "systemctl reload sluiced")
        props = try await ns.show("sluiced.service", ["ActiveState", "MainPID"])
        #expect(props["ActiveState"] == "active" && props["MainPID"] == mainPID, "after reload: \(props) (was pid \(mainPID))")

        // 5. The watchdog: a commit that hangs stops the pings; systemd aborts and restarts sluiced.
        let restartsBefore = await Int(try ns.show("sluiced.service", ["NRestarts"])["NRestarts"] ?? "") ?? 0
        try writeDropIn(ns, "50-fault.conf", """
            [Service]
            Environment=SLUICE_FAULTS=commit-hang
            WatchdogSec=2s
            TimeoutStopSec=3s
            LimitCORE=0

            """)
        try #require(try await expectSuccess(["systemctl", "daemon-reload"], "daemon-reload").status == 0)
        try #require(try await expectSuccess(["systemctl", "restart", "sluiced.service"], "restart with the hang fault").status == 0)
        let extra = ns.hostPath("/tmp/extra")
        try FileManager.default.createDirectory(atPath: extra, withIntermediateDirectories: true)
        try Data(try Seeds.bytes(seeds[0]) + Array("\n\nwatchdog test article\n".utf8)).write(to: URL(fileURLWithPath: extra + "/watchdog.txt"))
        _ = try await ns.run(["chmod", "-R", "a+rX", "/tmp/extra"])
        try await produce(ns, gid: sluiceGID, from: "/tmp/extra")
        do {
            try await waitUntil("systemd restarts sluiced after a watchdog timeout", timeout: .seconds(30)) {
                await (Int(try ns.show("sluiced.service", ["NRestarts"])["NRestarts"] ?? "") ?? 0) > restartsBefore
            }
            let journal = try await ns.run(["journalctl", "--no-pager", "-u", "sluiced.service"]).stdout
            if !(journal + ns.bootLog).contains("sluiced.service: Watchdog timeout") {
                Issue.record("PID 1 did not log a watchdog timeout:\n\(await diagnostics(ns))")
            }
        } catch {
            Issue.record("no watchdog restart: \(error)\n\(await diagnostics(ns))")
        }

        // 6. Without the fault: the file the hung commit held comes back from active/ and is stored once.
        try await expectSuccess(["systemctl", "stop", "sluiced.service"], "stop the hung daemon")
        _ = try await ns.run(["rm", "-f", "/run/systemd/system/sluiced.service.d/50-fault.conf"])
        try #require(try await expectSuccess(["systemctl", "daemon-reload"], "daemon-reload").status == 0)
        // The watchdog restarts count against the start limit (5 starts in 10 s).
        try await expectSuccess(["systemctl", "reset-failed", "sluiced.service"], "reset-failed")
        try #require(try await expectSuccess(["systemctl", "start", "sluiced.service"], "start without the fault").status == 0)
        try await waitUntil("the watchdog test article is ingested after the restart", timeout: .seconds(30)) {
            try await storeStatus(ns)["ingested"] == seeds.count + 1
        }
        status = try await storeStatus(ns)
        #expect(status["failed"] == 0 && status["duplicates"] == 0, "after recovery: \(status)")

        // 7. Stop: SIGTERM, STOPPING=1, exit 0. The socket (and /run/sluice) stay for the next activation.
        try await expectSuccess(["systemctl", "stop", "sluiced.service"], "systemctl stop sluiced")
        props = try await ns.show("sluiced.service", ["ActiveState", "Result", "ExecMainStatus", "ExecMainCode"])
        if !(props["ActiveState"] == "inactive" && props["Result"] == "success" && props["ExecMainStatus"] == "0") {
            Issue.record("after stop: \(props)\n\(await diagnostics(ns))")
        }
        let socketState = try await ns.run(["systemctl", "is-active", "sluiced.socket"]).stdout
        #expect(socketState == "active\n", "sluiced.socket after the service stopped: \(socketState)")
        let socketKept = try await ns.run(["test", "-S", Self.controlSocket]).status
        #expect(socketKept == 0, "\(Self.controlSocket) vanished when the service stopped")
    }

    // MARK: - Helpers

    /// A producer of group sluice: copies every file of `dir` into tmp/, then renames it into incoming/.
    func produce(_ ns: SystemdNamespace, gid: String, from dir: String) async throws {
        let result = try await ns.run([
            "setpriv", "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--groups=\(gid)", "sh", "-c",
            "umask 022; cd \(Self.spool) && for f in \"$0\"/*; do n=${f##*/}; cp \"$f\" tmp/\"$n\" && mv tmp/\"$n\" incoming/\"$n\" || exit 1; done",
            dir,
        ])
        #expect(result.status == 0, "producer drop failed:\n\(result.stdout)\(result.stderr)")
    }

    /// `sluicectl status --json --state … --spool …` inside the namespace (reads the store directly).
    func storeStatus(_ ns: SystemdNamespace) async throws -> [String: Int] {
        let result = try await ns.run(["/usr/local/bin/sluicectl", "status", "--json", "--state", Self.state, "--spool", Self.spool])
        guard result.status == 0, let object = try? JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any] else {
            return [:]
        }
        return object.compactMapValues { $0 as? Int }
    }

    static func ingested(_ json: Data) -> Int? {
        ((try? JSONSerialization.jsonObject(with: json)) as? [String: Any])?["ingested"] as? Int
    }

    /// A drop-in for sluiced.service under /run/systemd/system (runtime, test only).
    func writeDropIn(_ ns: SystemdNamespace, _ name: String, _ text: String) throws {
        let dir = ns.hostPath("/run/systemd/system/sluiced.service.d")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
    }

    /// What to show when something fails: the unit's state and journal, and PID 1's log.
    func diagnostics(_ ns: SystemdNamespace) async -> String {
        let status = (try? await ns.run(["systemctl", "status", "--no-pager", "--lines=0", "sluiced.service", "sluiced.socket"]).stdout) ?? ""
        let journal = (try? await ns.run(["journalctl", "--no-pager", "-n", "40", "-u", "sluiced.service", "-u", "sluiced.socket"]).stdout) ?? ""
        return "--- systemctl status\n\(status)\n--- journal\n\(journal)\n--- PID 1\n\(ns.bootLog.suffix(2000))"
    }

    /// The directory of the libswiftCore.so this test process runs with (a debug sluiced uses the same).
    static func swiftRuntimeDirectory() -> String? {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8),
              let line = maps.split(separator: "\n").first(where: { $0.hasSuffix("/libswiftCore.so") }),
              let slash = line.firstIndex(of: "/") else { return nil }
        return (String(line[slash...]) as NSString).deletingLastPathComponent
    }
}
