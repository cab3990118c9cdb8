import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// sluiced under a fake service manager: a datagram socket bound by the test as `NOTIFY_SOCKET`,
/// `WATCHDOG_USEC` set as systemd sets it. What systemd would see: READY=1 only after the first scan,
/// STATUS= lines, WATCHDOG=1 only while the pipeline makes progress, RELOADING=1/READY=1 on SIGHUP,
/// STOPPING=1 on SIGTERM.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct SystemdNotifyEndToEndTests {
    /// A sandbox with a listener on `box/notify`.
    struct Harness {
        let box: Sandbox
        let listener: NotifyListener
        init(_ label: String) throws {
            box = try Sandbox(label)
            listener = try NotifyListener(path: box.root.appending("notify"))
        }
        func start(watchdog: Duration? = nil, faults: String? = nil, config: String = "tagging = false\n") throws -> DaemonProcess {
            var environment = ["NOTIFY_SOCKET": listener.path]
            if let watchdog { environment["WATCHDOG_USEC"] = "\(watchdog.components.seconds * 1_000_000 + watchdog.components.attoseconds / 1_000_000_000_000)" }
            if let faults { environment["SLUICE_FAULTS"] = faults }
            let file = try box.root.write("sluiced.toml", config)
            return try box.startDaemon(["--config", file], environment: environment)
        }
        func ready() async throws -> Int {
            try await listener.waitFor("READY=1") { $0["READY"] == "1" }
        }
        func remove() { listener.close(); box.remove() }
    }

    @Test func ready_isSentOnlyAfterTheFirstScan() async throws {
        let h = try Harness("notify-ready")
        defer { h.remove() }
        // Given 300 files already waiting, and a queue, a batch and one worker small enough that the
        // first scan can finish only once most of them went through
        try FileManager.default.createDirectory(atPath: h.box.spool + "/incoming", withIntermediateDirectories: true)
        for (name, contents) in try distinctArticles(300) {
            try Data(contents).write(to: URL(fileURLWithPath: h.box.spool + "/incoming/" + name))
        }
        let daemon = try h.start(config: "tagging = false\nqueue-capacity = 8\nbatch-size = 8\nworkers = 1\n")

        // When READY=1 arrives, its STATUS counts what was ingested before it
        let index = try await h.ready()
        let status = h.listener.messages[index]["STATUS"] ?? ""
        let ingested = Int(status.split(separator: "ingested ").last?.split(separator: ",").first ?? "") ?? -1

        // Then at most queue + worker + buffer + batch (33) files were still on their way
        #expect(ingested >= 300 - 33, "READY=1 came before the first scan finished: \(status)")
        #expect(h.listener.messages[..<index].allSatisfy { $0["READY"] == nil })
        #expect(try await daemon.stop() == 0)
    }

    @Test func healthyDaemon_sendsStatusAndWatchdogPings_whileIngesting() async throws {
        let h = try Harness("notify-watchdog")
        defer { h.remove() }
        let daemon = try h.start(watchdog: .milliseconds(400))
        let ready = try await h.ready()
        // A ping arrives every 200 ms while idle
        try await waitUntil("three pings") { h.listener.messages.dropFirst(ready).filter { $0["WATCHDOG"] == "1" }.count >= 3 }

        // When files arrive, pings go on and STATUS= reports them
        try h.box.burst(try distinctArticles(200))
        try await h.listener.waitFor("STATUS with 200 ingested", after: ready) { $0["STATUS"]?.contains("ingested 200") == true }
        let pings = h.listener.messages(with: "WATCHDOG").count
        try await waitUntil("pings after the burst") { h.listener.messages(with: "WATCHDOG").count >= pings + 2 }
        #expect(try await daemon.stop() == 0)
    }

    @Test func hungCommit_stopsTheWatchdogPings() async throws {
        let h = try Harness("notify-hang")
        defer { h.remove() }
        let daemon = try h.start(watchdog: .milliseconds(400), faults: "commit-hang")
        let ready = try await h.ready()
        try await h.listener.waitFor("a first ping", after: ready) { $0["WATCHDOG"] == "1" }

        // When a file is dropped, its batch commit hangs
        try h.box.drop("one.txt", Array("a file whose commit hangs\n".utf8))
        try await waitUntil("the daemon notices it makes no progress") { daemon.log.contains("not pinging") }

        // Then no ping arrives for ten watchdog periods (one may have been on its way)
        let mark = h.listener.messages.count
        await #expect(throws: DeadlineExceeded.self) {
            try await waitUntil("a ping after the hang", timeout: .seconds(2)) {
                h.listener.messages.dropFirst(mark).filter { $0["WATCHDOG"] == "1" }.count >= 2
            }
        }
        #expect(daemon.isRunning)
        daemon.send(SIGKILL)
        try await daemon.waitForExit()
    }

    @Test func sighup_sendsReloadingThenReady_alsoWhenTheNewConfigurationIsInvalid() async throws {
        let h = try Harness("notify-reload")
        defer { h.remove() }
        let daemon = try h.start()
        let ready = try await h.ready()

        // When the daemon gets SIGHUP
        daemon.send(SIGHUP)
        let reloading = try await h.listener.waitFor("RELOADING=1", after: ready) { $0["RELOADING"] == "1" }
        let monotonic = UInt64(h.listener.messages[reloading]["MONOTONIC_USEC"] ?? "") ?? 0
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        #expect(monotonic > 0 && monotonic <= UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000)
        let readyAgain = try await h.listener.waitFor("READY=1 after RELOADING=1", after: reloading) { $0["READY"] == "1" }

        // And again with a broken configuration file: the old one is kept, systemd still hears READY=1
        try h.box.root.write("sluiced.toml", "tagging = maybe\n")
        daemon.send(SIGHUP)
        let second = try await h.listener.waitFor("second RELOADING=1", after: readyAgain) { $0["RELOADING"] == "1" }
        try await h.listener.waitFor("READY=1 after the failed reload", after: second) { $0["READY"] == "1" }
        try await waitUntil("the failure is logged") { daemon.log.contains("reload failed; keeping the running configuration") }

        // And the daemon still ingests
        try h.box.drop("after.txt", Array("still ingesting after a failed reload\n".utf8))
        try await waitUntil("ingested") { try await h.box.status().ingested == 1 }
        #expect(try await daemon.stop() == 0)
    }

    @Test func sigterm_sendsStopping_finishesTheBatch_andExitsZero_withNothingLost() async throws {
        let h = try Harness("notify-stop")
        defer { h.remove() }
        let daemon = try h.start()
        let ready = try await h.ready()
        let files = try distinctArticles(500)
        try h.box.burst(files)

        // When SIGTERM arrives mid-burst
        try await waitUntil("some ingested") { try await h.box.status().ingested > 0 }
        daemon.send(SIGTERM)
        try await h.listener.waitFor("STOPPING=1", after: ready) { $0["STOPPING"] == "1" }
        #expect(try await daemon.waitForExit() == 0)

        // Then every file is either stored once or still waiting in incoming/; nothing in active/
        let stored = try await h.box.entries().map(\.source_name)
        #expect(Set(stored).count == stored.count)
        #expect(h.box.names(in: "active").isEmpty)
        #expect(Set(stored).union(h.box.names(in: "incoming")) == Set(files.map(\.name)))
    }
}
