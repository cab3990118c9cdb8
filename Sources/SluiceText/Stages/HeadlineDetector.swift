/// STUB — replaced by the boilerplate stage's owner. Picks the article's title among its kept paragraphs.
public struct HeadlineDetector: Sendable {
    public init() {}

    /// The title, or nil when the article has none (e.g. it starts with its lead paragraph).
    public func title(kept: [Paragraph], language: String?) -> String? { kept.first?.text }
}
