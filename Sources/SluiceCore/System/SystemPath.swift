/// A file name inside a spool directory, kept as the raw bytes the kernel gave us.
///
/// File names on Linux are bytes, not text: a name that is not valid UTF-8 must still be claimable,
/// movable and quarantinable, so sluice never round-trips names through `String`.
public struct SpoolName: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The name's bytes (no `/`, no NUL).
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The name as text; bytes that are not UTF-8 are written `\xNN` so the result is unambiguous.
    public var description: String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            // Decode the longest valid UTF-8 prefix, escape one bad byte, continue.
            var j = i + 1
            var best: String? = nil
            var bestEnd = i
            while j <= min(bytes.count, i + 4) {
                if let s = String(validating: bytes[i..<j], as: UTF8.self) { best = s; bestEnd = j }
                j += 1
            }
            if let best {
                out += best
                i = bestEnd
            } else {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }

    /// True for names the spool never takes: dotfiles and unfinished `.tmp` / `.part` files.
    public var isIgnored: Bool {
        bytes.first == UInt8(ascii: ".") || hasSuffix(".tmp") || hasSuffix(".part")
    }

    /// True for the `NAME.reason.json` sidecars that sit beside quarantined files.
    public var isReasonSidecar: Bool { hasSuffix(QuarantineRecord.sidecarSuffix) }

    func hasSuffix(_ s: String) -> Bool {
        let suffix = Array(s.utf8)
        return bytes.count >= suffix.count && Array(bytes.suffix(suffix.count)) == suffix
    }

    /// This name with `suffix` appended.
    public func appending(_ suffix: String) -> SpoolName { SpoolName(bytes: bytes + Array(suffix.utf8)) }

    public static func < (a: SpoolName, b: SpoolName) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}

/// A NUL-terminated path built from bytes, for the `Sys` wrappers.
public struct SystemPath: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    var cString: [CChar]

    public init(_ string: String) { cString = string.utf8CString.map { $0 } }
    public init(stringLiteral value: String) { self.init(value) }

    /// `directory/name`.
    public init(_ directory: String, _ name: SpoolName) {
        var bytes = Array(directory.utf8)
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        bytes += name.bytes
        bytes.append(0)
        cString = bytes.map { CChar(bitPattern: $0) }
    }

    public var description: String {
        SpoolName(bytes: cString.dropLast().map { UInt8(bitPattern: $0) }).description
    }

    /// This path with `suffix` appended to its last component, byte for byte.
    public func appending(_ suffix: String) -> SystemPath {
        var copy = self
        copy.cString.removeLast()
        copy.cString += suffix.utf8.map { CChar(bitPattern: $0) } + [0]
        return copy
    }

    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try cString.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
