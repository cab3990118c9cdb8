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

    @Test func faultTriggers_parseHitCountsAndProbabilities_andFireOnTheNthHit() {
        let faults = FaultInjection(environment: ["SLUICE_FAULTS": "crash-after-commit@3,crash-mid-read@0.5,crash-mid-batch,crash-after-claim@0,crash-mid-release@x"])
        #expect(faults.triggers == [.crashAfterCommit: .onHit(3), .crashMidRead: .probability(0.5), .crashMidBatch: .onHit(1), .crashAfterClaim: .probability(0)])
        #expect(faults.active.allSatisfy { $0.isCrash })
        #expect((1...5).map { _ in faults.fires(.crashAfterCommit) } == [false, false, true, false, false])
        #expect(!faults.fires(.crashDuringRecovery))
    }

    @Test func summary_leadsWithTheCondition_whileTheStoreCannotCommit() {
        var totals = IngestStatistics().snapshot
        totals.condition = "store-full"
        totals.lastError = "commit failed: store-full: the file system is full"
        let status = DaemonStatus(state: .running, pid: 1, uptime: 1, queued: 3, inFlight: 0, rate: 0, totals: totals)
        #expect(status.summary.hasPrefix("store-full: not claiming; queue 3, 0 files/s"))
        #expect(status.summary.hasSuffix("last error: commit failed: store-full: the file system is full"))
    }
}
