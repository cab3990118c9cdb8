/// STUB — replaced by the boilerplate stage. Removes page leftovers, keeping each removal with a reason.
public struct BoilerplateStripper: Sendable {
    public init() {}

    /// Splits paragraphs into kept body and removed spans.
    /// - Parameters:
    ///   - languages: each paragraph's language guess (same order as `paragraphs`), nil when unknown.
    ///   - bodyLanguage: the language of the article body, when known.
    public func strip(_ paragraphs: [Paragraph], languages: [LanguageGuess?], bodyLanguage: String?) -> (kept: [Paragraph], removed: [RemovedSpan]) {
        (paragraphs, [])
    }
}
