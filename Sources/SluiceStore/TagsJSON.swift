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
        out.object { out in
            out.key("entities")
            out.array(article.entities) { out, tag in
                out.object { out in
                    out.field("kind", tag.kind)
                    out.key("mentions")
                    out.array(tag.mentions) { out, mention in
                        out.object { out in
                            out.field("end", mention.end)
                            out.field("start", mention.start)
                            out.field("text", mention.text)
                        }
                    }
                    out.field("name", tag.name)
                }
            }
            out.key("metadata")
            out.dictionary(article.metadata)
            if !article.paragraphLanguages.isEmpty {
                out.key("paragraph_languages")
                out.array(article.paragraphLanguages) { out, paragraph in
                    out.object { out in
                        out.field("end", paragraph.end)
                        if let language = paragraph.language { out.field("language", language) }
                        out.field("start", paragraph.start)
                    }
                }
            }
            if let published = article.published {
                out.key("published")
                out.object { out in
                    out.key("conflicts")
                    out.array(published.conflicts) { out, date in out.string(date) }
                    out.field("date", published.date)
                    out.field("precision", published.precision.rawValue)
                    out.field("source", published.source.rawValue)
                }
            }
            if !article.removed.isEmpty {
                out.key("removed")
                out.array(article.removed) { out, removed in
                    out.object { out in
                        out.field("end", removed.end)
                        out.field("reason", removed.reason)
                        out.field("start", removed.start)
                    }
                }
            }
            out.key("topics")
            out.array(article.topics) { out, topic in out.string(topic) }
        }
        return out.string
    }

    /// The `story_signature` column.
    static func signature(_ signature: StorySignature) -> String {
        var out = Writer()
        out.object { out in
            if let date = signature.date { out.field("date", date) }
            for (name, values) in [("organizations", signature.organizations), ("persons", signature.persons), ("places", signature.places)] {
                out.key(name)
                out.array(values) { out, value in out.string(value) }
            }
            out.key("weekdays")
            out.array(signature.weekdays) { out, day in out.int(day) }
        }
        return out.string
    }

    /// A byte buffer with JSON's pieces.
    struct Writer {
        var bytes: [UInt8] = []
        /// Whether the next key follows another one in its object.
        private var needsComma = false

        init() { bytes.reserveCapacity(1024) }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        /// `"name":`, after a comma unless it is the object's first key. Keys are plain ASCII.
        mutating func key(_ name: String) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
            needsComma = false
        }

        mutating func field(_ name: String, _ value: String) {
            key(name)
            string(value)
        }

        mutating func field(_ name: String, _ value: Int) {
            key(name)
            int(value)
        }

        /// `{…}`, its keys written by `body`.
        mutating func object(_ body: (inout Writer) -> Void) {
            bytes.append(UInt8(ascii: "{"))
            needsComma = false
            body(&self)
            bytes.append(UInt8(ascii: "}"))
            needsComma = true
        }

        mutating func int(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
            needsComma = true
        }

        mutating func array<T>(_ items: [T], _ element: (inout Writer, T) -> Void) {
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                element(&self, item)
            }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        }

        /// A `[String: String]` with its keys sorted. Keys of lower-case letters, digits-free, sort the
        /// same in every collation; anything else goes through `JSONEncoder` itself, so that its
        /// order (case-insensitive, numeric) is kept exactly.
        mutating func dictionary(_ values: [String: String]) {
            guard values.keys.allSatisfy({ $0.utf8.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x2D } }) else {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                bytes.append(contentsOf: (try? encoder.encode(values)) ?? Data("{}".utf8))
                needsComma = true
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
            needsComma = true
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
            needsComma = true
        }
    }
}
