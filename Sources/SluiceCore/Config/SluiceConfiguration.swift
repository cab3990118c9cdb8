public import Logging

/// Everything `sluiced` can be told, with its defaults.
///
/// Built in three layers: these defaults, then the TOML file (`SluiceConfiguration+File.swift`), then
/// command-line flags. Each field names its TOML key.
public struct SluiceConfiguration: Sendable, Equatable {
    /// `spool` (string): the spool directory with tmp/, incoming/, active/, failed/, hold/.
    /// Default `./spool`.
    public var spoolDirectory: String = "./spool"

    /// `state` (string): the state directory holding the store (`sluice.db`) and the lock.
    /// Default `./state`.
    public var stateDirectory: String = "./state"

    /// `batch-size` (integer, 1…65536): a batch is committed when it holds this many files. Default 256.
    public var batchSize: Int = 256

    /// `batch-window` (duration: `"20ms"`, `"1s"`, or a number of seconds): a batch is committed this
    /// long after its first file arrived, full or not. Default 20 ms.
    public var batchWindow: Duration = .milliseconds(20)

    /// `batch-bytes` (size): a batch is committed once its files hold this many bytes, bounding memory.
    /// Default 64 MiB.
    public var batchBytes: Int = 64 << 20

    /// `max-file-size` (size: bytes, or `"64MiB"`): larger files are quarantined as `too-large`.
    /// Default 64 MiB.
    public var maxFileSize: Int = 64 << 20

    /// `rescan-interval` (duration): the safety rescan of incoming/, besides inotify. Default 30 s.
    public var rescanInterval: Duration = .seconds(30)

    /// `queue-capacity` (integer ≥ 1): how many file names may wait between the watcher and the
    /// processing workers before the watcher waits. Default 4096.
    public var queueCapacity: Int = 4096

    /// `workers` (integer ≥ 1): how many files are read, checked and parsed at once. Default: the
    /// number of CPUs.
    public var workers: Int = SluiceConfiguration.defaultWorkers

    /// `tagging` (boolean): run the text pipeline (language, entities, dates, topics). `false` is raw
    /// mode: decode and a minimal title only. Default true.
    public var tagging: Bool = true

    /// `topics` (path): the topic rules (TOML). Default: `/etc/sluice/topics.toml` when it exists, else
    /// the rules built into sluiced (the same as `deploy/topics.toml`).
    public var topicsFile: String?

    /// `log-level` (string: trace, debug, info, notice, warning, error, critical). Default `info`.
    public var logLevel: Logger.Level = .info

    /// `control-socket` (path): the control socket sluiced binds when systemd did not pass one
    /// (socket activation). Default: `$RUNTIME_DIRECTORY/control.sock` under systemd, else
    /// `STATE/control.sock`.
    public var controlSocket: String?

    /// `control-group` (group name): members may run the mutating control commands (pause, resume,
    /// retry, hold, release, reload) besides root and the daemon's own user. Default: none.
    public var controlGroup: String?

    /// `control-max-clients` (integer): concurrent control connections; more are refused. Default 64.
    public var controlMaxClients: Int = 64

    /// `control-idle-timeout` (duration): a control connection silent this long is closed. Default 5m.
    public var controlIdleTimeout: Duration = .seconds(300)

    /// `metrics-listen` (`"host:port"`, port 1…65535; `"[::1]:9464"` for IPv6): serve the metrics in
    /// Prometheus text format over HTTP at `/metrics` on this address, e.g. `"127.0.0.1:9464"`.
    /// Default: none (no HTTP listener; `sluicectl metrics` works either way).
    public var metricsListen: String?

    /// `accept-broken-chain` (boolean): start and append even when the start-up check of the store's
    /// hash chain (the newest entries, no seq missing, the chain head file) fails. Logged as critical at
    /// every start. Default false: sluiced refuses to start (exit 1, `store-chain-broken`).
    public var acceptBrokenChain: Bool = false

    /// The control socket's path: `control-socket`, else `$RUNTIME_DIRECTORY/control.sock`, else
    /// `STATE/control.sock`.
    public func controlSocketPath(environment: [String: String]) -> String {
        if let controlSocket { return controlSocket }
        if let runtime = environment["RUNTIME_DIRECTORY"]?.split(separator: ":").first, !runtime.isEmpty {
            return runtime + "/control.sock"
        }
        return stateDirectory + "/control.sock"
    }

    /// The path of the store inside the state directory.
    public var databasePath: String { stateDirectory + "/sluice.db" }

    /// The path of the lock file inside the state directory.
    public var lockPath: String { stateDirectory + "/sluiced.lock" }

    /// The system-wide configuration file, used when `--config` is not given and the file exists.
    public static let systemConfigPath = "/etc/sluice/sluiced.toml"

    static var defaultWorkers: Int {
        #if canImport(Glibc)
        return max(1, min(8, sysconfNumberOfCPUs()))
        #else
        return 2
        #endif
    }

    public init() {}
}
