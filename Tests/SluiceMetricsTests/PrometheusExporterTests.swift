import Foundation
import SluiceCore
import SluiceMetrics
import SluiceTestSupport
import Testing

/// Recording through `IngestMetrics` into an exporter's own registry (no global bootstrap), and what
/// `render` prints.
@Suite struct PrometheusExporterTests {
    func status(_ state: DaemonStatus.State = .running, queued: Int = 0, inFlight: Int = 0, uptime: Double = 1) -> DaemonStatus {
        DaemonStatus(state: state, pid: 42, uptime: uptime, queued: queued, inFlight: inFlight, rate: 0, totals: IngestStatistics().snapshot)
    }

    @Test func committedBatches_renderCountersBytesBatchSizesAndLastCommitTime() {
        // Given a fresh exporter
        let exporter = PrometheusExporter()
        let metrics = exporter.ingestMetrics

        // When two batches commit: 3 files (2 new, 1 duplicate) and 1 file (new)
        metrics.committed(files: 3, appended: 2, duplicates: 1, bytes: 300, duration: .milliseconds(2), unixTime: 1_700_000_000)
        metrics.committed(files: 1, appended: 1, duplicates: 0, bytes: 50, duration: .milliseconds(30), unixTime: 1_700_000_123)

        // Then the counters hold the sums and the gauge the last time
        let text = PrometheusText(exporter.render(status: status(), storeBytes: nil))
        #expect(text["sluice_files_ingested_total"] == 3)
        #expect(text["sluice_files_duplicate_total"] == 1)
        #expect(text["sluice_bytes_ingested_total"] == 350)
        #expect(text["sluice_last_commit_timestamp_seconds"] == 1_700_000_123)
        #expect(text["sluice_commit_failures_total"] == 0)
        // And the histograms counted one observation per batch, in the right buckets
        #expect(text["sluice_batch_size_count"] == 2)
        #expect(text["sluice_batch_size_sum"] == 4)
        #expect(text["sluice_batch_size_bucket{le=\"1.0\"}"] == 1)
        #expect(text["sluice_batch_size_bucket{le=\"2.0\"}"] == 1)
        #expect(text["sluice_batch_size_bucket{le=\"4.0\"}"] == 2)
        #expect(text["sluice_commit_seconds_count"] == 2)
        #expect(text["sluice_commit_seconds_bucket{le=\"0.001\"}"] == 0)
        #expect(text["sluice_commit_seconds_bucket{le=\"0.0025\"}"] == 1)
        #expect(text["sluice_commit_seconds_bucket{le=\"0.025\"}"] == 1)
        #expect(text["sluice_commit_seconds_bucket{le=\"0.05\"}"] == 2)
        #expect(text["sluice_commit_seconds_bucket{le=\"+Inf\"}"] == 2)
        #expect(abs((text["sluice_commit_seconds_sum"] ?? 0) - 0.032) < 1e-9)
        #expect(text.types["sluice_files_ingested_total"] == "counter")
        #expect(text.types["sluice_batch_size"] == "histogram")
        #expect(text.types["sluice_commit_seconds"] == "histogram")
        #expect(text.types["sluice_last_commit_timestamp_seconds"] == "gauge")
    }

