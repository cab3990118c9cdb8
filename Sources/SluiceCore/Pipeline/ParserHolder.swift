import Synchronization

/// The pipeline's current `ArticleParser`, replaceable while it runs: a reload swaps in a parser built
/// from new rules, and files claimed after the swap use it.
public final class ParserHolder: Sendable {
    private let parser: Mutex<any ArticleParser>

    public init(_ parser: any ArticleParser) {
        self.parser = Mutex(parser)
    }

    /// The parser for the next file.
    public var current: any ArticleParser { parser.withLock { $0 } }

    /// Replaces the parser for every file claimed from now on.
    public func replace(with newParser: any ArticleParser) {
        parser.withLock { $0 = newParser }
    }
}
