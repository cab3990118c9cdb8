import Crypto
import Foundation
import SluiceCore
import SluiceText

/// Distinct articles made from a few real ones, for stores larger than the seed texts.
///
/// Article `i` is base text `i % count` followed by a line `ref NNNNNNNN` and three made-up words drawn
/// from 32,768 (`word(i, j)`), so that no two articles share bytes (no dedup shortcut) and the index has
/// a long tail of rare words, as a real archive does. Each base is parsed once; the copies reuse its
/// derived data with the extra line appended to the text.
struct BenchCorpus: Sendable {
    struct Base: Sendable {
        var name: String
        var raw: [UInt8]
        var tagged: ParsedArticle
        var rawMode: ParsedArticle
    }

    let bases: [Base]

    init(directories: [String]) throws {
        let tagger = ArticleTagger()
        let plain = ArticlePipeline()
        var bases: [Base] = []
        for directory in directories {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { continue }
                let raw = Array(data)
                guard let tagged = try? tagger.parse(raw, name: SpoolName(name)),
                      let rawMode = try? plain.parse(raw, name: SpoolName(name)) else { continue }
                bases.append(Base(name: name, raw: raw, tagged: tagged, rawMode: rawMode))
            }
        }
        guard !bases.isEmpty else { throw BenchError("no usable *.txt articles in \(directories.joined(separator: ", "))") }
        self.bases = bases
    }

    static let syllables = ["ka", "zo", "mi", "tu", "re", "vo", "la", "ne", "shi", "pa", "go", "du", "ri", "fe", "so", "ba",
                            "lu", "ko", "ta", "ve", "mo", "ni", "ze", "ju", "ha", "pe", "di", "ro", "su", "ga", "yo", "we"]

    /// The `j`th made-up word of article `i`: three syllables, 32,768 possible words.
    static func word(_ i: Int, _ j: Int) -> String {
        var h = UInt64(truncatingIfNeeded: i &* 3 &+ j) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return (0..<3).map { k in syllables[Int((h >> (UInt64(k) * 5 + 7)) & 31)] }.joined()
    }

    /// The unique line appended to article `i`.
    static func suffix(_ i: Int) -> String {
        String(format: "ref %08d ", i) + (0..<3).map { word(i, $0) }.joined(separator: " ")
    }

    /// Article `i` as the pipeline would hand it to the store.
    func record(_ i: Int, tagged: Bool, receivedAt: Int64) -> IngestRecord {
        let base = bases[i % bases.count]
        let line = BenchCorpus.suffix(i)
        let raw = base.raw + Array(("\n\n" + line + "\n").utf8)
        var article = tagged ? base.tagged : base.rawMode
        article.text += "\n\n" + line
        return IngestRecord(
            sha256: Array(SHA256.hash(data: raw)), receivedAt: receivedAt, sourceName: String(format: "doc%08d.txt", i),
            sourceUID: 0, raw: raw, article: article)
    }
}

/// A benchmark helper's failure, with the message to print.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Microseconds since the Unix epoch (what the pipeline stores as `received_at`).
func nowMicros() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000_000) }

extension Duration {
    /// The duration in microseconds.
    var micros: Double { Double(components.seconds) * 1e6 + Double(components.attoseconds) / 1e12 }
}
