public import SluiceCore

/// A decoded article cut into paragraphs, the unit every text stage works on.
///
/// Scraped articles put one paragraph (or one menu item, caption, tag line…) per line, so a paragraph
/// is a non-empty line. Offsets are Unicode scalar offsets into `text`, the decoded input after newline
/// normalisation: the offsets that `sluicectl tag` and `show --json` report.
public struct TextDocument: Sendable {
    /// The whole decoded text.
    public let text: String
    /// `text`'s scalars, for O(1) offset slicing.
    public let scalars: [Unicode.Scalar]
    /// Every non-empty line after the metadata prefix, in order.
    public var paragraphs: [Paragraph]
    /// What the metadata splitter found (` date YYYY-MM` prefix).
    public var metadataDate: PublishedDate?

    /// The UTF-8 offset where each scalar starts in `text` (plus the end), for slicing without re-encoding.
    private let offsets: [Int]

    /// Splits `text` into paragraphs, starting at scalar offset `bodyStart` (after a metadata prefix).
    public init(text: String, bodyStart: Int = 0, metadataDate: PublishedDate? = nil) {
        self.text = text
        let (scalars, offsets) = Self.decode(text)
        self.scalars = scalars
        self.offsets = offsets
        self.metadataDate = metadataDate
        var paragraphs: [Paragraph] = []
        var lineStart = bodyStart
        func flush(_ end: Int) {
            var s = lineStart, e = end
            while s < e && TextDocument.isSpace(scalars[s]) { s += 1 }
            while e > s && TextDocument.isSpace(scalars[e - 1]) { e -= 1 }
            if s < e {
                paragraphs.append(Paragraph(index: paragraphs.count, start: s, end: e, text: Self.slice(text, offsets, s, e)))
            }
        }
        var i = bodyStart
        while i < scalars.count {
            if scalars[i] == "\n" {
                flush(i)
                lineStart = i + 1
            }
            i += 1
        }
        flush(scalars.count)
        self.paragraphs = paragraphs
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C)
            : scalar.properties.isWhitespace
    }

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return Self.slice(text, offsets, s, e)
    }

    private static func slice(_ text: String, _ offsets: [Int], _ s: Int, _ e: Int) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: offsets[s]), to = utf8.index(utf8.startIndex, offsetBy: offsets[e])
        return String(text.unicodeScalars[from..<to])
    }

    /// `text`'s scalars and the UTF-8 offset of each (plus the end), decoded by hand: far cheaper than
    /// walking `unicodeScalars` index by index.
    private static func decode(_ text: String) -> ([Unicode.Scalar], [Int]) {
        var copy = text
        return copy.withUTF8 { bytes in
            let n = bytes.count
            var offsets: [Int] = []
            offsets.reserveCapacity(n + 1)
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: max(n, 1)) { buffer, count in
                var i = 0, o = 0
                while i < n {
                    offsets.append(i)
                    let v = ByteSearch.scalar(in: bytes, at: &i)
                    // A Swift String is valid UTF-8: every sequence is complete and a scalar.
                    buffer.initializeElement(at: o, to: Unicode.Scalar(v)!)
                    o += 1
                }
                count = o
            }
            offsets.append(n)
            return (scalars, offsets)
        }
    }
}

/// One non-empty line of an article.
public struct Paragraph: Sendable, Equatable {
    /// Its position among the document's paragraphs.
    public var index: Int
    /// Scalar offsets of its first and one-past-last scalar in the document's text (trimmed).
    public var start: Int
    public var end: Int
    /// The trimmed text.
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A stretch of the input that a stage judged not to be article text, and why (reasons:
/// `cookie-notice`, `advertisement`, `photo-credit`, `related-list`, `category-list`, `comment-notice`,
/// `navigation`, `share-buttons`, `subscription`, `copyright`, `other-language`, `template`).
public typealias RemovedSpan = RemovedText

/// A language judgement for some text.
public struct LanguageGuess: Sendable, Codable, Equatable {
    /// ISO 639-1 code (`nb`/`nn`, never bare `no`).
    public var code: String
    /// 0…1: how sure the detector is.
    public var confidence: Double
    /// Whether the detector itself called it reliable.
    public var reliable: Bool

    public init(code: String, confidence: Double, reliable: Bool) {
        self.code = code
        self.confidence = confidence
        self.reliable = reliable
    }
}
