import CSystemd
public import Logging
public import ServiceLifecycle
public import SluiceCore

/// Sends `WATCHDOG=1` at half of `WATCHDOG_USEC` while the pipeline makes progress or is idle.
///
/// Runs only when systemd asked for a watchdog for this pid (`sd_watchdog_enabled(3)`); otherwise
/// `run()` returns at once.
public struct WatchdogService: Service {
    private let notifier: SystemdNotifier
    private let monitor: DaemonMonitor
    private let interval: Duration?
    private let logger: Logger

    /// - Parameter interval: the watchdog timeout; default: what systemd set for this process.
    public init(notifier: SystemdNotifier, monitor: DaemonMonitor, interval: Duration? = WatchdogService.systemdInterval(), logger: Logger) {
        self.notifier = notifier
        self.monitor = monitor
        self.interval = interval
        self.logger = logger
    }

    /// The watchdog timeout systemd set for this process (`WATCHDOG_USEC`, checked against
    /// `WATCHDOG_PID`), or nil.
    public static func systemdInterval() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec))
    }

    public func run() async throws {
        guard let interval, notifier.isEnabled else { return }
        let period = interval / 2
        logger.info("watchdog enabled; pings only while the pipeline makes progress or is idle", metadata: ["watchdog.interval": "\(interval)"])
        var gate = WatchdogGate()
        var silent = false
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let status = monitor.status()
            let observation = WatchdogGate.Observation(progress: status.totals.progress, pending: status.queued + status.inFlight)
            if gate.shouldPing(observation) {
                notifier.watchdog()
                silent = false
            } else if !silent {
                silent = true
                logger.warning("no pipeline progress since the last watchdog ping; not pinging", metadata: [
                    "queue.depth": "\(status.queued)", "queue.in_flight": "\(status.inFlight)",
                ])
            }
            // Ends the wait early when shutdown begins.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: period) }
        }
    }
}
