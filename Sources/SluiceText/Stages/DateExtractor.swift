public import SluiceCore

/// STUB — replaced by the dates stage. Finds the publication date with its precision and source.
public struct DateExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - metadata: the date of the ` date YYYY-MM` prefix, if any.
    ///   - kept: the paragraphs left after boilerplate removal (dates in removed spans never count).
    ///   - language: the article's language.
    public func extract(metadata: PublishedDate?, kept: [Paragraph], language: String?) -> PublishedDate? { metadata }
}
