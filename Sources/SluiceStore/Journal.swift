import Crypto
import Foundation
import Glibc
import GRDBSQLite
public import GRDB
public import SluiceCore

/// The embedded journaled store: one SQLite file through GRDB, WAL, `synchronous=FULL`.
///
/// One `DatabasePool` for the life of the process: one writer (appends are serialised by GRDB's writer
/// queue), readers that never block it. Each append is one transaction — the group commit. The
/// `entry` table is append-only (triggers refuse DELETE and changes to journal fields) and hash-chained
/// (`EntryHash`). Derived columns (text, title, language, tags, story) may be rewritten by a retag.
public struct Journal: JournalStore, JournalReader, JournalSearching {
    private let writer: any DatabaseWriter
    /// Decides which stored story a new entry joins; nil: every entry is its own story.
    private let stories: (any StoryMatcher)?
    /// Signatures of recent entries, decoded once for story matching.
    private let signatures = StorySignatureCache()
    /// The database file's path, or `:memory:`.
    public let path: String
    /// The chain head recorded beside the database file (nil in memory).
    public let chainHead: ChainHead?

    // MARK: - Opening

    /// The configuration shared by the daemon, the CLI and tests.
    public static func makeConfiguration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.label = "sluice.journal"
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            if !db.configuration.readonly, db.configuration.journalMode == .wal {
                // Persistent WAL: -wal and -shm stay on close, so read-only openers (sluicectl while
                // the daemon is down) can still read.
                var flag: CInt = 1
                _ = withUnsafeMutablePointer(to: &flag) { p in
                    sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, p)
                }
            }
        }
        return config
    }

    /// Opens (creating and migrating if needed) the store for appending.
    ///
    /// - Throws: `StoreError` `store-open-failed` or `store-schema-too-new`.
    public static func open(path: String, stories: (any StoryMatcher)? = nil) throws(StoreError) -> Journal {
        do {
            var config = makeConfiguration()
            config.journalMode = .wal
            let checkpointer = Checkpointer()
            config.prepareDatabase { db in
                if !db.configuration.readonly { checkpointer.install(on: db) }
            }
            let pool = try DatabasePool(path: path, configuration: config)
            // GRDB's WAL set-up leaves the writer at `synchronous=NORMAL` (after prepareDatabase ran):
            // a commit would not be fsync'd, and a power cut could take back files already removed
            // from active/. Every commit is durable before it returns. Appends touch the table's tail and
            // a few index pages: 4 MiB of page cache (not the readers' 16) keeps the daemon's memory flat.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -4096") }
            let journal = Journal(writer: pool, path: path, stories: stories)
            try journal.migrate()
            try checkpointer.start(path: path)
            return journal
        } catch let error as StoreError {
            throw error
        } catch {
            if let corrupt = StoreError.corrupt(path, error) { throw corrupt }
            throw StoreError(.openFailed, "cannot open the store \(path): \(error); check the state directory's permissions and free space", cause: error)
        }
    }

    /// Opens an existing store read-only (for `sluicectl` while the daemon is down, or beside it).
    ///
    /// - Throws: `StoreError` `store-missing`, `store-open-failed`, `store-schema-too-new`.
    public static func openReadOnly(path: String) throws(StoreError) -> Journal {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.missing, "no store at \(path); has sluiced ever run with this --state?")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: makeConfiguration(readonly: true))
            let journal = Journal(writer: queue, path: path)
            if try queue.read({ try Journal.migrator.hasBeenSuperseded($0) }) {
                throw StoreError(.schemaTooNew, "the store \(path) was written by a newer sluice; use that version's sluicectl")
            }
            return journal
        } catch let error as StoreError {
            throw error
        } catch {
            if let corrupt = StoreError.corrupt(path, error) { throw corrupt }
            throw StoreError(.openFailed, "cannot open the store \(path) read-only: \(error)", cause: error)
        }
    }

    /// An in-memory store, for tests.
    public static func inMemory(stories: (any StoryMatcher)? = nil) throws -> Journal {
        let journal = Journal(writer: try DatabaseQueue(configuration: makeConfiguration()), path: ":memory:", stories: stories)
        try journal.migrate()
        return journal
    }

    private init(writer: any DatabaseWriter, path: String, stories: (any StoryMatcher)? = nil) {
        self.writer = writer
        self.path = path
        self.stories = stories
        self.chainHead = path == ":memory:" ? nil : ChainHead(databasePath: path)
    }

    private func migrate() throws {
        try Journal.migrator.migrate(writer)
        if try writer.read({ try Journal.migrator.hasBeenSuperseded($0) }) {
            throw StoreError(.schemaTooNew, "the store \(path) was written by a newer sluice; run that version, or move the file away")
        }
    }

    /// The schema, in named forward-only migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: journal") { db in
            try db.execute(sql: """
                CREATE TABLE entry (
                    seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
                    sha256 BLOB NOT NULL UNIQUE CHECK (length(sha256) = 32),
                    received_at INTEGER NOT NULL,
                    source_name TEXT NOT NULL,
                    source_uid INTEGER NOT NULL,
                    size INTEGER NOT NULL,
                    raw BLOB NOT NULL,
                    text TEXT NOT NULL,
                    title TEXT,
                    language TEXT,
                    published TEXT,
                    published_precision TEXT CHECK (published_precision IN ('year', 'month', 'day')),
                    tags TEXT NOT NULL DEFAULT '{}',
                    story_id TEXT,
                    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
                    entry_hash BLOB NOT NULL CHECK (length(entry_hash) = 32)
                );
                CREATE INDEX entry_language ON entry(language);
                CREATE INDEX entry_published ON entry(published);
                CREATE INDEX entry_story ON entry(story_id);

                CREATE TABLE counter (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO counter(name, value) VALUES ('duplicates', 0);

                CREATE VIRTUAL TABLE entry_fts USING fts5(
                    title, text, content='entry', content_rowid='seq',
                    tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
                    INSERT INTO entry_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                END;
                CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, text ON entry BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                    INSERT INTO entry_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                END;

                CREATE TRIGGER entry_append_only BEFORE DELETE ON entry BEGIN
                    SELECT RAISE(ABORT, 'the sluice journal is append-only');
                END;
                CREATE TRIGGER entry_immutable BEFORE UPDATE OF
                    seq, sha256, received_at, source_name, source_uid, size, raw, prev_hash, entry_hash ON entry
                BEGIN
                    SELECT RAISE(ABORT, 'journal fields of a sluice entry never change');
                END;
                """)
        }
        migrator.registerMigration("v2: entity and topic index") { db in
            // Derived data, rewritten by a retag: which entries mention which entity or have which topic.
            try db.execute(sql: """
                CREATE TABLE entry_entity (
                    name TEXT NOT NULL,
                    seq INTEGER NOT NULL REFERENCES entry(seq),
                    kind TEXT NOT NULL,
                    PRIMARY KEY (name, seq)
                ) WITHOUT ROWID;
                CREATE INDEX entry_entity_seq ON entry_entity(seq);
                CREATE TABLE entry_topic (
                    topic TEXT NOT NULL,
                    seq INTEGER NOT NULL REFERENCES entry(seq),
                    PRIMARY KEY (topic, seq)
                ) WITHOUT ROWID;
                CREATE INDEX entry_topic_seq ON entry_topic(seq);
                ALTER TABLE entry ADD COLUMN story_signature TEXT;
                """)
        }
        migrator.registerMigration("v3: full-text index written by the append") { db in
            // A row trigger made FTS5 flush a segment per entry (each trigger-fired statement opens a
            // savepoint, and FTS5 syncs its pending terms at every savepoint): the append now indexes a
            // whole batch with one statement in the same transaction (`indexText`).
            try db.execute(sql: "DROP TRIGGER entry_fts_insert")
        }
        return migrator
    }

    // MARK: - Appending

    /// The derived data stored as JSON in `tags`.
    struct Tags: Codable {
        var entities: [EntityTag]
        var topics: [String]
        var metadata: [String: String]
        var published: PublishedDate?
        var removed: [RemovedText]?
        var paragraphLanguages: [ParagraphLanguage]?

        enum CodingKeys: String, CodingKey {
            case entities, topics, metadata, published, removed, paragraphLanguages = "paragraph_languages"
        }

        /// The derived data of an article, empty lists left out.
        init(_ article: ParsedArticle) {
            entities = article.entities
            topics = article.topics
            metadata = article.metadata
            published = article.published
            removed = article.removed.isEmpty ? nil : article.removed
            paragraphLanguages = article.paragraphLanguages.isEmpty ? nil : article.paragraphLanguages
        }
    }

    /// The JSON columns of one entry, encoded by `prepare` on a worker.
    struct EncodedFields: Sendable {
        var tags: String
        var signature: String?

        /// Written by `TagsJSON`, byte for byte what `JSONEncoder` (sorted keys) makes of `Tags` and
        /// `StorySignature`.
        init(_ article: ParsedArticle) {
            tags = TagsJSON.tags(article)
            signature = article.storySignature.map(TagsJSON.signature)
        }
    }

    /// Encodes the record's tags and story signature, so that the writer only binds strings.
    public func prepare(_ record: inout IngestRecord) {
        record.prepared = EncodedFields(record.article)
    }

    public func append(_ batch: [IngestRecord]) async throws -> [AppendOutcome] {
        if batch.isEmpty { return [] }
        do {
            let (outcomes, head) = try await writer.write { [stories, signatures] db in
                (try Journal.append(batch, stories: stories, signatures: signatures, db), try Journal.head(db))
            }
            if outcomes.contains(where: { if case .appended = $0 { true } else { false } }) {
                chainHead?.write(ChainHead.Record(seq: head.0, hash: head.1))
            }
            return outcomes
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw StoreError(.full, "the file system of \(path) is full; nothing of a batch of \(batch.count) files was stored; claiming stops and the batch is retried until there is space", cause: error)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_IOERR {
            throw StoreError(.ioError, "an I/O error hit \(path) (\(error.extendedResultCode)); nothing of a batch of \(batch.count) files was stored; claiming stops and the batch is retried", cause: error)
        } catch {
            throw StoreError(.appendFailed, "committing a batch of \(batch.count) files to \(path) failed: \(error); the files stay in active/ and are retried", cause: error)
        }
    }

    static func append(
        _ batch: [IngestRecord], stories: (any StoryMatcher)?, signatures: StorySignatureCache, _ db: Database
    ) throws -> [AppendOutcome] {
        var (seq, prev) = try head(db)
        let first = seq
        let insert = try db.cachedStatement(sql: """
            INSERT INTO entry (seq, sha256, received_at, source_name, source_uid, size, raw, text, title,
                               language, published, published_precision, tags, story_id, story_signature,
                               prev_hash, entry_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(sha256) DO NOTHING
            """)
        let existing = try db.cachedStatement(sql: "SELECT seq FROM entry WHERE sha256 = ?")
        var outcomes: [AppendOutcome] = []
        outcomes.reserveCapacity(batch.count)
        var duplicates = 0
        for (position, record) in batch.enumerated() {
            if position == batch.count / 2 { FaultInjection.crash(.crashMidBatch, "\(batch.count) files") }
            let next = seq + 1
            let fields = EntryHash.Fields(
                seq: next, sha256: record.sha256, receivedAt: record.receivedAt, sourceUID: record.sourceUID,
                size: Int64(record.raw.count), sourceName: record.sourceName)
            let hash = EntryHash.hash(prev: prev, fields)
            let article = record.article
            let encoded = (record.prepared as? EncodedFields) ?? EncodedFields(article)
            let story = try Journal.story(for: article.storySignature, seq: next, matcher: stories, signatures: signatures, db)
            try insert.execute(arguments: [
                next, Data(record.sha256), record.receivedAt, record.sourceName, Int64(record.sourceUID),
                Int64(record.raw.count), Data(record.raw), article.text, article.title, article.language,
                article.published?.date, article.published?.precision.rawValue,
                encoded.tags, story, encoded.signature,
                Data(prev), Data(hash),
            ])
            if db.changesCount == 1 {
                seq = next
                prev = hash
                try index(article, seq: next, db)
                outcomes.append(.appended(seq: next))
            } else {
                let seqOfExisting = try Int64.fetchOne(existing, arguments: [Data(record.sha256)]) ?? 0
                outcomes.append(.duplicate(seq: seqOfExisting))
                if !record.recovered { duplicates += 1 }
            }
        }
        if seq > first {
            try indexText(after: first, db)
        }
        if duplicates > 0 {
            try db.execute(sql: "UPDATE counter SET value = value + ? WHERE name = 'duplicates'", arguments: [duplicates])
        }
        return outcomes
    }

    /// The story a new entry joins: the story of the most recent entry (among the last 20,000) that
    /// shares a person (or, without people, a place) and that the matcher calls the same story; else a
    /// new story named after the entry's seq. Entries without people and places get no story.
    static func story(
        for signature: StorySignature?, seq: Int64, matcher: (any StoryMatcher)?, signatures: StorySignatureCache, _ db: Database
    ) throws -> String? {
        guard let signature, let matcher else { return nil }
        let keys = signature.persons.isEmpty ? signature.places : signature.persons
        if keys.isEmpty { return nil }
        // Per key, the newest entries that mention it, through the (name, seq) primary key, lazily:
        // most new entries match one of the first few candidates.
        let candidates = try db.cachedStatement(sql: """
            SELECT x.seq, e.story_id, e.story_signature FROM entry_entity x JOIN entry e ON e.seq = x.seq
            WHERE x.name = ? AND x.seq > ? AND e.story_id IS NOT NULL AND e.story_signature IS NOT NULL
            ORDER BY x.seq DESC LIMIT 50
            """)
        var seen = Set<Int64>()
        for key in keys {
            let rows = try Row.fetchCursor(candidates, arguments: [key, seq - 20_000])
            while let row = try rows.next() {
                guard seen.insert(row["seq"]).inserted else { continue }
                let json: String = row["story_signature"]
                guard let other = signatures.signature(json) else { continue }
                if matcher.sameStory(signature, other) { return row["story_id"] }
            }
        }
        return String(seq)
    }

    /// Adds the entries after `seq` to the full-text index, in one statement: part of the append's
    /// transaction, so an entry is searchable as soon as it is committed.
    static func indexText(after seq: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO entry_fts(rowid, title, text) SELECT seq, title, text FROM entry WHERE seq > ?")
        try statement.execute(arguments: [seq])
    }

    /// Writes the entity and topic index rows of one entry.
    static func index(_ article: ParsedArticle, seq: Int64, _ db: Database) throws {
        let entity = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_entity (name, seq, kind) VALUES (?, ?, ?)")
        for tag in article.entities where tag.kind != "other" {
            try entity.execute(arguments: [tag.name, seq, tag.kind])
        }
        let topic = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_topic (topic, seq) VALUES (?, ?)")
        for name in article.topics {
            try topic.execute(arguments: [name, seq])
        }
    }

    /// The newest entry's seq and hash (0 and the genesis hash when empty).
    static func head(_ db: Database) throws -> (Int64, [UInt8]) {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, entry_hash FROM entry ORDER BY seq DESC LIMIT 1") {
            let hash: Data = row["entry_hash"]
            return (row["seq"], Array(hash))
        }
        return (0, EntryHash.genesis)
    }

    // MARK: - Retagging

    /// Recomputes the derived data (title, text, language, date, tags, entity/topic index, story) of
    /// entries after `afterSeq` from their stored raw bytes, `batchSize` entries per transaction.
    /// The journal columns and the hash chain are not touched. Resumable: pass the last seq reported.
    ///
    /// - Parameters:
    ///   - parse: the text pipeline; an entry it rejects keeps its old tags.
    ///   - progress: called after each committed batch with the last seq done.
    /// - Returns: how many entries were retagged.
    public func retag(
        afterSeq: Int64, batchSize: Int = 500,
        parse: @escaping @Sendable ([UInt8], String) -> ParsedArticle?,
        progress: @Sendable (Int64) -> Void = { _ in }
    ) async throws -> Int {
        var cursor = afterSeq
        var total = 0
        while true {
            let (done, last) = try await writer.write { [stories, signatures, cursor] db -> (Int, Int64) in
                let rows = try Row.fetchAll(db, sql: "SELECT seq, source_name, raw FROM entry WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [cursor, batchSize])
                var last = cursor
                for row in rows {
                    let seq: Int64 = row["seq"]
                    last = seq
                    let raw: Data = row["raw"]
                    guard let article = parse(Array(raw), row["source_name"]) else { continue }
                    let encoded = EncodedFields(article)
                    try db.execute(sql: "DELETE FROM entry_entity WHERE seq = ?", arguments: [seq])
                    try db.execute(sql: "DELETE FROM entry_topic WHERE seq = ?", arguments: [seq])
                    try db.execute(sql: "UPDATE entry SET story_id = NULL WHERE seq = ?", arguments: [seq])
                    let story = try Journal.story(for: article.storySignature, seq: seq, matcher: stories, signatures: signatures, db)
                    try db.execute(sql: """
                        UPDATE entry SET text = ?, title = ?, language = ?, published = ?, published_precision = ?,
                               tags = ?, story_id = ?, story_signature = ? WHERE seq = ?
                        """, arguments: [article.text, article.title, article.language, article.published?.date,
                                         article.published?.precision.rawValue, encoded.tags, story, encoded.signature, seq])
                    try Journal.index(article, seq: seq, db)
                }
                return (rows.count, last)
            }
            if done == 0 { return total }
            total += done
            cursor = last
            progress(last)
        }
    }

    /// A `PRAGMA` as the writer connection sees it (for tests: `synchronous` must be 2, FULL).
    func writerPragma(_ name: String) throws -> Int? {
        try writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA \(name)") }
    }

    // MARK: - Reading

    public func counts() async throws -> JournalCounts {
        try await read { db in
            let entries = try Int64.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
            let duplicates = try Int64.fetchOne(db, sql: "SELECT value FROM counter WHERE name = 'duplicates'") ?? 0
            let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM entry") ?? 0
            return JournalCounts(entries: entries, duplicates: duplicates, lastSeq: last)
        }
    }

    public func stories(limit: Int, minimumSize: Int) async throws -> [StorySummary] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT story_id, count(*) AS n, group_concat(seq) AS seqs,
                       group_concat(DISTINCT language) AS languages, min(published) AS published,
                       (SELECT title FROM entry t WHERE t.story_id = e.story_id AND t.title IS NOT NULL ORDER BY seq LIMIT 1) AS title
                FROM entry e WHERE story_id IS NOT NULL
                GROUP BY story_id HAVING count(*) >= ?
                ORDER BY max(seq) DESC LIMIT ?
                """, arguments: [minimumSize, limit])
            return rows.map { row in
                let seqs = ((row["seqs"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }.sorted()
                let languages = ((row["languages"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
                return StorySummary(id: row["story_id"], entries: row["n"], languages: languages, seqs: seqs, title: row["title"], published: row["published"])
            }
        }
    }

    static let summaryColumns = "seq, sha256, received_at, source_name, source_uid, size, title, language, published, published_precision, tags, story_id"

    public func list(_ filter: EntryFilter) async throws -> [StoredEntry] {
        try await read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            let after = filter.afterSeq ?? (filter.descending ? Int64.max : 0)
            clauses.append(filter.descending ? "seq < ?" : "seq > ?")
            arguments += [after]
            if let language = filter.language {
                clauses.append("language = ?")
                arguments += [language]
            }
            if let entity = filter.entity {
                clauses.append("seq IN (SELECT seq FROM entry_entity WHERE name = ?)")
                arguments += [entity]
            }
            if let topic = filter.topic {
                clauses.append("seq IN (SELECT seq FROM entry_topic WHERE topic = ?)")
                arguments += [topic]
            }
            if let since = filter.since {
                clauses.append("published >= ?")
                arguments += [since]
            }
            if let until = filter.until {
                clauses.append("(published <= ? OR published LIKE ? || '%')")
                arguments += [until, until]
            }
            let order = filter.descending ? "DESC" : "ASC"
            arguments += [filter.limit]
            let rows = try Row.fetchAll(db, sql: "SELECT \(Journal.summaryColumns) FROM entry WHERE \(clauses.joined(separator: " AND ")) ORDER BY seq \(order) LIMIT ?", arguments: arguments)
            return try rows.map { try Journal.entry(from: $0, full: false) }
        }
    }

    /// An FTS5 query that matches every word of `text` literally (quotes, operators and column names in
    /// user input are not syntax); `word*` stays a prefix search. Nil when `text` has no word.
    public static func ftsQuery(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).compactMap { token -> String? in
            let prefix = token.hasSuffix("*")
            let word = String(prefix ? token.dropLast() : token[...]).replacingOccurrences(of: "\"", with: "\"\"")
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
            return "\"" + word + "\"" + (prefix ? "*" : "")
        }
        return words.isEmpty ? nil : words.joined(separator: " AND ")
    }

    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard let match = Journal.ftsQuery(query) else { return [] }
        let columns = Journal.summaryColumns.split(separator: ", ").map { "entry." + $0 }.joined(separator: ", ")
        return try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(columns), snippet(entry_fts, -1, char(2), char(3), '…', 16) AS snip,
                       bm25(entry_fts, 4.0, 1.0) AS score
                FROM entry_fts JOIN entry ON entry.seq = entry_fts.rowid
                WHERE entry_fts MATCH ? ORDER BY score LIMIT ?
                """, arguments: [match, limit])
            return try rows.map { row in
                SearchHit(entry: try Journal.entry(from: row, full: false), rank: row["score"], snippet: row["snip"] ?? "")
            }
        }
    }

    public func entry(seq: Int64) async throws -> StoredEntry? {
        try await entries(afterSeq: seq - 1, limit: 1).first { $0.seq == seq }
    }

    public func entries(afterSeq: Int64, limit: Int) async throws -> [StoredEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT \(Journal.summaryColumns), text, prev_hash, entry_hash FROM entry WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [afterSeq, limit])
                .map { try Journal.entry(from: $0, full: true) }
        }
    }

    public func raw(seq: Int64) async throws -> [UInt8]? {
        try await read { db in
            try Data.fetchOne(db, sql: "SELECT raw FROM entry WHERE seq = ?", arguments: [seq]).map { Array($0) }
        }
    }

    static func entry(from row: Row, full: Bool) throws -> StoredEntry {
        let tagsJSON: String = row["tags"]
        let tags = try? JSONDecoder().decode(Tags.self, from: Data(tagsJSON.utf8))
        let sha: Data = row["sha256"]
        let receivedAt: Int64 = row["received_at"]
        var published = tags?.published
        if published == nil, let date: String = row["published"], let precision = (row["published_precision"] as String?).flatMap(PublishedDate.Precision.init(rawValue:)) {
            published = PublishedDate(date: date, precision: precision, source: .metadata)
        }
        var entry = StoredEntry(
            seq: row["seq"], sha256: sha.hex, receivedAt: Journal.timestamp(receivedAt),
            sourceName: row["source_name"], sourceUID: UInt32(truncatingIfNeeded: row["source_uid"] as Int64),
            size: row["size"], title: row["title"], language: row["language"], published: published,
            entities: tags?.entities ?? [], topics: tags?.topics ?? [], story: row["story_id"],
            metadata: tags?.metadata ?? [:])
        if full {
            entry.text = row["text"]
            entry.prevHash = (row["prev_hash"] as Data).hex
            entry.entryHash = (row["entry_hash"] as Data).hex
            entry.removed = tags?.removed ?? []
            entry.paragraphLanguages = tags?.paragraphLanguages ?? []
        }
        return entry
    }

    /// Microseconds since the epoch as RFC 3339 UTC with microseconds.
    static func timestamp(_ micros: Int64) -> String {
        let seconds = micros / 1_000_000
        let fraction = micros % 1_000_000
        var tm = tm()
        var t = time_t(seconds)
        gmtime_r(&t, &tm)
        let date = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, Int(fraction))
        return date
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            if let corrupt = StoreError.corrupt(path, error) { throw corrupt }
            throw StoreError(.readFailed, "reading the store \(path) failed: \(error)", cause: error)
        }
    }

    // MARK: - Verifying

    static let verifyColumns = "seq, sha256, received_at, source_name, source_uid, size, raw, prev_hash, entry_hash"

    /// Walks the journal in seq order: SQLite's own page check first, then contiguous seqs from 1,
    /// `sha256` of every raw blob, its size, `prev_hash` linking to the entry before, `entry_hash`
    /// recomputed, and finally the chain head file (entries committed and since lost). Stops at the first
    /// bad entry. A database SQLite itself finds damaged is reported as corrupt, not thrown.
    public func verify() async throws -> VerifyReport {
        let recorded: ChainHead.Record?
        do { recorded = try chainHead?.read() } catch { return VerifyReport(checked: 0, problem: error.message) }
        do {
            return try await read { db in
                if let damage = try Journal.pageDamage(db) { return VerifyReport(checked: 0, problem: damage) }
                let rows = try Row.fetchCursor(db, sql: "SELECT \(Journal.verifyColumns) FROM entry ORDER BY seq")
                var expectedSeq: Int64 = 1
                var prev = EntryHash.genesis
                var checked: Int64 = 0
                while let row = try rows.next() {
                    let seq: Int64 = row["seq"]
                    if seq != expectedSeq {
                        return VerifyReport(checked: checked, firstBadSeq: expectedSeq, problem: "entry \(expectedSeq) is missing (next is \(seq))")
                    }
                    if let problem = Journal.problem(row, linkingTo: prev, recorded: recorded) {
                        return VerifyReport(checked: checked, firstBadSeq: seq, problem: problem)
                    }
                    prev = Array(row["entry_hash"] as Data)
                    expectedSeq += 1
                    checked += 1
                }
                if let lost = Journal.lostTail(last: checked, recorded: recorded) {
                    return VerifyReport(checked: checked, firstBadSeq: checked + 1, problem: lost)
                }
                return VerifyReport(checked: checked)
            }
        } catch let error as StoreError where error.code == .corrupt {
            return VerifyReport(checked: 0, problem: error.message)
        }
    }

    /// The daemon's start-up check, cheap on any store size: no seq missing anywhere (count against the
    /// last seq, through an index), the newest `window` entries verified as `verify` does (content hash,
    /// size, links, entry hashes), and the chain head file matched. Appending onto a chain that fails it
    /// would make later corruption indistinguishable from this one.
    public func verifyTail(window: Int = 64) async throws -> VerifyReport {
        let recorded: ChainHead.Record?
        do { recorded = try chainHead?.read() } catch { return VerifyReport(checked: 0, problem: error.message) }
        do {
            return try await read { db in
                let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM entry") ?? 0
                let count = try Int64.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
                if count != last {
                    let gap = try Int64.fetchOne(db, sql: """
                        SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM entry WHERE seq = 1)
                        UNION ALL SELECT seq + 1 FROM entry e WHERE seq < ? AND NOT EXISTS (SELECT 1 FROM entry WHERE seq = e.seq + 1)
                        LIMIT 1
                        """, arguments: [last]) ?? 1
                    return VerifyReport(checked: 0, firstBadSeq: gap, problem: "entry \(gap) is missing (\(count) entries, the last is \(last))")
                }
                let rows = try Row.fetchCursor(db, sql: "SELECT \(Journal.verifyColumns) FROM entry WHERE seq > ? ORDER BY seq", arguments: [last - Int64(window)])
                var prev: [UInt8]? = last <= Int64(window) ? EntryHash.genesis : nil
                var checked: Int64 = 0
                while let row = try rows.next() {
                    if let problem = Journal.problem(row, linkingTo: prev, recorded: recorded) {
                        return VerifyReport(checked: checked, firstBadSeq: row["seq"], problem: problem)
                    }
                    prev = Array(row["entry_hash"] as Data)
                    checked += 1
                }
                if let recorded, recorded.seq > 0, recorded.seq <= last - Int64(window) {
                    let stored = try Data.fetchOne(db, sql: "SELECT entry_hash FROM entry WHERE seq = ?", arguments: [recorded.seq])
                    if stored.map(Array.init) != recorded.hash {
                        return VerifyReport(checked: checked, firstBadSeq: recorded.seq, problem: Journal.headMismatch(recorded.seq))
                    }
                }
                if let lost = Journal.lostTail(last: last, recorded: recorded) {
                    return VerifyReport(checked: checked, firstBadSeq: last + 1, problem: lost)
                }
                return VerifyReport(checked: checked)
            }
        } catch let error as StoreError where error.code == .corrupt {
            return VerifyReport(checked: 0, problem: error.message)
        }
    }

    /// What is wrong with one entry row, or nil. `prev` is the previous entry's hash (nil: the first
    /// row of a window, whose own `prev_hash` is taken as given).
    static func problem(_ row: Row, linkingTo prev: [UInt8]?, recorded: ChainHead.Record?) -> String? {
        let seq: Int64 = row["seq"]
        let raw: Data = row["raw"]
        let sha = Array(row["sha256"] as Data)
        let size: Int64 = row["size"]
        if Array(SHA256.hash(data: raw)) != sha { return "raw bytes do not match their sha256" }
        if Int64(raw.count) != size { return "size \(size) does not match the raw bytes (\(raw.count))" }
        let storedPrev = Array(row["prev_hash"] as Data)
        if let prev, storedPrev != prev { return "prev_hash does not link to entry \(seq - 1)" }
        let fields = EntryHash.Fields(
            seq: seq, sha256: sha, receivedAt: row["received_at"],
            sourceUID: UInt32(truncatingIfNeeded: row["source_uid"] as Int64), size: size, sourceName: row["source_name"])
        let entryHash = Array(row["entry_hash"] as Data)
        if entryHash != EntryHash.hash(prev: storedPrev, fields) { return "entry_hash does not match the entry's fields" }
        if let recorded, recorded.seq == seq, recorded.hash != entryHash { return headMismatch(seq) }
        return nil
    }

    static func headMismatch(_ seq: Int64) -> String {
        "entry \(seq) is not the entry recorded in the chain head file when it was committed (the store was replaced or rewritten)"
    }

    /// The problem when the head file names an entry past the store's last one.
    static func lostTail(last: Int64, recorded: ChainHead.Record?) -> String? {
        guard let recorded, recorded.seq > last else { return nil }
        return "the store ends at entry \(last), but entry \(recorded.seq) was committed (chain head file): entries \(last + 1)…\(recorded.seq) are lost (a truncated WAL, or an older copy of the store)"
    }

    /// SQLite's own structural check (`PRAGMA quick_check`): its first complaint, or nil.
    static func pageDamage(_ db: Database) throws -> String? {
        let result = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "ok"
        return result == "ok" ? nil : "database corrupt: SQLite's page check says: \(result); restore STATE/sluice.db from a backup"
    }
}

extension StoreError {
    /// A `store-corrupt` error when `error` is SQLite reporting a damaged file, else nil.
    static func corrupt(_ path: String, _ error: any Error) -> StoreError? {
        guard let db = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(db.resultCode) else { return nil }
        return StoreError(.corrupt, "database corrupt: \(path): \(db.message ?? "\(db.resultCode)"); restore it from a backup, or move it away to start a new store", cause: db)
    }
}
