/// The processing stage between reading a file and appending it: decode, parse, tag.
///
/// `IngestPipeline` calls it on its worker tasks, once per file. It does no I/O. The ingest core ships
/// a minimal parser (SluiceText's `ArticlePipeline`); the text pipeline replaces it without touching the
/// pipeline or the store.
public protocol ArticleParser: Sendable {
    /// Turns the bytes of one dropped file into an article, or says why the file must be quarantined.
    ///
    /// - Throws: `QuarantineError` (`empty`, `binary`, `undecodable`, `truncated-utf8`, …).
    func parse(_ bytes: [UInt8], name: SpoolName) throws(QuarantineError) -> ParsedArticle
}
