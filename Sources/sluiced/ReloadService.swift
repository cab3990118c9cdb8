import Logging
import ServiceLifecycle
import SluiceCore
import UnixSignals

/// Re-reads the configuration on SIGHUP and swaps in a parser built from it: new topic rules (and the
/// tagging switch) apply to files claimed after the reload. An invalid configuration is logged and the
/// running one kept. Settings of the spool, the store and the batching take effect at the next start.
struct ReloadService: Service {
    let parser: ParserHolder
    let running: SluiceConfiguration
    let reload: @Sendable () throws(ConfigError) -> SluiceConfiguration
    let logger: Logger

    func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            do {
                let next = try reload()
                parser.replace(with: try Daemon.makeParser(next))
                logger.notice("configuration reloaded; topic rules and tagging apply to new files", metadata: [
                    "config.tagging": "\(next.tagging)", "config.topics": "\(next.topicsFile ?? "default")",
                ])
                let later = restartOnly(next)
                if !later.isEmpty {
                    logger.warning("some changed settings take effect only after a restart", metadata: ["config.keys": "\(later.joined(separator: ","))"])
                }
            } catch {
                logger.error("reload failed; keeping the running configuration", metadata: ["error.code": "\(error.code.rawValue)", "error.message": "\(error.message)"])
            }
        }
    }

    /// Keys whose new values the running daemon cannot apply.
    func restartOnly(_ next: SluiceConfiguration) -> [String] {
        var keys: [String] = []
        if next.spoolDirectory != running.spoolDirectory { keys.append("spool") }
        if next.stateDirectory != running.stateDirectory { keys.append("state") }
        if next.batchSize != running.batchSize { keys.append("batch-size") }
        if next.batchWindow != running.batchWindow { keys.append("batch-window") }
        if next.batchBytes != running.batchBytes { keys.append("batch-bytes") }
        if next.maxFileSize != running.maxFileSize { keys.append("max-file-size") }
        if next.rescanInterval != running.rescanInterval { keys.append("rescan-interval") }
        if next.queueCapacity != running.queueCapacity { keys.append("queue-capacity") }
        if next.workers != running.workers { keys.append("workers") }
        if next.logLevel != running.logLevel { keys.append("log-level") }
        return keys
    }
}
