import Foundation

/// Byte-level questions about text that the stages ask before any `Character` or Foundation work:
/// `memchr` on the contiguous UTF-8 of a native `String`, and scalar counts from its lead bytes.
enum ByteSearch {
    /// Whether `byte` occurs in `text`'s UTF-8.
    @inline(__always)
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(byte, in: $0) }) { return found }
        return text.utf8.contains(byte)
    }

    /// Whether `byte` occurs in `bytes`.
    @inline(__always)
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Whether `byte` occurs in `bytes`.
    static func contains(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { contains(byte, in: $0) }
    }

    /// Whether `text` may hold a digit as `LineScan` reads one: an ASCII digit, or any scalar from U+0580
    /// on (lead byte 0xD6 and up; the decimal digits of other scripts all lie there). False means the scan
    /// finds no number.
    static func mayHoldDigit(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b &- 0x30 < 10 || b >= 0xD6 { return true }
            return false
        }
        return found ?? true
    }

    /// The scalar starting at `i` in valid UTF-8 (a Swift `String`'s: every sequence complete), moving `i`
    /// past it: cheaper than iterating `unicodeScalars` for a scan that reads every scalar once.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            i += 1
            return b0
        } else if b0 < 0xE0 {
            defer { i += 2 }
            return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b0 < 0xF0 {
            defer { i += 3 }
            return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        defer { i += 4 }
        return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
    }

    /// `text.unicodeScalars.count`, from the UTF-8 lead bytes (a native string is valid UTF-8).
    static func scalarCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n &+= 1 }
            return n
        }
        return counted ?? text.unicodeScalars.count
    }
}
