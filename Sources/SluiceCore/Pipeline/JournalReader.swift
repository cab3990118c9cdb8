/// One stored entry as the CLI and the control protocol show it.
///
/// The JSON field names are a contract (DESIGN.md §7): `seq`, `sha256`, `source_name`, `title`,
/// `language`, `published`, `entities`, `topics`, `story` and the rest.
public struct StoredEntry: Sendable, Codable, Equatable {
    public var seq: Int64
    /// Hex SHA-256 of the raw bytes.
    public var sha256: String
    /// When the daemon claimed the file (RFC 3339, UTC, microseconds).
    public var receivedAt: String
    public var sourceName: String
    public var sourceUID: UInt32
    public var size: Int64
    public var title: String?
    public var language: String?
    public var published: PublishedDate?
    public var entities: [EntityTag]
    public var topics: [String]
    public var story: String?
    public var metadata: [String: String]
    /// The clean text (only filled by `entry(seq:)`).
    public var text: String?
    /// Hex hashes of the chain (only filled by `entry(seq:)`).
    public var prevHash: String?
    public var entryHash: String?
    /// Boilerplate removed from the input (only filled by `entry(seq:)`).
    public var removed: [RemovedText]?
    /// Each paragraph's language (only filled by `entry(seq:)`).
    public var paragraphLanguages: [ParagraphLanguage]?

    public init(
        seq: Int64, sha256: String, receivedAt: String, sourceName: String, sourceUID: UInt32, size: Int64,
        title: String?, language: String?, published: PublishedDate?, entities: [EntityTag], topics: [String],
        story: String?, metadata: [String: String], text: String? = nil, prevHash: String? = nil, entryHash: String? = nil
    ) {
        self.seq = seq
        self.sha256 = sha256
        self.receivedAt = receivedAt
        self.sourceName = sourceName
        self.sourceUID = sourceUID
        self.size = size
        self.title = title
        self.language = language
        self.published = published
        self.entities = entities
        self.topics = topics
        self.story = story
        self.metadata = metadata
        self.text = text
        self.prevHash = prevHash
        self.entryHash = entryHash
    }

    enum CodingKeys: String, CodingKey {
        case seq, sha256, receivedAt = "received_at", sourceName = "source_name", sourceUID = "source_uid", size
        case title, language, published, entities, topics, story, metadata, text
        case prevHash = "prev_hash", entryHash = "entry_hash", removed, paragraphLanguages = "paragraph_languages"
    }
}

/// Totals kept by the store.
public struct JournalCounts: Sendable, Codable, Equatable {
    /// Entries stored.
    public var entries: Int64
    /// Files whose bytes were already stored when they arrived.
    public var duplicates: Int64
    /// The newest sequence number (0 when empty).
    public var lastSeq: Int64

    public init(entries: Int64, duplicates: Int64, lastSeq: Int64) {
        self.entries = entries
        self.duplicates = duplicates
        self.lastSeq = lastSeq
    }
}

/// What `verify` found.
public struct VerifyReport: Sendable, Codable, Equatable {
    /// Entries checked.
    public var checked: Int64
    /// The first entry that does not verify, if any.
    public var firstBadSeq: Int64?
    /// Why it does not verify.
    public var problem: String?

    public var ok: Bool { firstBadSeq == nil && problem == nil }

    public init(checked: Int64, firstBadSeq: Int64? = nil, problem: String? = nil) {
        self.checked = checked
        self.firstBadSeq = firstBadSeq
        self.problem = problem
    }

    enum CodingKeys: String, CodingKey { case checked, firstBadSeq = "first_bad_seq", problem, ok }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ok, forKey: .ok)
        try c.encode(checked, forKey: .checked)
        try c.encodeIfPresent(firstBadSeq, forKey: .firstBadSeq)
        try c.encodeIfPresent(problem, forKey: .problem)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        checked = try c.decode(Int64.self, forKey: .checked)
        firstBadSeq = try c.decodeIfPresent(Int64.self, forKey: .firstBadSeq)
        problem = try c.decodeIfPresent(String.self, forKey: .problem)
    }
}

/// The read side of a journaled store.
public protocol JournalReader: Sendable {
    /// Totals.
    func counts() async throws -> JournalCounts
    /// Entries matching `filter`, in sequence order (newest first when `filter.descending`).
    func list(_ filter: EntryFilter) async throws -> [StoredEntry]
    /// One entry with its text and hashes, or nil.
    func entry(seq: Int64) async throws -> StoredEntry?
    /// Up to `limit` entries after `afterSeq`, oldest first, with their texts and hashes (export and
    /// follow page through the journal with it, in constant memory).
    func entries(afterSeq: Int64, limit: Int) async throws -> [StoredEntry]
    /// The original bytes of one entry, or nil.
    func raw(seq: Int64) async throws -> [UInt8]?
    /// Recomputes every content hash and the hash chain.
    func verify() async throws -> VerifyReport
    /// Stories, most recently extended first.
    func stories(limit: Int, minimumSize: Int) async throws -> [StorySummary]
}

/// One story: entries that report the same event, in any language.
public struct StorySummary: Sendable, Codable, Equatable {
    /// The story's id: the seq of its first entry.
    public var id: String
    /// How many entries it has.
    public var entries: Int
    /// Their languages.
    public var languages: [String]
    /// Their seqs, oldest first.
    public var seqs: [Int64]
    /// The title of the first entry that has one.
    public var title: String?
    /// The earliest publication date among them.
    public var published: String?

    public init(id: String, entries: Int, languages: [String], seqs: [Int64], title: String?, published: String?) {
        self.id = id
        self.entries = entries
        self.languages = languages
        self.seqs = seqs
        self.title = title
        self.published = published
    }
}

/// Which entries `JournalReader.list` returns.
public struct EntryFilter: Sendable, Equatable {
    /// At most this many.
    public var limit: Int
    /// Only entries after this seq (before it when descending).
    public var afterSeq: Int64?
    /// Newest first.
    public var descending: Bool
    /// ISO 639-1 language.
    public var language: String?
    /// Canonical entity name.
    public var entity: String?
    /// Topic name.
    public var topic: String?
    /// Published on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var since: String?
    /// Published on or before this date (a shorter date includes all of its period).
    public var until: String?

    public init(limit: Int = 20, afterSeq: Int64? = nil, descending: Bool = true, language: String? = nil,
                entity: String? = nil, topic: String? = nil, since: String? = nil, until: String? = nil) {
        self.limit = limit
        self.afterSeq = afterSeq
        self.descending = descending
        self.language = language
        self.entity = entity
        self.topic = topic
        self.since = since
        self.until = until
    }
}

/// One full-text search hit.
public struct SearchHit: Sendable, Codable, Equatable {
    /// The entry (summary fields).
    public var entry: StoredEntry
    /// The BM25 score: lower is better (SQLite's convention); hits come best first.
    public var rank: Double
    /// A short extract of the text around the hits; each hit is wrapped in U+0002 … U+0003 so that a
    /// client can highlight it (sluicectl shows it bold on a terminal).
    public var snippet: String

    public init(entry: StoredEntry, rank: Double, snippet: String) {
        self.entry = entry
        self.rank = rank
        self.snippet = snippet
    }
}

/// Full-text search over titles and texts.
public protocol JournalSearching: Sendable {
    /// Entries whose title or text holds every word of `query` (diacritics ignored; a word ending in
    /// `*` is a prefix), best first.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]
}
