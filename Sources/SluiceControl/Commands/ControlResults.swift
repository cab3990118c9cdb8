public import SluiceCore

/// The result of `status`: the daemon's live state (absent when it is down), the store's totals and
/// the spool's file counts.
public struct StatusResult: Sendable, Codable, Equatable {
    public var daemon: DaemonStatus?
    public var store: JournalCounts
    public var spool: Spool.Counts
    public var storePath: String
    public var spoolPath: String

    enum CodingKeys: String, CodingKey {
        case daemon, store, spool, storePath = "store_path", spoolPath = "spool_path"
    }
}

/// The result of `show`: the entry, and its original bytes (base64) when asked for.
public struct ShowResult: Sendable, Codable, Equatable {
    public var entry: StoredEntry
    public var rawBase64: String?

    enum CodingKeys: String, CodingKey { case entry, rawBase64 = "raw_base64" }
}

/// The result of `retry`, `hold` and `release`: the names moved, as they are called now.
public struct MoveResult: Sendable, Codable, Equatable {
    public var moved: [String]
}

/// The result of `reload`: settings that changed but take effect only after a restart.
public struct ReloadResult: Sendable, Codable, Equatable {
    public var restartRequired: [String]
    enum CodingKeys: String, CodingKey { case restartRequired = "restart_required" }
}

/// The final reply of `export` and `follow`: how many entries were sent and the last seq, from which
/// the next call resumes (`since`).
public struct StreamSummary: Sendable, Codable, Equatable {
    public var count: Int
    public var lastSeq: Int64
    enum CodingKeys: String, CodingKey { case count, lastSeq = "last_seq" }
}

/// The result of `metrics`.
public struct MetricsResult: Sendable, Codable, Equatable {
    /// Prometheus text exposition format.
    public var text: String
}

/// The result of `ping`.
public struct PingResult: Sendable, Codable, Equatable {
    public var pong: Bool
    public var pid: Int32
}
