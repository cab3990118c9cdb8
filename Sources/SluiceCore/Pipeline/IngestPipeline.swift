import Crypto
import Foundation
public import Logging
public import ServiceLifecycle
import Synchronization

/// The processing service: claims queued files, reads and checks them, parses them on `workers`
/// concurrent tasks, and appends them to the store in batches (group commit).
///
/// A file is removed from active/ only after the transaction holding it has returned, so a crash at
/// any point leaves it in active/ (recovered to incoming/ on the next start) or in the store; the
/// content hash makes the second append a no-op. Files that fail a check are quarantined to failed/.
///
/// - Important: on graceful shutdown it stops taking names, finishes the files in hand, commits the
///   last batch and returns.
public final class IngestPipeline: Service {
    /// One file processed and waiting for its batch.
    struct Processed: Sendable {
        var name: SpoolName
        var record: IngestRecord
    }

    private let spool: Spool
    private let queue: IngestQueue
    private let store: any JournalStore
    private let parser: ParserHolder
    private let configuration: SluiceConfiguration
    private let statistics: IngestStatistics
    private let metrics: IngestMetrics
    private let recovered: Set<SpoolName>
    private let logger: Logger
    private let probeWarned = Atomic<Bool>(false)
    /// Closed while the store cannot commit: no more files are claimed meanwhile.
    private let claiming = ClaimGate()
    /// Asks the watcher to scan incoming/ again.
    private let rescan: @Sendable () -> Void
    /// Set when a file could not be read for lack of a resource: the next worker to finish a name
    /// waits a moment before handing it back, so a put-back file is not retried in a tight loop.
    private let backOff = Atomic<Bool>(false)

    /// - Parameters:
    ///   - recovered: names that crash recovery moved back from active/: if their bytes are already
    ///     stored they were committed before the crash and are not counted as duplicates.
    ///   - metrics: where commits, quarantines and failed commit attempts are recorded for
    ///     `sluicectl metrics` (default: handles from `MetricsSystem.factory`).
    ///   - rescan: asks the watcher to scan incoming/ again; called when the store commits again after
    ///     failing, for the files left in incoming/ meanwhile.
    public init(
        spool: Spool, queue: IngestQueue, store: any JournalStore, parser: ParserHolder,
        configuration: SluiceConfiguration, statistics: IngestStatistics,
        metrics: IngestMetrics = IngestMetrics(),
        recovered: Set<SpoolName> = [], rescan: @escaping @Sendable () -> Void = {}, logger: Logger
    ) {
        self.spool = spool
        self.queue = queue
        self.store = store
        self.parser = parser
        self.configuration = configuration
        self.statistics = statistics
        self.metrics = metrics
        self.recovered = recovered
        self.rescan = rescan
        self.logger = logger
    }

    public func run() async throws {
        let buffer = CommitBuffer<Processed>(policy: BatchPolicy(
            maxCount: configuration.batchSize, maxBytes: configuration.batchBytes, window: configuration.batchWindow),
            moreWaiting: { [queue] in queue.depth > 0 })
        try await withGracefulShutdownHandler {
            async let committer: Void = commitLoop(buffer)
            await withDiscardingTaskGroup { group in
                for _ in 0..<configuration.workers {
                    group.addTask { await self.workLoop(buffer) }
                }
            }
            buffer.close()
            try await committer
        } onGracefulShutdown: {
            self.queue.close()
        }
    }

    // MARK: - Workers

    private func workLoop(_ buffer: CommitBuffer<Processed>) async {
        while let name = await queue.next() {
            if claiming.isClosed {
                // The store cannot commit: the file stays in incoming/ until the rescan after it can.
                queue.done(name)
                continue
            }
            if let processed = process(name) {
                await buffer.put(processed, bytes: processed.record.raw.count)
            } else {
                if backOff.exchange(false, ordering: .relaxed) {
                    // A transient failure: give the resource a moment before the name comes round again.
                    try? await Task.sleep(for: .milliseconds(100))
                }
                queue.done(name)
            }
        }
    }

    /// Claims, reads, checks and parses one file. Returns nil when there is nothing to commit (gone,
    /// busy, or quarantined).
    func process(_ name: SpoolName) -> Processed? {
        var logger = self.logger
        logger[metadataKey: "spool.file"] = "\(name)"
        let taken: Spool.Take
        do {
            taken = try spool.take(name, maxSize: configuration.maxFileSize) { errno in
                if !self.probeWarned.exchange(true, ordering: .relaxed) {
                    logger.warning("cannot tell whether files in incoming/ are still being written (no lease: \(errno)); producers must write in tmp/ and rename into incoming/", metadata: ["error.errno": "\(errno)"])
                }
            }
        } catch {
            logger.error("cannot claim file", error: error, metadata: ["error.code": "\(error.code.rawValue)"])
            statistics.failure(error.description)
            return nil
        }
        let receivedAt = Int64(Date().timeIntervalSince1970 * 1_000_000)
        switch taken {
        case .gone:
            return nil
        case .busy:
            logger.debug("file is still open for writing; waiting for its close")
            return nil
        case .conflict:
            logger.warning("a file of the same name is still in active/; will retry on the next scan")
            return nil
        case .reject(let reason, let status):
            quarantine(name, reason, status, logger)
            return nil
        case .transient(let errno):
            // Out of descriptors or memory (e.g. many control clients): the file is fine, retry it.
            let where_ = if case .success = spool.unclaim(name) { "put back into incoming/ and retried" } else { "left in active/ until the next start" }
            logger.warning("cannot read file now (\(errno)); \(where_)", metadata: ["error.errno": "\(errno)"])
            statistics.failure("reading \(name): \(errno)")
            backOff.store(true, ordering: .relaxed)
            return nil
        case .file(let file):
            do throws(QuarantineError) {
                let article = try parser.current.parse(file.bytes, name: name)
                var record = IngestRecord(
                    sha256: Array(SHA256.hash(data: file.bytes)), receivedAt: receivedAt,
                    sourceName: name.description, sourceUID: file.status.uid, raw: file.bytes, article: article,
                    recovered: recovered.contains(name))
                store.prepare(&record)
                return Processed(name: name, record: record)
            } catch {
                quarantine(name, error, file.status, logger)
                return nil
            }
        }
    }

