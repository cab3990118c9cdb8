public import SluiceCore

/// Splits the scraper's leading ` date YYYY-MM` (or ` date YYYY-MM-DD`) prefix off the first line.
///
/// The prefix starts with a space, and the article text follows on the same line; the prefix is
/// metadata, not text and not part of the title.
public struct MetadataSplitter: Sendable {
    /// The text without the prefix, and the date it stated.
    public struct Split: Sendable, Equatable {
        public var body: Substring
        public var published: PublishedDate?
        /// Unicode scalar offset of `body` in the decoded input.
        public var bodyOffset: Int
    }

    public init() {}

    public func split(_ text: String) -> Split {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var skipped = 0
        while i < scalars.endIndex, scalars[i] == " " || scalars[i] == "\t" {
            i = scalars.index(after: i)
            skipped += 1
        }
        let rest = Substring(scalars[i...])
        guard rest.hasPrefix("date ") else { return Split(body: text[...], published: nil, bodyOffset: 0) }
        let afterKeyword = rest.dropFirst(5).drop(while: { $0 == " " })
        let token = afterKeyword.prefix(while: { !$0.isWhitespace })
        guard let published = Self.parse(token) else { return Split(body: text[...], published: nil, bodyOffset: 0) }
        var body = afterKeyword.dropFirst(token.count)
        body = body.drop(while: { $0 == " " || $0 == "\t" })
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: body.startIndex)
        return Split(body: body, published: published, bodyOffset: offset)
    }

    /// `YYYY-MM` or `YYYY-MM-DD` with a plausible year, a real month and a real day.
    static func parse(_ token: Substring) -> PublishedDate? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, let year = Int(parts[0]), (1900...2100).contains(year),
              parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        if parts.count == 2 { return PublishedDate(date: String(token), precision: .month, source: .metadata) }
        guard parts[2].count == 2, let day = Int(parts[2]), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return PublishedDate(date: String(token), precision: .day, source: .metadata)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
