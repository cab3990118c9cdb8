import CSystemd
import Glibc
public import Logging
public import SluiceCore

/// A swift-log handler that sends each event to journald as structured fields through
/// `sd_journal_sendv(3)`: `MESSAGE=`, `PRIORITY=`, `CODE_FILE=`, `CODE_LINE=`, `CODE_FUNC=`,
/// `SYSLOG_IDENTIFIER=`, and one `SLUICE_…=` field per metadata key (`spool.file` → `SLUICE_FILE`,
/// `store.seq` → `SLUICE_SEQ`, `error.code` → `SLUICE_REASON`, any other `a.b` → `SLUICE_A_B`), so
/// `journalctl SLUICE_REASON=binary` finds every quarantine of that kind.
///
/// Used when stderr is connected to the journal (`JOURNAL_STREAM` names stderr's device and inode);
/// if a send fails the line goes to stderr with its priority prefix instead.
public struct JournaldLogHandler: LogHandler {
    public var logLevel: Logger.Level {
        get { fallback.logLevel }
        set { fallback.logLevel = newValue }
    }
    public var metadata: Logger.Metadata {
        get { fallback.metadata }
        set { fallback.metadata = newValue }
    }
    public var metadataProvider: Logger.MetadataProvider? {
        get { fallback.metadataProvider }
        set { fallback.metadataProvider = newValue }
    }
    private var fallback: DaemonLogHandler
    private let identifier: String

    public init(label: String, level: Logger.Level, identifier: String = "sluiced") {
        fallback = DaemonLogHandler(label: label, level: level, prefixed: true)
        self.identifier = identifier
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { fallback[metadataKey: key] }
        set { fallback[metadataKey: key] = newValue }
    }

    /// The journald field name for a metadata key.
    public static func fieldName(_ key: String) -> String {
        switch key {
        case "spool.file": return "SLUICE_FILE"
        case "store.seq": return "SLUICE_SEQ"
        case "error.code": return "SLUICE_REASON"
        default:
            let upper = key.uppercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "_" }
            return "SLUICE_" + String(upper)
        }
    }

    /// The fields of one event, in order.
    public static func fields(of event: LogEvent, metadata: Logger.Metadata, identifier: String) -> [String] {
        var fields = [
            "MESSAGE=" + event.message.description,
            "PRIORITY=\(DaemonLogHandler.priority(event.level))",
            "SYSLOG_IDENTIFIER=" + identifier,
            "CODE_FILE=" + event.file,
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=" + event.function,
        ]
        for key in metadata.keys.sorted() {
            fields.append(fieldName(key) + "=" + "\(metadata[key]!)")
        }
        return fields
    }

    public func log(event: LogEvent) {
        let all = DaemonLogHandler.metadata(of: event, handler: metadata, provider: metadataProvider)
        if Self.send(Self.fields(of: event, metadata: all, identifier: identifier)) { return }
        fallback.log(event: event)
    }

    /// `sd_journal_sendv` over the fields; false when journald refused them.
    static func send(_ fields: [String]) -> Bool {
        // One buffer holds every field; the iovecs point into it.
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return false }
            var list = ranges.map { iovec(iov_base: base + $0.lowerBound, iov_len: $0.count) }
            return sd_journal_sendv(&list, CInt(list.count)) == 0
        }
    }
}

/// Chooses the daemon's log handler.
public enum SystemdLogging {
    /// Whether stderr is the journal: `JOURNAL_STREAM` (`DEVICE:INODE`) names stderr's file.
    public static func stderrIsJournal(environment: [String: String]) -> Bool {
        guard let stream = environment["JOURNAL_STREAM"] else { return false }
        let parts = stream.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var st = stat()
        guard fstat(STDERR_FILENO, &st) == 0 else { return false }
        return UInt64(st.st_dev) == device && UInt64(st.st_ino) == inode
    }

    /// A journald handler when stderr is the journal, else `DaemonLogHandler` (`<N>` prefixes unless
    /// stderr is a terminal).
    public static func handler(label: String, level: Logger.Level, environment: [String: String]) -> any LogHandler {
        if stderrIsJournal(environment: environment) { return JournaldLogHandler(label: label, level: level) }
        return DaemonLogHandler(label: label, level: level)
    }
}
