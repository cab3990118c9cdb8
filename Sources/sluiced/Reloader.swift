import Logging
import SluiceCore
import SluiceSystemd
import Synchronization

/// Re-reads the configuration and swaps in a parser built from it, telling systemd `RELOADING=1` then
/// `READY=1`. New topic rules (and the tagging switch) apply to files claimed afterwards; an invalid
/// configuration is logged and the running one kept (systemd still gets `READY=1`). Settings of the
/// spool, the store, the socket and the batching take effect at the next start.
final class Reloader: Sendable {
    private let parser: ParserHolder
    private let running: SluiceConfiguration
    private let load: @Sendable () throws(ConfigError) -> SluiceConfiguration
    private let notifier: SystemdNotifier
    private let monitor: DaemonMonitor
    private let logger: Logger
    /// One reload at a time (SIGHUP and `sluicectl reload` may race).
    private let serial = Mutex(())

    init(parser: ParserHolder, running: SluiceConfiguration, load: @escaping @Sendable () throws(ConfigError) -> SluiceConfiguration,
         notifier: SystemdNotifier, monitor: DaemonMonitor, logger: Logger) {
        self.parser = parser
        self.running = running
        self.load = load
        self.notifier = notifier
        self.monitor = monitor
        self.logger = logger
    }

    /// Reloads now. - Returns: the settings that changed but apply only after a restart.
    /// - Throws: the `ConfigError` that made the new configuration unusable (the old one stays).
    @discardableResult
    func reload(trigger: String) throws(ConfigError) -> [String] {
        try serial.withLock { _ throws(ConfigError) -> [String] in
            monitor.enter(.reloading)
            notifier.reloading()
            defer {
                monitor.enter(.running)
                notifier.ready(status: monitor.status().summary)
            }
            do throws(ConfigError) {
                let next = try load()
                parser.replace(with: try Daemon.makeParser(next))
                logger.notice("configuration reloaded; topic rules and tagging apply to new files", metadata: [
                    "config.tagging": "\(next.tagging)", "config.topics": "\(next.topicsFile ?? "default")", "reload.trigger": "\(trigger)",
                ])
                let later = restartOnly(next)
                if !later.isEmpty {
                    logger.warning("some changed settings take effect only after a restart", metadata: ["config.keys": "\(later.joined(separator: ","))"])
                }
                return later
            } catch {
                logger.error("reload failed; keeping the running configuration", metadata: [
                    "error.code": "\(error.code.rawValue)", "error.message": "\(error.message)", "reload.trigger": "\(trigger)",
                ])
                throw error
            }
        }
    }

    /// Keys whose new values the running daemon cannot apply.
    func restartOnly(_ next: SluiceConfiguration) -> [String] {
        var keys: [String] = []
        func check<T: Equatable>(_ key: String, _ path: KeyPath<SluiceConfiguration, T>) {
            if next[keyPath: path] != running[keyPath: path] { keys.append(key) }
        }
        check("spool", \.spoolDirectory)
        check("state", \.stateDirectory)
        check("batch-size", \.batchSize)
        check("batch-window", \.batchWindow)
        check("batch-bytes", \.batchBytes)
        check("max-file-size", \.maxFileSize)
        check("rescan-interval", \.rescanInterval)
        check("queue-capacity", \.queueCapacity)
        check("workers", \.workers)
        check("log-level", \.logLevel)
        check("control-socket", \.controlSocket)
        check("control-group", \.controlGroup)
        check("control-max-clients", \.controlMaxClients)
        check("control-idle-timeout", \.controlIdleTimeout)
        check("metrics-listen", \.metricsListen)
        check("accept-broken-chain", \.acceptBrokenChain)
        return keys
    }
}
