public import SluiceCore

/// What the running daemon offers the control commands besides the store and the spool: its live
/// status, pause and resume, reload, commit notifications and metrics. Absent when `sluicectl` answers
/// read commands itself from the store because the daemon is down.
public protocol DaemonControl: Sendable {
    /// The daemon's status now.
    func status() -> DaemonStatus
    /// Stops claiming files (they stay in incoming/).
    func pause()
    /// Claims files again.
    func resume()
    /// Re-reads the configuration. - Returns: changed settings that apply only after a restart.
    func reload() throws(ConfigError) -> [String]
    /// Commit notifications, for `follow`.
    var commits: CommitFeed { get }
    /// The metrics in Prometheus text format.
    func metrics() -> String
}

/// Where the commands find the data they answer from.
public struct ControlContext: Sendable {
    /// The store's read side.
    public var reader: any JournalReader & JournalSearching
    /// The spool, for `failed`, `retry`, `hold`, `release` and the file counts.
    public var spool: Spool
    /// The running daemon, or nil when the CLI reads the store directly.
    public var daemon: (any DaemonControl)?
    /// The store's path, shown by `status`.
    public var storePath: String

    public init(reader: any JournalReader & JournalSearching, spool: Spool, daemon: (any DaemonControl)?, storePath: String) {
        self.reader = reader
        self.spool = spool
        self.daemon = daemon
        self.storePath = storePath
    }
}
