public import CoreMetrics
import Foundation
import Synchronization

/// The pipeline's swift-metrics handles, named as the Prometheus series they become
/// (docs/metrics.md).
///
/// `IngestPipeline` records into it next to `IngestStatistics` (which keeps the counters for
/// `sluicectl status`); this type only forwards to a `MetricsFactory` and keeps no totals of its own.
/// Cheap to call from any task.
///
/// ```swift
/// let metrics = IngestMetrics(factory: PrometheusMetricsFactory(registry: registry))
/// let pipeline = IngestPipeline(…, metrics: metrics, logger: logger)
/// ```
///
/// - Important: the handles are made once, in `init`, from the factory given (default: the factory
///   `MetricsSystem` was bootstrapped with, or a no-op one before that). Make it after bootstrapping.
public final class IngestMetrics: Sendable {
    /// The series names.
    public enum Name {
        /// Counter: files appended to the store as new entries.
        public static let filesIngested = "sluice_files_ingested_total"
        /// Counter: files whose bytes were already stored.
        public static let filesDuplicate = "sluice_files_duplicate_total"
        /// Counter with label `reason` (the quarantine code): files moved to failed/.
        public static let filesFailed = "sluice_files_failed_total"
        /// Counter: bytes of the files appended as new entries.
        public static let bytesIngested = "sluice_bytes_ingested_total"
        /// Histogram (a swift-metrics `Recorder`): files per committed batch.
        public static let batchSize = "sluice_batch_size"
        /// Histogram (a swift-metrics `Timer`): seconds one successful `append` of a batch took.
        public static let commitSeconds = "sluice_commit_seconds"
        /// Counter: commit attempts that failed (each is retried).
        public static let commitFailures = "sluice_commit_failures_total"
        /// Gauge: Unix time of the last successful commit.
        public static let lastCommitTimestamp = "sluice_last_commit_timestamp_seconds"
    }

    /// The label of `sluice_files_failed_total`.
    public static let reasonLabel = "reason"

    /// Reason codes whose `sluice_files_failed_total` series exist from the start, at 0: a query for
    /// a rate sees a series before the first failure. Other codes get a series when first used.
    public static let knownReasons: [QuarantineError.Code] = [
        .symlink, .fifo, .device, .socket, .directory, .hardlink, .tooLarge, .empty, .binary,
        .undecodable, .truncatedUTF8, .unreadable, .readError,
    ]

    private let factory: any MetricsFactory
    private let ingested: Counter
    private let duplicates: Counter
    private let bytes: Counter
    private let batchSize: Recorder
    private let commitDuration: CoreMetrics.Timer
    private let commitFailures: Counter
    private let lastCommit: Gauge
    private let failed: Mutex<[String: Counter]>

    /// Makes the handles.
    ///
    /// - Parameter factory: where the handles come from; tests pass a factory over their own registry
    ///   instead of bootstrapping `MetricsSystem`. Default: `MetricsSystem.factory`.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        ingested = Counter(label: Name.filesIngested, factory: factory)
        duplicates = Counter(label: Name.filesDuplicate, factory: factory)
        bytes = Counter(label: Name.bytesIngested, factory: factory)
        batchSize = Recorder(label: Name.batchSize, aggregate: true, factory: factory)
        commitDuration = CoreMetrics.Timer(label: Name.commitSeconds, factory: factory)
        commitFailures = Counter(label: Name.commitFailures, factory: factory)
        lastCommit = Gauge(label: Name.lastCommitTimestamp, factory: factory)
        var failed: [String: Counter] = [:]
        for reason in Self.knownReasons {
            failed[reason.rawValue] = Counter(label: Name.filesFailed, dimensions: [(Self.reasonLabel, reason.rawValue)], factory: factory)
        }
        self.failed = Mutex(failed)
    }

    /// A batch was committed.
    ///
    /// - Parameters:
    ///   - files: the files in the batch (new, duplicate or recovered).
    ///   - appended: those stored as new entries.
    ///   - duplicates: those counted as duplicates (as in `IngestStatistics`).
    ///   - bytes: the bytes of the new entries.
    ///   - duration: how long the successful `append` took.
    ///   - unixTime: when it finished, in seconds since the epoch (default: now).
    public func committed(files: Int, appended: Int, duplicates: Int, bytes: Int, duration: Duration, unixTime: Double? = nil) {
        ingested.increment(by: appended)
        self.duplicates.increment(by: duplicates)
        self.bytes.increment(by: bytes)
        batchSize.record(files)
        commitDuration.recordNanoseconds(Self.nanoseconds(duration))
        lastCommit.record(unixTime ?? Date().timeIntervalSince1970)
    }

    /// A file was quarantined to failed/ with `reason`.
    public func quarantined(_ reason: QuarantineError.Code) {
        let counter = failed.withLock { counters in
            if let counter = counters[reason.rawValue] { return counter }
            let counter = Counter(label: Name.filesFailed, dimensions: [(Self.reasonLabel, reason.rawValue)], factory: factory)
            counters[reason.rawValue] = counter
            return counter
        }
        counter.increment()
    }

    /// A commit attempt failed (it will be retried).
    public func commitFailed() { commitFailures.increment() }

    /// `duration` in whole nanoseconds, saturating instead of trapping.
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflow2 ? (scaled < 0 ? .min : .max) : sum
    }
}
