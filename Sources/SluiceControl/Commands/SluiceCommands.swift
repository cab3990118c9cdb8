import Foundation
import Glibc
public import SluiceCore

/// The control commands of DESIGN.md §5, answered from a `ControlContext`. The daemon registers them
/// with its live `DaemonControl`; `sluicectl` registers the same set without one to answer read
/// commands from the store when the daemon is down, so both paths give the same JSON.
///
/// Arguments (all optional unless said): `list` — `lang`, `entity`, `topic`, `since`, `until`,
/// `limit` (default 20), `after_seq`, `ascending`; `show` — `seq` (required), `raw`; `search` —
/// `query` (required), `limit`; `stories` — `limit`, `min_size`; `retry` — `name` or `all`; `hold`,
/// `release` — `name`; `export` — `since` (a seq), `limit`; `follow` — `since` (a seq; default: the
/// newest entry, so only new ones are sent).
public enum SluiceCommands {
    /// Commands only the daemon can answer.
    public static let daemonOnly: Set<String> = ["pause", "resume", "reload", "metrics", "ping"]

    /// Registers every command on `router`.
    public static func register(on router: inout ControlRouter, context: ControlContext) {
        router.register("ping", access: .read) { _, _ in PingResult(pong: true, pid: getpid()) }
        router.register("status", access: .read) { _, _ in try await status(context) }
        router.register("list", access: .read) { request, _ in
            try await context.reader.list(try request.decodeArguments(as: ListArguments.self).filter)
        }
        router.register("show", access: .read) { request, _ in
            let args = try request.decodeArguments(as: ShowArguments.self)
            guard let entry = try await context.reader.entry(seq: args.seq) else {
                throw ControlError(.invalidArgument, "no entry with seq \(args.seq); `sluicectl list` shows the seqs")
            }
            var raw: String?
            if args.raw == true { raw = try await context.reader.raw(seq: args.seq).map { Data($0).base64EncodedString() } }
            return ShowResult(entry: entry, rawBase64: raw)
        }
        router.register("search", access: .read) { request, _ in
            let args = try request.decodeArguments(as: SearchArguments.self)
            return try await context.reader.search(args.query, limit: try bounded(args.limit ?? 20, "limit"))
        }
        router.register("stories", access: .read) { request, _ in
            let args = try request.decodeArguments(as: StoriesArguments.self)
            return try await context.reader.stories(limit: try bounded(args.limit ?? 20, "limit"), minimumSize: args.minSize ?? 2)
        }
        router.register("failed", access: .read) { _, _ in context.spool.quarantined() }
        router.register("verify", access: .read) { _, _ in try await context.reader.verify() }

        router.register("retry", access: .mutating) { request, _ in
            let args = try request.decodeArguments(as: NameArguments.self)
            if args.all == true { return MoveResult(moved: try operatorMove { () throws(SpoolError) in try context.spool.retryAll() }.map(\.description)) }
            let name = try args.required()
            return MoveResult(moved: [try operatorMove { () throws(SpoolError) in try context.spool.perform(.retry, name: name) }.description])
        }
        for move in [Spool.Move.hold, .release] {
            router.register(move.rawValue, access: .mutating) { request, _ in
                let name = try request.decodeArguments(as: NameArguments.self).required()
                return MoveResult(moved: [try operatorMove { () throws(SpoolError) in try context.spool.perform(move, name: name) }.description])
            }
        }

        router.register("pause", access: .mutating) { _, _ in
            let daemon = try live(context)
            daemon.pause()
            return daemon.status()
        }
        router.register("resume", access: .mutating) { _, _ in
            let daemon = try live(context)
            daemon.resume()
            return daemon.status()
        }
        router.register("reload", access: .mutating) { _, _ in
            do {
                return ReloadResult(restartRequired: try live(context).reload())
            } catch let error as ConfigError {
                throw ControlError(.invalidArgument, "the configuration was not reloaded: \(error.message); the running configuration stays")
            }
        }
        router.register("metrics", access: .read) { _, _ in MetricsResult(text: try live(context).metrics()) }

        router.registerStreaming("export", access: .read) { request, _, events in
            let args = try request.decodeArguments(as: StreamArguments.self)
            var summary = StreamSummary(count: 0, lastSeq: args.since ?? 0)
            let limit = args.limit ?? Int.max
            while summary.count < limit {
                let page = try await context.reader.entries(afterSeq: summary.lastSeq, limit: min(256, limit - summary.count))
                if page.isEmpty { break }
                for entry in page {
                    try await events.emit(entry)
                    summary.count += 1
                    summary.lastSeq = entry.seq
                }
            }
            return summary
        }
        router.registerStreaming("follow", access: .read) { request, _, events in
            let args = try request.decodeArguments(as: StreamArguments.self)
            var summary = StreamSummary(count: 0, lastSeq: 0)
            if let since = args.since { summary.lastSeq = since } else { summary.lastSeq = try await context.reader.counts().lastSeq }
            let limit = args.limit ?? Int.max
            var generation = context.daemon?.commits.generation ?? 0
            while !Task.isCancelled && summary.count < limit {
                let page = try await context.reader.entries(afterSeq: summary.lastSeq, limit: min(256, limit - summary.count))
                for entry in page {
                    try await events.emit(entry)
                    summary.count += 1
                    summary.lastSeq = entry.seq
                }
                if summary.count >= limit { break }
                if page.count == 256 { continue }
                if let daemon = context.daemon {
                    generation = await daemon.commits.wait(after: generation)
                } else {
                    // No daemon to announce commits: look again once a second.
                    try? await Task.sleep(for: .seconds(1))
                }
            }
            return summary
        }
    }

