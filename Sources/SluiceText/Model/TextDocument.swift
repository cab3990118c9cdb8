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

    /// Splits `text` into paragraphs, starting at scalar offset `bodyStart` (after a metadata prefix).
    public init(text: String, bodyStart: Int = 0, metadataDate: PublishedDate? = nil) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.metadataDate = metadataDate
        var paragraphs: [Paragraph] = []
        var lineStart = bodyStart
        var i = bodyStart
        func flush(_ end: Int) {
            var s = lineStart, e = end
            while s < e && scalars[s].properties.isWhitespace { s += 1 }
            while e > s && scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<e])
                paragraphs.append(Paragraph(index: paragraphs.count, start: s, end: e, text: String(view)))
            }
        }
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

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
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