    @Test func histograms_haveSluiceBuckets() {
        let exporter = PrometheusExporter()
        exporter.ingestMetrics.committed(files: 1, appended: 1, duplicates: 0, bytes: 1, duration: .milliseconds(1))

        let text = PrometheusText(exporter.render(status: status(), storeBytes: nil))

        #expect(text.bucketBounds("sluice_batch_size") == [
            "1.0", "2.0", "4.0", "8.0", "16.0", "32.0", "64.0", "128.0", "256.0", "512.0", "1024.0", "+Inf",
        ])
        #expect(text.bucketBounds("sluice_commit_seconds") == [
            "0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "+Inf",
        ])
    }

    @Test func quarantines_areCountedPerReasonLabel_andKnownReasonsStartAtZero() {
        let exporter = PrometheusExporter()
        let before = PrometheusText(exporter.render(status: status(), storeBytes: nil))
        #expect(before["sluice_files_failed_total{reason=\"binary\"}"] == 0)
        #expect(before["sluice_files_failed_total{reason=\"too-large\"}"] == 0)

        exporter.ingestMetrics.quarantined(.binary)
        exporter.ingestMetrics.quarantined(.binary)
        exporter.ingestMetrics.quarantined(.empty)
        exporter.ingestMetrics.quarantined(QuarantineError.Code(rawValue: "some-new-code"))
        exporter.ingestMetrics.commitFailed()

        let after = PrometheusText(exporter.render(status: status(), storeBytes: nil))
        #expect(after["sluice_files_failed_total{reason=\"binary\"}"] == 2)
        #expect(after["sluice_files_failed_total{reason=\"empty\"}"] == 1)
        #expect(after["sluice_files_failed_total{reason=\"too-large\"}"] == 0)
        #expect(after["sluice_files_failed_total{reason=\"some-new-code\"}"] == 1)
        #expect(after["sluice_commit_failures_total"] == 1)
        #expect(after.types["sluice_files_failed_total"] == "counter")
    }

    @Test func render_setsScrapeTimeGauges_fromStatusAndStoreSize() {
        let exporter = PrometheusExporter()

        let paused = PrometheusText(exporter.render(status: status(.paused, queued: 7, inFlight: 2, uptime: 12.5), storeBytes: 4096))
        #expect(paused["sluice_queue_depth"] == 7)
        #expect(paused["sluice_in_flight"] == 2)
        #expect(paused["sluice_paused"] == 1)
        #expect(paused["sluice_store_size_bytes"] == 4096)
        #expect(paused["sluice_up"] == 1)
        #expect(paused["sluice_uptime_seconds"] == 12.5)
        #expect(paused.types["sluice_queue_depth"] == "gauge")

        // A later scrape follows the status; an unknown store size keeps the last one
        let running = PrometheusText(exporter.render(status: status(.running, queued: 0, inFlight: 0, uptime: 13), storeBytes: nil))
        #expect(running["sluice_paused"] == 0)
        #expect(running["sluice_queue_depth"] == 0)
        #expect(running["sluice_store_size_bytes"] == 4096)
    }

    @Test func exporters_keepTheirSeriesApart() {
        let first = PrometheusExporter()
        let second = PrometheusExporter()
        first.ingestMetrics.committed(files: 5, appended: 5, duplicates: 0, bytes: 10, duration: .zero)

        #expect(PrometheusText(first.render(status: status(), storeBytes: nil))["sluice_files_ingested_total"] == 5)
        #expect(PrometheusText(second.render(status: status(), storeBytes: nil))["sluice_files_ingested_total"] == 0)
    }

    @Test func storeBytes_sumsTheDatabaseAndItsWal_nilWithoutDatabase() throws {
        let dir = try TemporaryDirectory("store-size")
        defer { dir.remove() }
        let db = dir.appending("sluice.db")
        #expect(PrometheusExporter.storeBytes(databasePath: db) == nil)

        _ = try dir.write("sluice.db", String(repeating: "d", count: 1000))
        #expect(PrometheusExporter.storeBytes(databasePath: db) == 1000)

        _ = try dir.write("sluice.db-wal", String(repeating: "w", count: 234))
        #expect(PrometheusExporter.storeBytes(databasePath: db) == 1234)
    }

    @Test func ingestMetrics_nanoseconds_saturatesInsteadOfTrapping() {
        let exporter = PrometheusExporter()
        // Would overflow Int64 nanoseconds: must not trap.
        exporter.ingestMetrics.committed(files: 1, appended: 1, duplicates: 0, bytes: 1, duration: .seconds(Int64.max / 2))
        let text = PrometheusText(exporter.render(status: status(), storeBytes: nil))
        #expect(text["sluice_commit_seconds_bucket{le=\"5.0\"}"] == 0)
        #expect(text["sluice_commit_seconds_bucket{le=\"+Inf\"}"] == 1)
    }
}