    static func status(_ context: ControlContext) async throws -> StatusResult {
        var counts = JournalCounts(entries: 0, duplicates: 0, lastSeq: 0)
        do { counts = try await context.reader.counts() } catch where context.daemon == nil {
            // A missing store while the daemon is down: nothing ingested yet.
        }
        return StatusResult(
            daemon: context.daemon?.status(), store: counts, spool: context.spool.counts(),
            storePath: context.storePath, spoolPath: context.spool.root)
    }

    /// Runs a spool move; a bad or unknown name is the caller's mistake (`invalid-argument`).
    static func operatorMove<T>(_ body: () throws(SpoolError) -> T) throws(ControlError) -> T {
        do {
            return try body()
        } catch where error.code == .noSuchFile || error.code == .invalidName {
            throw ControlError(.invalidArgument, error.message)
        } catch {
            throw ControlError(.internal, error.message, cause: error)
        }
    }

    static func live(_ context: ControlContext) throws(ControlError) -> any DaemonControl {
        guard let daemon = context.daemon else {
            throw ControlError(.unavailable, "sluiced is not running; this command needs the daemon (systemctl start sluiced)")
        }
        return daemon
    }

    static func bounded(_ value: Int, _ name: String) throws(ControlError) -> Int {
        guard (1...100_000).contains(value) else { throw ControlError(.invalidArgument, "\(name) must be from 1 to 100000, not \(value)") }
        return value
    }
}

// MARK: - Arguments

struct ListArguments: Decodable {
    var lang: String?
    var entity: String?
    var topic: String?
    var since: String?
    var until: String?
    var limit: Int?
    var afterSeq: Int64?
    var ascending: Bool?

    enum CodingKeys: String, CodingKey { case lang, entity, topic, since, until, limit, afterSeq = "after_seq", ascending }

    var filter: EntryFilter {
        get throws(ControlError) {
            EntryFilter(
                limit: try SluiceCommands.bounded(limit ?? 20, "limit"), afterSeq: afterSeq,
                descending: !(ascending ?? (afterSeq != nil)),
                language: lang, entity: entity, topic: topic, since: since, until: until)
        }
    }
}

struct ShowArguments: Decodable {
    var seq: Int64
    var raw: Bool?
}

struct SearchArguments: Decodable {
    var query: String
    var limit: Int?
}

struct StoriesArguments: Decodable {
    var limit: Int?
    var minSize: Int?
    enum CodingKeys: String, CodingKey { case limit, minSize = "min_size" }
}

struct NameArguments: Decodable {
    var name: String?
    var all: Bool?

    func required() throws(ControlError) -> String {
        guard let name else { throw ControlError(.invalidArgument, "give the file's name (\"name\")") }
        return name
    }
}

struct StreamArguments: Decodable {
    var since: Int64?
    var limit: Int?
}
