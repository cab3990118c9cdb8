public import Logging
public import ServiceLifecycle
public import SluiceCore

/// Samples the daemon's rate once a second and sends `STATUS=` when the line changed (so at most once
/// a second); sends `STOPPING=1` when graceful shutdown begins.
public struct StatusService: Service {
    private let notifier: SystemdNotifier
    private let monitor: DaemonMonitor
    private let period: Duration

    public init(notifier: SystemdNotifier, monitor: DaemonMonitor, period: Duration = .seconds(1)) {
        self.notifier = notifier
        self.monitor = monitor
        self.period = period
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            var last = ""
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                monitor.sample()
                let status = monitor.status()
                // Before READY=1 the status is systemd's own "activating"; the ready message carries
                // the first line.
                if status.state != .starting, status.summary != last {
                    last = status.summary
                    notifier.status(last)
                }
                // Ends the wait early when shutdown begins.
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: period) }
            }
        } onGracefulShutdown: {
            monitor.enter(.stopping)
            notifier.stopping(status: "stopping: committing the current batch")
        }
    }
}
