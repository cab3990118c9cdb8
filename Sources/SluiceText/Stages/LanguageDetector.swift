import CCLD2

/// STUB — replaced by the language stage. Detects the language of paragraphs and whole articles.
public struct LanguageDetector: Sendable {
    public init() {}

    /// The language of one piece of text (a paragraph, a title), or nil when unknown.
    public func detect(_ text: String) -> LanguageGuess? { nil }

    /// The article's language from its kept paragraphs (weighted by length) and each paragraph's guess.
    public func detectArticle(_ paragraphs: [Paragraph]) -> (language: LanguageGuess?, perParagraph: [LanguageGuess?]) {
        (nil, paragraphs.map { detect($0.text) })
    }
}
