import CoreMetrics
public import Prometheus
public import SluiceCore
import Synchronization

/// The daemon's metrics in Prometheus text format: a `PrometheusCollectorRegistry` that the pipeline's
/// `IngestMetrics` record into (through swift-metrics), plus gauges read from the daemon's status at
/// scrape time. Every series is listed in docs/metrics.md.
///
/// ```swift
/// let exporter = PrometheusExporter()
/// exporter.bootstrap()                        // once, early in the daemon
/// let pipeline = IngestPipeline(…, metrics: exporter.ingestMetrics, …)
/// let text = exporter.render(status: monitor.status(), storeBytes: PrometheusExporter.storeBytes(databasePath: path))
/// ```
///
/// - Important: `MetricsSystem` can be bootstrapped once per process; `bootstrap()` does it at most
///   once and is a no-op after. Tests should not call it: they make their own exporter (each has its
///   own registry) and record through its `ingestMetrics` or `factory`.
public final class PrometheusExporter: Sendable {
    /// The series this type sets at scrape time, from the daemon's status.
    public enum Name {
        /// Gauge: names waiting for a worker.
        public static let queueDepth = "sluice_queue_depth"
        /// Gauge: files being read, parsed or committed.
        public static let inFlight = "sluice_in_flight"
        /// Gauge: 1 while an operator has paused claiming, else 0.
        public static let paused = "sluice_paused"
        /// Gauge: bytes of the store, `sluice.db` plus its `-wal` file.
        public static let storeSize = "sluice_store_size_bytes"
        /// Gauge: 1 whenever the daemon answers.
        public static let up = "sluice_up"
        /// Gauge: seconds since the daemon started.
        public static let uptime = "sluice_uptime_seconds"
    }

    /// Upper bounds of the `sluice_batch_size` buckets: 1, 2, 4, …, 1024 files.
    public static let batchSizeBuckets: [Double] = (0...10).map { Double(1 << $0) }

    /// Upper bounds of the `sluice_commit_seconds` buckets: 0.5 ms to 5 s.
    public static let commitSecondsBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .milliseconds(2500), .seconds(5),
    ]

    /// Where every series of this exporter lives.
    public let registry: PrometheusCollectorRegistry
    /// A swift-metrics factory over `registry`, with the histogram buckets above.
    public let factory: PrometheusMetricsFactory
    /// The pipeline's handles, made from `factory`: pass them to `IngestPipeline`.
    public let ingestMetrics: IngestMetrics

    private let queueDepth: Prometheus.Gauge
    private let inFlight: Prometheus.Gauge
    private let paused: Prometheus.Gauge
    private let storeSize: Prometheus.Gauge
    private let up: Prometheus.Gauge
    private let uptime: Prometheus.Gauge

    private static let bootstrapped = Atomic<Bool>(false)

    /// - Parameter registry: the registry to fill (default: a new one, private to this exporter).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        factory = Self.makeFactory(registry: registry)
        ingestMetrics = IngestMetrics(factory: factory)
        queueDepth = Self.gauge(registry, Name.queueDepth, "File names waiting for a worker.")
        inFlight = Self.gauge(registry, Name.inFlight, "Files being read, parsed or committed.")
        paused = Self.gauge(registry, Name.paused, "1 while claiming is paused (sluicectl pause), else 0.")
        storeSize = Self.gauge(registry, Name.storeSize, "Bytes of the store: sluice.db plus its -wal file.")
        up = Self.gauge(registry, Name.up, "1 when sluiced answered this scrape.")
        uptime = Self.gauge(registry, Name.uptime, "Seconds since sluiced started.")
    }

    /// A gauge named `name` (already in Prometheus form) with a `# HELP` line.
    private static func gauge(_ registry: PrometheusCollectorRegistry, _ name: String, _ help: String) -> Prometheus.Gauge {
        registry.makeGauge(descriptor: MetricNameDescriptor(metricName: name, unitName: "", helpText: help))
    }

    /// A `PrometheusMetricsFactory` over `registry` with sluice's histogram buckets.
    public static func makeFactory(registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.valueHistogramBuckets[IngestMetrics.Name.batchSize] = batchSizeBuckets
        factory.durationHistogramBuckets[IngestMetrics.Name.commitSeconds] = commitSecondsBuckets
        return factory
    }

    /// Makes `factory` the process's swift-metrics backend, so that metrics made by other libraries
    /// land in the same registry.
    ///
    /// - Returns: true if this call bootstrapped `MetricsSystem`, false if an exporter already had
    ///   (`MetricsSystem.bootstrap` may run once per process; a second call would trap).
    @discardableResult
    public func bootstrap() -> Bool {
        guard !Self.bootstrapped.exchange(true, ordering: .acquiringAndReleasing) else { return false }
        MetricsSystem.bootstrap(factory)
        return true
    }

    /// Sets the scrape-time gauges from `status` and `storeBytes`, then returns every series in the
    /// Prometheus text exposition format (version 0.0.4).
    ///
    /// - Parameters:
    ///   - status: the daemon's status now (`DaemonMonitor.status()`).
    ///   - storeBytes: the store's size (`storeBytes(databasePath:)`); nil leaves the last value.
    public func render(status: DaemonStatus, storeBytes: Int64?) -> String {
        queueDepth.set(Int64(status.queued))
        inFlight.set(Int64(status.inFlight))
        paused.set(status.state == .paused ? Int64(1) : 0)
        if let storeBytes { storeSize.set(storeBytes) }
        up.set(Int64(1))
        uptime.set(status.uptime)
        return registry.emitToString()
    }

    /// The bytes of the store at `databasePath` plus its write-ahead log (`PATH-wal`); nil when the
    /// database file cannot be stat'ed. A missing `-wal` counts as 0.
    public static func storeBytes(databasePath: String) -> Int64? {
        let database = SystemPath(databasePath)
        guard case .success(let main) = Sys.linkStatus(database) else { return nil }
        let wal = (try? Sys.linkStatus(database.appending("-wal")).get())?.size ?? 0
        return main.size + wal
    }
}
