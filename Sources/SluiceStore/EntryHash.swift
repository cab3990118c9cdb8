import Crypto

/// The hash chain over journal entries.
///
/// `entry_hash = SHA256(prev_hash || canonical)`, where `canonical` is the length-prefixed, big-endian
/// serialisation of the entry's journal fields — the ones that never change after the append:
///
/// ```
/// "sluice-entry-v1\n" seq:u64 sha256:32 bytes received_at:i64 source_uid:u32 size:u64
///                      source_name_length:u32 source_name:utf8
/// ```
/// The raw bytes are covered through `sha256` (which `verify` recomputes). Derived data (text, title,
/// language, tags, story) is outside the chain: it is recomputed by `retag` without breaking it.
/// The first entry's `prev_hash` is 32 zero bytes.
public enum EntryHash {
    /// The `prev_hash` of the first entry.
    public static let genesis = [UInt8](repeating: 0, count: 32)

    /// The fields the chain covers.
    public struct Fields: Sendable, Equatable {
        public var seq: Int64
        public var sha256: [UInt8]
        public var receivedAt: Int64
        public var sourceUID: UInt32
        public var size: Int64
        public var sourceName: String
    }

    /// The canonical serialisation of `fields`.
    public static func canonical(_ fields: Fields) -> [UInt8] {
        var out = Array("sluice-entry-v1\n".utf8)
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.bigEndian) { out.append(contentsOf: $0) } }
        put(UInt64(bitPattern: fields.seq))
        out.append(contentsOf: fields.sha256)
        put(fields.receivedAt)
        put(fields.sourceUID)
        put(UInt64(bitPattern: fields.size))
        let name = Array(fields.sourceName.utf8)
        put(UInt32(name.count))
        out.append(contentsOf: name)
        return out
    }

    /// `SHA256(prev || canonical(fields))`.
    public static func hash(prev: [UInt8], _ fields: Fields) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: prev)
        hasher.update(data: canonical(fields))
        return Array(hasher.finalize())
    }
}

extension Sequence<UInt8> {
    /// Lower-case hex.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in self {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
