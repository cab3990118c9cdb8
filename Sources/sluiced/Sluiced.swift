import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import SluiceCore
import SluiceStore
import SluiceSystemd
import SluiceText

/// `sluiced`: watches a spool directory and appends every dropped file to the journaled store.
@main
struct Sluiced: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluiced",
        abstract: "Watch a spool directory and append every dropped file to a journaled store.",
        discussion: """
            Producers write a file into SPOOL/tmp/ and rename it into SPOOL/incoming/ (or use \
            `sluicectl submit`). sluiced claims it into active/, checks and parses it, appends it to \
            STATE/sluice.db in a batched, fsync'd transaction and only then removes it. Files that fail \
            a check go to failed/ with a NAME.reason.json. SIGTERM or SIGINT: stop claiming, commit the \
            current batch, exit 0.

            Under systemd (Type=notify) it sends READY=1 once the store is open, the control socket \
            bound, the watch set and the first scan done; STATUS= with queue depth and rate; \
            WATCHDOG=1 at half of WatchdogSec= only while the pipeline makes progress or is idle; \
            RELOADING=1 then READY=1 on SIGHUP or `sluicectl reload` (an invalid configuration is \
            logged and the running one kept); STOPPING=1 on SIGTERM. It takes the control socket \
            from socket activation (FileDescriptorName=control) or binds control-socket itself. Logs go \
            to stderr with <N> priority prefixes, or to journald with SLUICE_* fields when stderr is \
            the journal. While the store cannot commit (a full disk: store-full; an I/O error: \
            store-io-error) it stops claiming, says so in STATUS= and `sluicectl status`, and retries \
            until it can. SLUICE_FAULTS (tests only, docs/reliability.md) switches on fault points: \
            commit-hang makes the first batch commit hang; crash-after-claim, crash-mid-read, \
            crash-mid-batch, crash-after-commit, crash-mid-release, crash-mid-quarantine and \
            crash-during-recovery, each optionally @N (the Nth hit) or @P (probability), SIGKILL it; \
            watcher-stall, inotify-instance-limit and inotify-watch-limit simulate an event storm and \
            the inotify limits.

            At start the end of the store's hash chain is checked (no seq missing, the newest 64 \
            entries, the chain head file STATE/sluice.db-head); when it fails sluiced exits 1 naming \
            the first bad entry, unless --accept-broken-chain (or accept-broken-chain = true) is given.

            Settings come from the built-in defaults, then the configuration file, then these flags. \
            The file is --config, else /etc/sluice/sluiced.toml when it exists.

            Exit status: 0 after a clean stop, 1 on a runtime failure (another sluiced owns the state \
            directory, the spool or store cannot be used, the store's hash chain is broken, the inotify limits \
            are reached), 78 on a configuration error.
            """,
        version: "0.1.0")

    @Option(name: .long, help: ArgumentHelp("Configuration file (TOML).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Spool directory (default ./spool).", valueName: "dir"))
    var spool: String?

    @Option(name: .long, help: ArgumentHelp("State directory holding sluice.db (default ./state).", valueName: "dir"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Control socket to bind when systemd passes none (default $RUNTIME_DIRECTORY/control.sock, else STATE/control.sock).", valueName: "path"))
    var controlSocket: String?

    @Option(name: .long, help: ArgumentHelp("trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: String?

    @Flag(name: .long, help: ArgumentHelp("Start even when the store's hash chain fails the start-up check (logged as critical); see `sluicectl verify`."))
    var acceptBrokenChain = false

    func validate() throws {
        if let logLevel, Logger.Level(rawValue: logLevel.lowercased()) == nil {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
    }

    func run() async throws {
        let configuration: SluiceConfiguration
        do {
            configuration = try loadConfiguration()
        } catch {
            FileHandle.standardError.write(Data("sluiced: \(error.message)\n".utf8))
            throw ExitCode(78)
        }
        let level = configuration.logLevel
        let environment = ProcessInfo.processInfo.environment
        LoggingSystem.bootstrap { label in SystemdLogging.handler(label: label, level: level, environment: environment) }
        let logger = Logger(label: "sluiced")

        do {
            let command = self
            try await Daemon(configuration: configuration, logger: logger, reload: { () throws(ConfigError) in
                try command.loadConfiguration()
            }, environment: environment).run()
        } catch let error as ConfigError {
            logger.critical("sluiced cannot run", metadata: ["error.code": "\(error.code.rawValue)"])
            FileHandle.standardError.write(Data("sluiced: \(error.message)\n".utf8))
            throw ExitCode(78)
        } catch let error as any SluiceError {
            logger.critical("sluiced cannot run", metadata: ["error.code": "\(error.code.rawValue)"])
            FileHandle.standardError.write(Data("sluiced: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Defaults, then the file, then the flags.
    func loadConfiguration() throws(ConfigError) -> SluiceConfiguration {
        var configuration = SluiceConfiguration()
        if let config {
            configuration = try SluiceConfiguration.load(file: config)
        } else if FileManager.default.fileExists(atPath: SluiceConfiguration.systemConfigPath) {
            configuration = try SluiceConfiguration.load(file: SluiceConfiguration.systemConfigPath)
        }
        if let spool { configuration.spoolDirectory = spool }
        if let state { configuration.stateDirectory = state }
        if let controlSocket { configuration.controlSocket = controlSocket }
        if acceptBrokenChain { configuration.acceptBrokenChain = true }
        if let logLevel, let level = Logger.Level(rawValue: logLevel.lowercased()) { configuration.logLevel = level }
        return configuration
    }
}
