import SluiceControl
import SluiceCore

/// The running daemon as the control commands see it.
struct LiveDaemon: DaemonControl {
    let monitor: DaemonMonitor
    let reloader: Reloader
    let metricsText: @Sendable () -> String

    func status() -> DaemonStatus { monitor.status() }
    func pause() { monitor.queue.pause() }
    func resume() { monitor.queue.resume() }
    func reload() throws(ConfigError) -> [String] { try reloader.reload(trigger: "sluicectl reload") }
    var commits: CommitFeed { monitor.statistics.commits }
    func metrics() -> String { metricsText() }
}
