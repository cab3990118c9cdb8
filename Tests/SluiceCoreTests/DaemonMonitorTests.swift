import SluiceCore
import Testing

struct DaemonMonitorTests {
    @Test func status_reportsPhasePauseAndSummary() {
        let queue = IngestQueue(capacity: 4)
        let monitor = DaemonMonitor(statistics: IngestStatistics(), queue: queue)
        #expect(monitor.status().state == .starting)
        monitor.enter(.running)
        #expect(monitor.status().state == .running)
        queue.pause()
        #expect(monitor.status().state == .paused)
        #expect(monitor.status().summary.hasPrefix("paused; queue 0, 0 files/s; ingested 0"))
        queue.resume()
        #expect(monitor.status().summary == "queue 0, 0 files/s; ingested 0, duplicates 0, failed 0")
    }

    @Test func faultPoints_comeOnlyFromTheEnvironment() {
        #expect(FaultInjection(environment: [:]).active.isEmpty)
        #expect(FaultInjection(environment: ["SLUICE_FAULTS": "commit-hang, nonsense"]).active == [.commitHang])
    }
}
