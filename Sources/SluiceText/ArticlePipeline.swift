public import SluiceCore

/// The ingest core's parse stage: decode → split metadata → title. Plugs into `IngestPipeline` as its
/// `ArticleParser`.
public struct ArticlePipeline: ArticleParser {
    public var decoder = TextDecoder()
    public var metadata = MetadataSplitter()
    public var titles = TitleExtractor()

    public init() {}

    public func parse(_ bytes: [UInt8], name: SpoolName) throws(QuarantineError) -> ParsedArticle {
        let decoded = try decoder.decode(bytes)
        let split = metadata.split(decoded.text)
        var meta = ["encoding": decoded.encoding]
        if let published = split.published { meta["date"] = published.date }
        let text = split.body.trimmingWhitespace()
        return ParsedArticle(
            title: titles.title(of: split.body), text: text, published: split.published, metadata: meta)
    }
}
