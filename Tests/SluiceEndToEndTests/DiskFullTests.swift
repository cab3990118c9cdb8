import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// The store's file system fills up (docs/reliability.md): the state directory is a small tmpfs in a
/// private mount namespace, filled with a filler file while files arrive. sluiced must stop claiming,
/// say `store-full` in its status and log, lose nothing, and resume by itself once space returns.
@Suite(.serialized, .timeLimit(.minutes(10)), .enabled(if: SmallFileSystem.unavailableReason == nil, Comment(rawValue: SmallFileSystem.unavailableReason ?? "")))
struct DiskFullTests {
    /// The part of `sluicectl status --json` that is the running daemon's own view.
    struct DaemonView: Decodable {
        struct Daemon: Decodable {
            struct Totals: Decodable { var condition: String?; var progress: Int }
            var totals: Totals
        }
        var daemon: Daemon?
        var incoming: Int
        var ingested: Int
    }

    /// Status calls that failed while sluiced kept running (ci-fresh once saw "closed the connection
    /// without answering" right after the file system filled; never reproduced). A few are tolerated
    /// and printed with the daemon's log tail; a dead daemon or a failing status is not.
    final class FailedCalls: @unchecked Sendable {
        var messages: [String] = []
    }

    /// `sluicectl status --json`, decoded; a failed call while sluiced runs is retried once. On failure the
    /// error carries the daemon's state and log tail.
    func daemonView(_ box: Sandbox, _ daemon: DaemonProcess, _ failed: FailedCalls) async throws -> DaemonView {
        func call() async throws -> (view: DaemonView?, report: String) {
            let result = try await box.ctl(["status", "--json"])
            if result.status == 0 { return (try JSONDecoder().decode(DaemonView.self, from: result.stdoutData), "") }
            return (nil, "sluicectl status: \(result.stderr)\nsluiced running: \(daemon.isRunning); its log ends:\n\(daemon.log.suffix(4000))")
        }
        let first = try await call()
        if let view = first.view { return view }
        guard daemon.isRunning else { throw DeadlineExceeded(description: first.report) }
        failed.messages.append(first.report)
        print("disk full: a status call failed while sluiced runs; retrying once\n\(first.report)")
        let retry = try await call()
        guard let view = retry.view else { throw DeadlineExceeded(description: retry.report) }
        return view
    }

    @Test func storeFileSystemFull_claimingStops_statusSaysStoreFull_resumesWhenSpaceReturns() async throws {
        let before = Torture.size(quick: 100, ci: 300, full: 1000)
        let during = Torture.size(quick: 400, ci: 1500, full: 5000)
        var box = try Sandbox("full")
        defer { box.remove() }
        // Room for the whole store (about 10 KiB a file with its text, index and WAL) once the filler goes.
        let fs = try await SmallFileSystem(mountPoint: box.state, size: "\(max(8, (before + during) * 24 / 1000))m")
        defer { fs.stop() }
        box.launcher = fs.launcher
        let files = try distinctArticles(before + during, prefix: "full")
        var dropped = DroppedFiles()
        for f in files { dropped.addGood(f.name, f.contents) }
        // A queue smaller than the backlog: a start on the full disk must still finish its first scan.
        let config = "batch-size = 32\nqueue-capacity = 64\n"

        // Given a daemon whose store is on the small file system, with some files stored, under a fake
        // service manager
        let listener = try NotifyListener(path: box.root.appending("notify"))
        defer { listener.close() }
        let failed = FailedCalls()
        var daemon = try box.startRawDaemon(extraConfig: config, environment: ["NOTIFY_SOCKET": listener.path])
        try await box.waitForSpool(daemon)
        try box.burst(Array(files[..<before]))
        try await waitUntil("\(before) stored", timeout: .seconds(60)) { try await box.status().ingested == before }

        // When the file system fills up and more files arrive
        let filled = try fs.fill()
        try box.burst(Array(files[before...]))

        // Then the daemon reports store-full (status, STATUS= line, log) and stops claiming
        try await waitUntil("status says store-full", timeout: .seconds(60)) { try await daemonView(box, daemon, failed).daemon?.totals.condition == "store-full" }
        let first = try await daemonView(box, daemon, failed)
        try await waitUntil("two more failed commit attempts", timeout: .seconds(60)) {
            try await daemonView(box, daemon, failed).daemon?.totals.progress ?? 0 >= (first.daemon?.totals.progress ?? 0) + 2
        }
        let later = try await daemonView(box, daemon, failed)
        #expect(later.daemon?.totals.condition == "store-full")
        #expect(later.incoming > 0, "claiming did not stop: incoming/ was emptied while the store was full")
        #expect(later.incoming == first.incoming, "files were claimed while the store was full")
        #expect(later.ingested < before + during)
        let human = try await box.ctl(["status"])
        #expect(human.stdout.contains("store-full: not claiming"))
        #expect(daemon.log.contains("the store cannot commit; claiming stops until it can"))
        #expect(daemon.log.contains("store-full"))
        _ = try await listener.waitFor("STATUS= says store-full") { $0["STATUS"]?.hasPrefix("store-full: not claiming; ") == true }
        print("disk full: filled \(filled) bytes; while full: stored \(later.ingested) of \(before + during), incoming \(later.incoming), condition \(later.daemon?.totals.condition ?? "-")")

        // When it is killed while the store is full and starts again on the still full file system
        daemon.send(SIGKILL)
        try await daemon.waitForExit()
        daemon = try box.startRawDaemon(extraConfig: config)
        try await box.waitForSpool(daemon)

        // Then it recovers active/, comes up and reports the same condition
        try await waitUntil("status says store-full after the restart", timeout: .seconds(60)) { try await daemonView(box, daemon, failed).daemon?.totals.condition == "store-full" }

        // And a graceful stop does not wait for the store: it exits 0 at once, leaving the batch in
        // active/ for the next start (well within the 20 s shutdown limit)
        #expect(try await daemon.stop(timeout: .seconds(10)) == 0)
        daemon = try box.startRawDaemon(extraConfig: config)
        try await box.waitForSpool(daemon)

        // When space returns
        try fs.free()

        // Then it resumes by itself and finishes: every file once, nothing left, the chain verifies
        var last: DaemonView?
        try await waitUntil("all stored after space returned (last: \(String(describing: last)))", timeout: .seconds(Torture.level == .quick ? 120 : 600)) {
            let view = try await daemonView(box, daemon, failed)
            last = view
            return view.ingested == before + during && view.daemon?.totals.condition == nil
        }
        try await waitUntil("spool empty") { try await box.status().queued == 0 }
        #expect(daemon.log.contains("the store commits again; claiming resumed"))
        #expect(try await daemon.stop() == 0)
        let found = try await dropped.check(box)
        #expect(found.isClean, "\(found)")
        #expect(try await box.status().duplicates == 0)
        #expect(failed.messages.count <= 2, "status calls failed while sluiced ran:\n\(failed.messages.joined(separator: "\n"))")
    }
}
