import Foundation
import Glibc
import Logging
import TOMLKit

extension SluiceConfiguration {
    /// The keys a configuration file may hold.
    public static let knownKeys = [
        "spool", "state", "batch-size", "batch-window", "batch-bytes", "max-file-size",
        "rescan-interval", "queue-capacity", "workers", "tagging", "topics", "log-level",
        "control-socket", "control-group", "control-max-clients", "control-idle-timeout",
        "metrics-listen", "accept-broken-chain",
    ]

    /// Reads a TOML configuration file on top of the defaults.
    ///
    /// - Throws: `ConfigError` with `config-unreadable`, `config-syntax`, `config-unknown-key` (naming
    ///   the key) or `config-invalid-value` (naming the key and what it takes).
    public static func load(file path: String) throws(ConfigError) -> SluiceConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(.unreadable, "cannot read configuration file \(path): \(error.localizedDescription)")
        }
        var config = SluiceConfiguration()
        try config.apply(toml: text, source: path)
        return config
    }

    /// Applies the keys of a TOML document to this configuration.
    public mutating func apply(toml text: String, source: String) throws(ConfigError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(.syntax, "\(source): \(error.description) at line \(error.source.begin.line), column \(error.source.begin.column)")
        } catch {
            throw ConfigError(.syntax, "\(source): \(error)")
        }
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            try apply(key: key, value: value, source: source)
        }
    }

    private mutating func apply(key: String, value: any TOMLValueConvertible, source: String) throws(ConfigError) {
        func invalid(_ expected: String) -> ConfigError {
            ConfigError(.invalidValue, "\(source): key '\(key)' takes \(expected), not \(value.debugDescription)")
        }
        switch key {
        case "spool":
            guard let s = value.string, !s.isEmpty else { throw invalid("a directory path") }
            spoolDirectory = s
        case "state":
            guard let s = value.string, !s.isEmpty else { throw invalid("a directory path") }
            stateDirectory = s
        case "batch-size":
            guard let n = value.int, (1...65536).contains(n) else { throw invalid("an integer from 1 to 65536") }
            batchSize = n
        case "batch-window":
            guard let d = Self.duration(value), d >= .zero, d <= .seconds(10) else { throw invalid("a duration up to 10s such as \"20ms\"") }
            batchWindow = d
        case "batch-bytes":
            guard let n = Self.size(value), n >= 1 << 20 else { throw invalid("a size of at least 1MiB such as \"64MiB\"") }
            batchBytes = n
        case "max-file-size":
            guard let n = Self.size(value), n >= 1, n <= 1 << 30 else { throw invalid("a size from 1 byte to 1GiB such as \"64MiB\"") }
            maxFileSize = n
        case "rescan-interval":
            guard let d = Self.duration(value), d >= .milliseconds(100) else { throw invalid("a duration of at least 100ms such as \"30s\"") }
            rescanInterval = d
        case "queue-capacity":
            guard let n = value.int, n >= 1, n <= 1_000_000 else { throw invalid("an integer from 1 to 1000000") }
            queueCapacity = n
        case "workers":
            guard let n = value.int, (1...64).contains(n) else { throw invalid("an integer from 1 to 64") }
            workers = n
        case "tagging":
            guard let b = value.bool else { throw invalid("true or false") }
            tagging = b
        case "topics":
            guard let s = value.string, !s.isEmpty else { throw invalid("a file path") }
            topicsFile = s
        case "log-level":
            guard let s = value.string, let level = Logger.Level(rawValue: s.lowercased()) else {
                throw invalid("one of trace, debug, info, notice, warning, error, critical")
            }
            logLevel = level
        case "control-socket":
            guard let s = value.string, !s.isEmpty, s.utf8.count < 108 else { throw invalid("a socket path shorter than 108 bytes") }
            controlSocket = s
        case "control-group":
            guard let s = value.string else { throw invalid("a group name") }
            controlGroup = s.isEmpty ? nil : s
        case "control-max-clients":
            guard let n = value.int, (1...10_000).contains(n) else { throw invalid("an integer from 1 to 10000") }
            controlMaxClients = n
        case "control-idle-timeout":
            guard let d = Self.duration(value), d >= .milliseconds(100) else { throw invalid("a duration of at least 100ms such as \"5m\"") }
            controlIdleTimeout = d
        case "metrics-listen":
            guard let s = value.string, Self.listenAddress(s) != nil else {
                throw invalid("an address \"host:port\" with a port from 1 to 65535 such as \"127.0.0.1:9464\"")
            }
            metricsListen = s
        case "accept-broken-chain":
            guard let b = value.bool else { throw invalid("true or false") }
            acceptBrokenChain = b
        default:
            throw ConfigError(.unknownKey, "\(source): unknown key '\(key)'; known keys: \(Self.knownKeys.joined(separator: ", "))")
        }
    }

    /// Splits `"host:port"` (or `"[v6-address]:port"`) into its host and port; nil unless the host is
    /// non-empty and the port is a decimal number from 1 to 65535.
    public static func listenAddress(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = Substring(text[..<colon])
        let port = text[text.index(after: colon)...]
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
        } else if host.contains(":") {
            return nil  // an IPv6 address needs brackets
        }
        guard !host.isEmpty, !host.contains(where: \.isWhitespace),
              (1...5).contains(port.count), port.allSatisfy({ ("0"..."9").contains($0) }),
              let number = Int(port), (1...65535).contains(number)
        else { return nil }
        return (String(host), number)
    }

    /// A duration from a TOML value: a number of seconds, or a string with a unit (ms, s, m, h).
    static func duration(_ value: any TOMLValueConvertible) -> Duration? {
        if let n = value.int { return .seconds(n) }
        if let d = value.double { return milliseconds(d * 1000) }
        guard let s = value.string else { return nil }
        return duration(s)
    }

    /// Parses `"250ms"`, `"30s"`, `"5m"`, `"1h"` or a bare number of seconds.
    public static func duration(_ text: String) -> Duration? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (unit, scale) in units where s.hasSuffix(unit) {
            guard let n = Double(s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            return milliseconds(n * scale * 1000)
        }
        return Double(s).flatMap { milliseconds($0 * 1000) }
    }

    /// A non-negative number of milliseconds that fits a Duration, else nil (never a trap).
    static func milliseconds(_ value: Double) -> Duration? {
        guard value.isFinite, value >= 0, value < 1e15 else { return nil }
        return .milliseconds(Int64(value.rounded()))
    }

    /// A size from a TOML value: a number of bytes, or a string such as `"64MiB"`, `"512K"`, `"1G"`.
    static func size(_ value: any TOMLValueConvertible) -> Int? {
        if let n = value.int { return n >= 0 ? n : nil }
        guard let s = value.string else { return nil }
        return size(s)
    }

    /// Parses a size with an optional binary unit (K, KiB, M, MiB, G, GiB; B or nothing for bytes).
    public static func size(_ text: String) -> Int? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Int)] = [("kib", 1 << 10), ("mib", 1 << 20), ("gib", 1 << 30), ("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("k", 1 << 10), ("m", 1 << 20), ("g", 1 << 30), ("b", 1)]
        for (unit, scale) in units where s.hasSuffix(unit) {
            guard let n = Double(s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            let bytes = n * Double(scale)
            guard bytes.isFinite, bytes >= 0, bytes < 9e18 else { return nil }
            return Int(bytes)
        }
        return Int(s).flatMap { $0 >= 0 ? $0 : nil }
    }
}

func sysconfNumberOfCPUs() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
