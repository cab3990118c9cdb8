import Synchronization

/// Counters of what this daemon process has done, shared by the pipeline, the status output and the
/// watchdog. Cheap to update from any task.
public final class IngestStatistics: Sendable {
    /// A consistent copy of the counters.
    public struct Snapshot: Sendable, Equatable, Codable {
        /// Files appended as new entries since start.
        public var ingested = 0
        /// Files whose bytes were already stored.
        public var duplicates = 0
        /// Files quarantined into failed/ since start.
        public var failed = 0
        /// Batches committed since start.
        public var batches = 0
        /// Bytes of the files committed since start.
        public var bytes = 0
        /// The last error the pipeline hit (a store or spool failure), if any.
        public var lastError: String?
        /// What stops the pipeline now: the code of the failing commit (`store-full`, `store-io-error`,
        /// `store-append-failed`) while the store cannot commit; nil while it commits.
        public var condition: String?
        /// Increments on every completed unit of work (a commit or a failed commit attempt, a
        /// quarantine): the watchdog pings only when it moved or the pipeline is idle.
        public var progress = 0

        enum CodingKeys: String, CodingKey {
            case ingested, duplicates, failed, batches, bytes, lastError = "last_error", condition, progress
        }
    }

    private let state = Mutex(Snapshot())
    /// Wakes `follow` readers after every commit.
    public let commits = CommitFeed()

    public init() {}

    /// The counters now.
    public var snapshot: Snapshot { state.withLock { $0 } }

    func committed(appended: Int, duplicates: Int, bytes: Int) {
        state.withLock { s in
            s.ingested += appended
            s.duplicates += duplicates
            s.bytes += bytes
            s.batches += 1
            s.progress += 1
            s.lastError = nil
            s.condition = nil
        }
        if appended > 0 { commits.committed() }
    }

    func quarantined() { state.withLock { $0.failed += 1; $0.progress += 1 } }


    func failure(_ message: String) { state.withLock { $0.lastError = message } }

    /// A commit attempt failed and will be retried: the pipeline is alive (not hung), so this counts as
    /// progress for the watchdog; a daemon that keeps failing reports it in its status instead.
    func attemptFailed(code: String, _ message: String) {
        state.withLock { $0.lastError = message; $0.condition = code; $0.progress += 1 }
    }
}
