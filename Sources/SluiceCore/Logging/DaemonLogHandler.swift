import Foundation
import Glibc
public import Logging
import Synchronization

/// A swift-log handler for a daemon: one line per event on stderr.
///
/// When stderr is not a terminal (systemd, a pipe) each line starts with the sd-daemon priority prefix
/// `<N>` so journald records the right priority; on a terminal lines carry a time and the level instead.
/// Metadata follows the message as `key=value` pairs, sorted by key.
public struct DaemonLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let prefixed: Bool

    private static let lock = Mutex(())

    /// - Parameters:
    ///   - label: the logger's label (one daemon, one stream: not printed).
    ///   - prefixed: `<N>` priority prefixes; default: when stderr is not a terminal.
    public init(label: String, level: Logger.Level, prefixed: Bool? = nil) {
        self.logLevel = level
        self.prefixed = prefixed ?? (isatty(STDERR_FILENO) == 0)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The sd-daemon(3) priority of a swift-log level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// The handler's metadata, the provider's and the event's (later ones win), plus `error`.
    public static func metadata(of event: LogEvent, handler: Logger.Metadata, provider: Logger.MetadataProvider?) -> Logger.Metadata {
        var all = handler
        if let provided = provider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        if let error = event.error { all["error"] = "\(error)" }
        return all
    }

    public func log(event: LogEvent) {
        let all = Self.metadata(of: event, handler: metadata, provider: metadataProvider)
        var line = prefixed
            ? "<\(Self.priority(event.level))>"
            : "\(Self.clock()) \(event.level.rawValue.uppercased()) "
        line += "\(event.message)"
        for key in all.keys.sorted() {
            line += " \(key)=\(Self.quote("\(all[key]!)"))"
        }
        line += "\n"
        Self.lock.withLock { _ in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    static func quote(_ value: String) -> String {
        if !value.isEmpty && !value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func clock() -> String {
        var t = time(nil)
        var tm = tm()
        localtime_r(&t, &tm)
        return String(format: "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec)
    }
}
