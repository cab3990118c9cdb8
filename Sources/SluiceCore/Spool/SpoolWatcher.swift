public import Logging
public import ServiceLifecycle

/// Feeds file names from incoming/ into the `IngestQueue`.
///
/// inotify (IN_MOVED_TO, IN_CLOSE_WRITE) is a hint for low latency; the truth is a full scan of
/// incoming/, oldest first: once right after the watch is set, again on IN_Q_OVERFLOW, when the watch
/// is lost, and every `rescanInterval` as a safety net. The queue drops names it already has, so
/// overlapping hints never process a file twice.
public final class SpoolWatcher: Service {
    private let spool: Spool
    private let queue: IngestQueue
    private let rescanInterval: Duration
    private let logger: Logger
    private let rescan = WakeUp()
    private let onFirstScan: @Sendable () -> Void

    /// - Parameter onFirstScan: called once, after the watch is set and the first scan queued every
    ///   file found (the moment systemd may be told READY=1).
    public init(
        spool: Spool, queue: IngestQueue, rescanInterval: Duration, logger: Logger,
        onFirstScan: @escaping @Sendable () -> Void = {}
    ) {
        self.spool = spool
        self.queue = queue
        self.rescanInterval = rescanInterval
        self.logger = logger
        self.onFirstScan = onFirstScan
    }

    /// Asks for a scan of incoming/ now (e.g. when the store commits again after it failed).
    public func requestRescan() { rescan.signal() }

    public func run() async throws {
        let first = try Inotify(watching: spool.incoming)
        try await scan()
        onFirstScan()
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await self.scanLoop() }
            group.addTask {
                var inotify = first
                if FaultInjection.current.isActive(.watcherStall) { try await self.stallUntilReleased() }
                // Polls with a short timeout so that a graceful shutdown is noticed promptly.
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    guard let events = await inotify.next(timeout: .milliseconds(200)) else { break }
                    var watchGone = false
                    for event in events {
                        switch event.kind {
                        case .ready(let name) where !name.isIgnored:
                            await self.queue.offer(name)
                        case .created(let name) where !name.isIgnored && self.spool.isCreatedComplete(name):
                            await self.queue.offer(name)
                        case .ready, .created:
                            break
                        case .overflow:
                            self.logger.notice("inotify queue overflowed; rescanning incoming/")
                            self.rescan.signal()
                        case .watchGone:
                            watchGone = true  // IN_DELETE_SELF and IN_IGNORED come together: one rewatch
                        }
                    }
                    if watchGone {
                        self.logger.error("the watch on incoming/ is gone (directory removed or moved); recreating it")
                        inotify.close()
                        inotify = try await self.rewatch()
                        self.logger.notice("watching incoming/ again", metadata: ["spool.dir": "\(self.spool.incoming)"])
                        self.rescan.signal()
                    }
                }
                self.rescan.signal()
            }
        }
    }

    /// The `watcher-stall` fault point: reads no events until `incoming/.sluice-release-watcher` exists.
    private func stallUntilReleased() async throws {
        let release = spool.incoming + "/" + FaultInjection.watcherReleaseName
        logger.warning("fault watcher-stall: not reading inotify events until \(release) exists")
        while (try? Sys.linkStatus(SystemPath(release)).get()) == nil {
            if Task.isCancelled || Task.isShuttingDownGracefully { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        logger.warning("fault watcher-stall: released")
    }

    /// Recreates the spool tree and the watch after incoming/ went away, retrying until it works.
    private func rewatch() async throws -> Inotify {
        var delay = Duration.milliseconds(100)
        while true {
            do {
                try spool.prepare()
                return try Inotify(watching: spool.incoming)
            } catch {
                logger.error("cannot watch incoming/ again; retrying", error: error)
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }

    private func scanLoop() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let signalled = await rescan.wait(until: .now + rescanInterval)
            if Task.isCancelled || Task.isShuttingDownGracefully { return }
            logger.debug("rescanning incoming/", metadata: ["scan.reason": "\(signalled ? "signal" : "timer")"])
            do {
                try await scan()
            } catch {
                logger.error("scan of incoming/ failed", error: error)
            }
        }
    }

    /// Queues every file in incoming/, oldest first.
    func scan() async throws {
        let entries = try spool.incomingEntries()
        for entry in entries {
            if Task.isShuttingDownGracefully || Task.isCancelled { return }
            await queue.offer(entry.name)
        }
    }
}
