import Foundation
public import SluiceCore

/// Turns the bytes of a dropped file into text, or says why it cannot (DESIGN.md §2, "Decoding").
///
/// UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM, CRLF and lone CR normalised to LF. Bytes that are not
/// UTF-8 are read as windows-1251, -1254 or -1252 only when the guess is confident; otherwise the file is
/// `undecodable`. UTF-8 cut off inside a character at the end is `truncated-utf8`; NUL bytes or mostly
/// control characters are `binary`; no bytes at all is `empty`.
public struct TextDecoder: Sendable {
    /// The decoded text and the encoding it was read as.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// `utf-8`, `utf-16le`, `utf-16be`, `windows-1251`, `windows-1252` or `windows-1254`.
        public var encoding: String
    }

    public init() {}

    /// Decodes `bytes`.
    ///
    /// - Throws: `QuarantineError` `empty`, `binary`, `truncated-utf8` or `undecodable`.
    public func decode(_ bytes: [UInt8]) throws(QuarantineError) -> Decoded {
        if bytes.isEmpty { throw QuarantineError(.empty, "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), littleEndian: false) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.isEmpty { throw QuarantineError(.empty, "the file holds only a byte order mark") }
        if ByteSearch.contains(0, in: body) { throw QuarantineError(.binary, "the file contains NUL bytes; only text is ingested") }
        if let text = String(validating: body, as: UTF8.self) {
            try checkText(text)
            return Decoded(text: normalizeNewlines(text), encoding: "utf-8")
        }
        if isTruncatedUTF8(body) {
            throw QuarantineError(.truncatedUTF8, "the file ends in the middle of a UTF-8 character; it was probably cut off while being written")
        }
        if let legacy = legacy(body) {
            try checkText(legacy.text)
            return Decoded(text: normalizeNewlines(legacy.text), encoding: legacy.encoding)
        }
        throw QuarantineError(.undecodable, "the file is neither UTF-8 nor UTF-16 with a BOM, and no legacy encoding fits with confidence; convert it to UTF-8")
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(QuarantineError) -> Decoded {
        if bytes.isEmpty { throw QuarantineError(.empty, "the file holds only a byte order mark") }
        guard bytes.count % 2 == 0 else {
            throw QuarantineError(.undecodable, "UTF-16 text with an odd number of bytes; the file is cut off or not UTF-16")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw QuarantineError(.undecodable, "invalid UTF-16 (unpaired surrogates)")
        }
        if text.unicodeScalars.contains("\0") { throw QuarantineError(.binary, "the file contains NUL characters; only text is ingested") }
        try checkText(text)
        return Decoded(text: normalizeNewlines(text), encoding: littleEndian ? "utf-16le" : "utf-16be")
    }

    /// Rejects text that is mostly control characters (a binary file that happens to be valid UTF-8).
    private func checkText(_ text: String) throws(QuarantineError) {
        // On the UTF-8 bytes: a scalar starts at every non-continuation byte; U+0080…U+009F are C2 80…C2 9F.
        func count(_ bytes: some Sequence<UInt8>) -> (control: Int, total: Int) {
            var control = 0, total = 0
            var afterC2 = false
            for b in bytes {
                if b & 0xC0 != 0x80 { total += 1 }
                if b < 0x20 {
                    if b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
                } else if b == 0x7F || (afterC2 && b < 0xA0) {
                    control += 1
                }
                afterC2 = b == 0xC2
            }
            return (control, total)
        }
        // A native string's bytes are contiguous: a plain loop over them, not the UTF-8 view's iterator.
        let (control, total) = text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
        if total > 0 && control * 10 > total {
            throw QuarantineError(.binary, "the file is mostly control characters; only text is ingested")
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw QuarantineError(.empty, "the file holds only white space")
        }
    }

    /// True when the bytes are valid UTF-8 except for an incomplete sequence at the very end.
    func isTruncatedUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        // Find the start of the last sequence: at most 3 continuation bytes back.
        var start = bytes.endIndex - 1
        var back = 0
        while start > bytes.startIndex && bytes[start] & 0xC0 == 0x80 && back < 3 {
            start -= 1
            back += 1
        }
        let lead = bytes[start]
        let needed: Int
        switch lead {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return false
        }
        let have = bytes.endIndex - start
        guard have < needed else { return false }
        return String(validating: bytes[bytes.startIndex..<start], as: UTF8.self) != nil
    }

    /// A confident guess among windows-1251 (Cyrillic), -1254 (Turkish) and -1252 (Western), or nil.
    ///
    /// Bytes 0xC0–0xFF are letters in all three code pages; 0x80–0xBF are mostly punctuation and
    /// symbols (« » ’ “ ” – — NBSP) in 1252/1254 and letters or punctuation in 1251, so they neither
    /// help nor hurt, except the five bytes 1252 leaves undefined. Confident means: enough letters, at
    /// least one high letter, no C0 control characters, no undefined bytes for the Latin pages.
    func legacy(_ bytes: ArraySlice<UInt8>) -> (text: String, encoding: String)? {
        var highLetters = 0, asciiLetters = 0, undefined = 0, turkish = 0
        for b in bytes {
            switch b {
            case 0x41...0x5A, 0x61...0x7A: asciiLetters += 1
            case 0xC0...0xFF:
                highLetters += 1
                if b == 0xD0 || b == 0xDD || b == 0xDE || b == 0xF0 || b == 0xFD || b == 0xFE { turkish += 1 }
            case 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined += 1
            case 0x01...0x08, 0x0E...0x1F: return nil
            default: break
            }
        }
        let letters = asciiLetters + highLetters
        guard highLetters > 0, letters >= 20 else { return nil }
        let encoding: (String.Encoding, String)
        if highLetters * 2 > letters {
            encoding = (.windowsCP1251, "windows-1251")
        } else if undefined > 0 {
            return nil
        } else if turkish > 0 {
            encoding = (.windowsCP1254, "windows-1254")
        } else {
            encoding = (.windowsCP1252, "windows-1252")
        }
        return String(bytes: bytes, encoding: encoding.0).map { ($0, encoding.1) }
    }

    /// CRLF and lone CR become LF.
    func normalizeNewlines(_ text: String) -> String {
        guard ByteSearch.contains(0x0D, in: text) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
