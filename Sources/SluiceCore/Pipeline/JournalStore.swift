/// One file ready to be appended: its raw bytes, provenance and what parsing made of it.
public struct IngestRecord: Sendable {
    /// SHA-256 of `raw` (32 bytes): the identity that makes appends idempotent.
    public var sha256: [UInt8]
    /// When the daemon claimed the file, in microseconds since the Unix epoch.
    public var receivedAt: Int64
    /// The name it was dropped under (non-UTF-8 bytes written `\xNN`).
    public var sourceName: String
    /// The owner uid of the dropped file.
    public var sourceUID: UInt32
    /// The original bytes.
    public var raw: [UInt8]
    /// Derived data.
    public var article: ParsedArticle
    /// What `JournalStore.prepare` computed ahead of the append; opaque to the pipeline.
    public var prepared: (any Sendable)?
    /// Crash recovery moved the file back from active/: if its bytes are stored already, it was
    /// committed before the crash, and the store does not count it as a duplicate drop.
    public var recovered: Bool

    public init(sha256: [UInt8], receivedAt: Int64, sourceName: String, sourceUID: UInt32, raw: [UInt8], article: ParsedArticle, recovered: Bool = false) {
        self.sha256 = sha256
        self.receivedAt = receivedAt
        self.sourceName = sourceName
        self.sourceUID = sourceUID
        self.raw = raw
        self.article = article
        self.recovered = recovered
    }
}

/// What happened to one record of an appended batch.
public enum AppendOutcome: Sendable, Equatable {
    /// Stored as a new entry with this sequence number.
    case appended(seq: Int64)
    /// The same bytes were stored before (or earlier in this batch) as entry `seq`.
    case duplicate(seq: Int64)
}

/// The write side of a journaled store: one durable transaction per batch.
///
/// Implementations: SluiceStore's SQLite `Journal`; a PostgreSQL backend shared by several ingester hosts
/// later. The pipeline knows only this protocol.
public protocol JournalStore: Sendable {
    /// Work on one record that needs no transaction (for the SQLite store: its derived data as JSON),
    /// done by the pipeline's workers in parallel so that the single writer does less. Optional.
    func prepare(_ record: inout IngestRecord)

    /// Appends a batch in one transaction and returns once it is durable (fsync'd).
    ///
    /// Records whose `sha256` is already stored are not appended again (`.duplicate`). Either the whole
    /// batch is committed or, when this throws, none of it.
    /// - Returns: one outcome per record, in order.
    func append(_ batch: [IngestRecord]) async throws -> [AppendOutcome]
}

extension JournalStore {
    public func prepare(_ record: inout IngestRecord) {}
}
