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
