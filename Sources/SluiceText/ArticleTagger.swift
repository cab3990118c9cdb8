public import SluiceCore

/// The whole text pipeline for one article: decode → metadata → paragraphs → per-paragraph language →
/// boilerplate → article language → title → entities → dates → topics.
///
/// Stateless and `Sendable`: one instance is shared by every worker. Stories (which need other
/// articles) are assigned by the store after the append.
public struct ArticleTagger: ArticleParser {
    public var decoder = TextDecoder()
    public var metadata = MetadataSplitter()
    public var languages = LanguageDetector()
    public var boilerplate = BoilerplateStripper()
    public var headlines = HeadlineDetector()
    public var entities = EntityTagger()
    public var dates = DateExtractor()
    public var topics = TopicClassifier.builtInRules
    public var stories = StoryClusterer()

    public init() {}

    /// A tagger with topic rules.
    public init(topics: TopicClassifier) {
        self.topics = topics
    }

    /// `ArticleParser`: what the ingest pipeline stores for a file.
    public func parse(_ bytes: [UInt8], name: SpoolName) throws(QuarantineError) -> ParsedArticle {
        let decoded = try decoder.decode(bytes)
        let (result, metadataDate) = analyze(decoded.text, file: nil)
        var fields = ["encoding": decoded.encoding]
        if let date = metadataDate?.date { fields["date"] = date }
        return ParsedArticle(
            title: result.title, text: result.text, language: result.language, published: result.published,
            entities: result.entities, topics: result.topics, metadata: fields,
            removed: result.removed,
            paragraphLanguages: result.paragraphLanguages,
            storySignature: stories.signature(entities: result.entities, published: result.published, text: result.text))
    }

    /// Runs every stage on the bytes of one file.
    ///
    /// - Throws: `QuarantineError` from decoding (`empty`, `binary`, `undecodable`, `truncated-utf8`).
    public func tag(_ bytes: [UInt8], file: String? = nil) throws(QuarantineError) -> TagResult {
        let decoded = try decoder.decode(bytes)
        return tag(text: decoded.text, file: file)
    }

    /// Runs every stage after decoding.
    public func tag(text: String, file: String? = nil) -> TagResult {
        analyze(text, file: file).result
    }

    /// Every stage after decoding, plus the date of the metadata prefix (split once, used twice).
    func analyze(_ text: String, file: String?) -> (result: TagResult, metadataDate: PublishedDate?) {
        let split = metadata.split(text)
        let document = TextDocument(text: text, bodyStart: split.bodyOffset, metadataDate: split.published)
        let evidence = languages.evidence(of: document.paragraphs)
        let firstPass = languages.decide(evidence, including: { _ in true })
        let (kept, removed) = boilerplate.strip(document.paragraphs, languages: firstPass.perParagraph, bodyLanguage: firstPass.language?.code)
        let keptIndices = Set(kept.map(\.index))
        let language = kept.count == document.paragraphs.count
            ? firstPass.language
            : languages.articleLanguage(evidence, including: { keptIndices.contains($0) })
        let title = headlines.title(kept: kept, language: language?.code)
        let found = entities.tag(kept, language: language?.code)
        let published = dates.extract(
            metadata: split.published, kept: kept, language: language?.code,
            removedStamps: Self.headStamps(document.paragraphs, kept: kept, removed: removed))
        let body = kept.map(\.text).joined(separator: "\n\n")
        let topicNames = topics.classify(text: body, title: title, entities: found, language: language?.code)
        let result = TagResult(
            file: file, title: title, language: language?.code,
            paragraphLanguages: zip(document.paragraphs, firstPass.perParagraph).map { p, g in
                ParagraphLanguage(start: p.start, end: p.end, language: g?.code)
            },
            published: published, entities: found, topics: topicNames, removed: removed, text: body)
        return (result, split.published)
    }

    /// Removed lines of the article's head (before its first long kept paragraph) that may be its own
    /// publication or update stamp: never related-headline lists, other-language or copyright lines.
    static func headStamps(_ paragraphs: [Paragraph], kept: [Paragraph], removed: [RemovedSpan]) -> [Paragraph] {
        let bodyStart = kept.first(where: { $0.end - $0.start > 160 })?.start ?? Int.max
        var reasons: [Int: String] = [:]
        for span in removed where span.start < bodyStart { reasons[span.start] = span.reason }
        return paragraphs.filter { p in
            guard p.start < bodyStart, let reason = reasons[p.start] else { return false }
            return reason != BoilerplateReason.related.name && reason != BoilerplateReason.otherLanguage.name
                && reason != BoilerplateReason.copyright.name
        }
    }
}
