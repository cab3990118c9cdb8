/// The minimal title rule of the ingest core: the first non-empty line of the body, trimmed, cut at a
/// word boundary when very long. The text pipeline replaces it with boilerplate-aware rules.
public struct TitleExtractor: Sendable {
    /// Titles longer than this many characters are cut at a word boundary and end with `…`.
    public var maxLength: Int

    public init(maxLength: Int = 300) { self.maxLength = maxLength }

    public func title(of body: Substring) -> String? {
        // Walk lines on the scalar view: Character iteration (grapheme breaking) is far slower.
        let scalars = body.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
            let line = Substring(scalars[start..<end]).trimmingWhitespace()
            if !line.isEmpty { return shortened(line) }
            start = end < scalars.endIndex ? scalars.index(after: end) : end
        }
        return nil
    }

    func shortened(_ line: String) -> String {
        guard line.count > maxLength else { return line }
        let cut = line.prefix(maxLength)
        let boundary = cut.lastIndex(where: { $0.isWhitespace }) ?? cut.endIndex
        return String(cut[..<boundary]).trimmingWhitespace() + "…"
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The text without leading and trailing white space (Unicode's definition).
    func trimmingWhitespace() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
