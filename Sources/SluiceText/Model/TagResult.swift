public import SluiceCore

/// Everything the text pipeline says about one article: the JSON of `sluicectl tag` and `show --json`.
///
/// Field names and shapes are a contract (docs/tagging.md).
public struct TagResult: Sendable, Codable, Equatable {
    public var file: String?
    public var title: String?
    public var language: String?
    public var paragraphLanguages: [ParagraphLanguage]
    public var published: PublishedDate?
    public var entities: [EntityTag]
    public var topics: [String]
    public var removed: [RemovedSpan]
    /// The clean body: kept paragraphs joined by blank lines.
    public var text: String

    enum CodingKeys: String, CodingKey {
        case file, title, language, paragraphLanguages = "paragraph_languages", published, entities, topics, removed, text
    }

    public init(
        file: String? = nil, title: String?, language: String?, paragraphLanguages: [ParagraphLanguage],
        published: PublishedDate?, entities: [EntityTag], topics: [String], removed: [RemovedSpan], text: String
    ) {
        self.file = file
        self.title = title
        self.language = language
        self.paragraphLanguages = paragraphLanguages
        self.published = published
        self.entities = entities
        self.topics = topics
        self.removed = removed
        self.text = text
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(file, forKey: .file)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(paragraphLanguages, forKey: .paragraphLanguages)
        try c.encode(published, forKey: .published)
        try c.encode(entities, forKey: .entities)
        try c.encode(topics, forKey: .topics)
        try c.encode(removed, forKey: .removed)
        try c.encode(text, forKey: .text)
    }
}
