import Foundation
public import SluiceCore

/// Writes the `tags` and `story_signature` JSON of an entry directly into bytes, as
/// `JSONEncoder` with `.sortedKeys` writes them (same keys, same order, same escapes), at a fraction
/// of its cost: through `Codable` the encoding took a seventh of a worker's time per tagged file.
///
/// The columns are read back with `JSONDecoder` (`Journal.Tags`, `StorySignature`), so the shape
/// is the one of those `Codable` types; `TagsJSONTests` holds the output to `JSONEncoder`'s.
enum TagsJSON {
    /// The `tags` column of `article` (the fields of `Journal.Tags`).
    static func tags(_ article: ParsedArticle) -> String {
        var out = Writer()
        out.byte(UInt8(ascii: "{"))
        out.key("entities", first: true)
        out.array(article.entities) { out, tag in
            out.byte(UInt8(ascii: "{"))
            out.key("kind", first: true)
            out.string(tag.kind)
            out.key("mentions")
            out.array(tag.mentions) { out, mention in
                out.byte(UInt8(ascii: "{"))
                out.key("end", first: true)
                out.int(mention.end)
                out.key("start")
                out.int(mention.start)
                out.key("text")
                out.string(mention.text)
                out.byte(UInt8(ascii: "}"))
            }
            out.key("name")
            out.string(tag.name)
            out.byte(UInt8(ascii: "}"))
        }
        out.key("metadata")
        out.dictionary(article.metadata)
        if !article.paragraphLanguages.isEmpty {
            out.key("paragraph_languages")
            out.array(article.paragraphLanguages) { out, paragraph in
                out.byte(UInt8(ascii: "{"))
                out.key("end", first: true)
                out.int(paragraph.end)
                if let language = paragraph.language {
                    out.key("language")
                    out.string(language)
                }
                out.key("start")
                out.int(paragraph.start)
                out.byte(UInt8(ascii: "}"))
            }
        }
        if let published = article.published {
            out.key("published")
            out.byte(UInt8(ascii: "{"))
            out.key("conflicts", first: true)
            out.array(published.conflicts) { out, date in out.string(date) }
            out.key("date")
            out.string(published.date)
            out.key("precision")
            out.string(published.precision.rawValue)
            out.key("source")
            out.string(published.source.rawValue)
            out.byte(UInt8(ascii: "}"))
        }
        if !article.removed.isEmpty {
            out.key("removed")
            out.array(article.removed) { out, removed in
                out.byte(UInt8(ascii: "{"))
                out.key("end", first: true)
                out.int(removed.end)
                out.key("reason")
                out.string(removed.reason)
                out.key("start")
                out.int(removed.start)
                out.byte(UInt8(ascii: "}"))
            }
        }
        out.key("topics")
        out.array(article.topics) { out, topic in out.string(topic) }
        out.byte(UInt8(ascii: "}"))
        return out.string
    }

    /// The `story_signature` column.
    static func signature(_ signature: StorySignature) -> String {
        var out = Writer()
        out.byte(UInt8(ascii: "{"))
        var first = true
        if let date = signature.date {
            out.key("date", first: true)
            out.string(date)
            first = false
        }
        out.key("organizations", first: first)
        out.array(signature.organizations) { out, name in out.string(name) }
        out.key("persons")
        out.array(signature.persons) { out, name in out.string(name) }
        out.key("places")
        out.array(signature.places) { out, name in out.string(name) }
        out.key("weekdays")
        out.array(signature.weekdays) { out, day in out.int(day) }
        out.byte(UInt8(ascii: "}"))
        return out.string
    }

    /// A byte buffer with JSON's pieces.
    struct Writer {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(1024) }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        mutating func byte(_ b: UInt8) { bytes.append(b) }

        /// `"name":`, after a comma unless it is the object's first key. Keys are plain ASCII.
        mutating func key(_ name: StaticString, first: Bool = false) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }

        mutating func int(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func array<T>(_ items: [T], _ element: (inout Writer, T) -> Void) {
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                element(&self, item)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        /// A `[String: String]` with its keys sorted. Keys of lower-case letters, digits-free, sort the
        /// same in every collation; anything else goes through `JSONEncoder` itself, so that its
        /// order (case-insensitive, numeric) is kept exactly.
        mutating func dictionary(_ values: [String: String]) {
            guard values.keys.allSatisfy({ $0.utf8.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x2D } }) else {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                bytes.append(contentsOf: (try? encoder.encode(values)) ?? Data("{}".utf8))
                return
            }
            bytes.append(UInt8(ascii: "{"))
            for (i, key) in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                string(key)
                bytes.append(UInt8(ascii: ":"))
                string(values[key]!)
            }
            bytes.append(UInt8(ascii: "}"))
        }

        /// A JSON string: `"` and `\` escaped, `/` as `\/`, control characters as `\n`, `\t`, … or
        /// `\u00XX`; everything else as its UTF-8 bytes.
        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var start = 0
                for (i, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x2F {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    start = i + 1
                    switch b {
                    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                    case 0x2F: bytes.append(contentsOf: [0x5C, 0x2F])
                    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