    private func quarantine(_ name: SpoolName, _ reason: QuarantineError, _ status: FileStatus?, _ logger: Logger) {
        do {
            let target = try spool.quarantine(name, reason: reason, status: status)
            statistics.quarantined()
            metrics.quarantined(reason.code)
            logger.notice("file quarantined", metadata: [
                "error.code": "\(reason.code.rawValue)", "spool.failed": "\(target)",
                "spool.uid": "\(status.map { String($0.uid) } ?? "-")", "error.message": "\(reason.message)",
            ])
        } catch {
            logger.error("cannot quarantine file; it stays in active/", error: error, metadata: ["error.code": "\(error.code.rawValue)"])
            statistics.failure(error.description)
        }
    }

    // MARK: - Committer

    /// Commits batch after batch. Removing a committed batch's files from active/ (an unlink each) runs
    /// while the next batch is appended, so the store never waits for it.
    private func commitLoop(_ buffer: CommitBuffer<Processed>) async throws {
        var finishing: Task<Void, Never>?
        while let batch = await buffer.nextBatch() {
            guard let commit = await appendRetrying(batch.map(\.record)) else {
                // Stopped while the store kept failing: the files stay in active/ and the next start
                // recovers them.
                await finishing?.value
                logger.error("stopping with an uncommitted batch; its files stay in active/ for the next start", metadata: ["batch.size": "\(batch.count)"])
                // Workers waiting for room in the buffer go on (to a closed queue) instead of waiting
                // for a committer that is gone; what they put stays in active/ too.
                buffer.close()
                return
            }
            FaultInjection.crash(.crashAfterCommit, "\(batch.count) files")
            await finishing?.value
            finishing = Task { self.finish(batch, commit) }
        }
        await finishing?.value
    }

    /// After a batch is durable: removes its files from active/, tells the queue, counts.
    private func finish(_ batch: [Processed], _ commit: (outcomes: [AppendOutcome], duration: Duration)) {
        var appended = 0, duplicates = 0, bytes = 0
        for (item, outcome) in zip(batch, commit.outcomes) {
            switch outcome {
            case .appended(let seq):
                appended += 1
                bytes += item.record.raw.count
                logger.debug("file committed", metadata: ["spool.file": "\(item.name)", "store.seq": "\(seq)"])
            case .duplicate(let seq):
                if !item.record.recovered { duplicates += 1 }
                logger.info("duplicate file: same bytes as an earlier entry; not stored again", metadata: ["spool.file": "\(item.name)", "store.seq": "\(seq)"])
            }
            do {
                try spool.release(item.name)
                FaultInjection.crash(.crashMidRelease, item.name.description)
            } catch {
                logger.error("committed file could not be removed from active/", error: error, metadata: ["error.code": "\(error.code.rawValue)"])
                statistics.failure(error.description)
            }
            queue.done(item.name)
        }
        statistics.committed(appended: appended, duplicates: duplicates, bytes: bytes)
        metrics.committed(files: batch.count, appended: appended, duplicates: duplicates, bytes: bytes, duration: commit.duration)
        logger.debug("batch committed", metadata: ["batch.size": "\(batch.count)", "batch.appended": "\(appended)"])
    }

    /// Appends a batch, retrying with backoff while the store fails (disk full, I/O errors): the files
    /// stay in active/ meanwhile, claiming stops (`ClaimGate`), and the failure's code (`store-full`,
    /// `store-io-error`, …) is the daemon's condition in its status until a commit succeeds.
    /// - Returns: the outcomes and how long the successful attempt took, or nil when the task was
    ///   cancelled or shutdown began before a commit succeeded.
    private func appendRetrying(_ records: [IngestRecord]) async -> (outcomes: [AppendOutcome], duration: Duration)? {
        var delay = Duration.milliseconds(50)
        if FaultInjection.current.isActive(.commitHang) {
            logger.warning("fault injection: commit-hang; this batch commit never returns", metadata: ["batch.size": "\(records.count)"])
            await FaultInjection.hangForever()
        }
        while true {
            let started = ContinuousClock.now
            do {
                let outcomes = try await store.append(records)
                if claiming.open() {
                    queue.shed(false)
                    logger.notice("the store commits again; claiming resumed", metadata: ["batch.size": "\(records.count)"])
                    rescan()
                }
                return (outcomes, ContinuousClock.now - started)
            } catch {
                let code = (error as? any SluiceError)?.code.rawValue ?? "store-append-failed"
                statistics.attemptFailed(code: code, "commit failed: \(error)")
                metrics.commitFailed()
                if claiming.close() {
                    queue.shed(true)
                    logger.error("the store cannot commit; claiming stops until it can", error: error, metadata: ["error.code": "\(code)"])
                }
                if Task.isCancelled || Task.isShuttingDownGracefully { return nil }
                logger.error("batch commit failed; retrying", error: error, metadata: ["error.code": "\(code)", "batch.size": "\(records.count)", "retry.in": "\(delay)"])
                try? await cancelWhenGracefulShutdown { [delay] in try await Task.sleep(for: delay) }
                if Task.isShuttingDownGracefully { return nil }
                delay = min(delay * 2, .seconds(5))
            }
        }
    }
}
