/// The minimal title rule of the ingest core: the first non-empty line of the body, trimmed, cut at a
/// word boundary when very long. The text pipeline replaces it with boilerplate-aware rules.
public struct TitleExtractor: Sendable {
    /// Titles longer than this many characters are cut at a word boundary and end with `…`.
    public var maxLength: Int

    public init(maxLength: Int = 300) { self.maxLength = maxLength }

    public func title(of body: Substring) -> String? {
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if trimmed.count <= maxLength { return String(trimmed) }
            let cut = trimmed.prefix(maxLength)
            let boundary = cut.lastIndex(where: { $0.isWhitespace }) ?? cut.endIndex
            return String(cut[..<boundary]).trimmingWhitespace() + "…"
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
