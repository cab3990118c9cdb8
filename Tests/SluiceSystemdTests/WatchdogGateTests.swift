import SluiceSystemd
import Testing

struct WatchdogGateTests {
    @Test func idlePipeline_alwaysPings() {
        var gate = WatchdogGate()
        var ping = false
        for _ in 0..<3 { ping = gate.shouldPing(.init(progress: 7, pending: 0)); #expect(ping) }
    }

    @Test func busyPipeline_pingsOnlyWhenProgressMoved() {
        var gate = WatchdogGate()
        var ping = false
        ping = gate.shouldPing(.init(progress: 1, pending: 5)); #expect(ping)   // first tick: nothing to compare with
        ping = gate.shouldPing(.init(progress: 2, pending: 5)); #expect(ping)   // moved
        ping = gate.shouldPing(.init(progress: 2, pending: 5)); #expect(!ping)  // stuck
        ping = gate.shouldPing(.init(progress: 2, pending: 1)); #expect(!ping)  // still stuck with work in hand
        ping = gate.shouldPing(.init(progress: 2, pending: 0)); #expect(ping)   // drained: idle
        ping = gate.shouldPing(.init(progress: 3, pending: 4)); #expect(ping)
    }
}

struct ReadinessTests {
    final class Count: @unchecked Sendable { var value = 0 }

    @Test func firesOnce_whenTheLastConditionIsMet_inAnyOrder() {
        let count = Count()
        let readiness = Readiness(waitingFor: [.storeOpen, .controlSocketBound, .firstScanDone]) { count.value += 1 }
        readiness.met(.firstScanDone)
        readiness.met(.storeOpen)
        #expect(count.value == 0 && !readiness.isReady)
        readiness.met(.controlSocketBound)
        #expect(count.value == 1 && readiness.isReady)
        readiness.met(.controlSocketBound)
        readiness.met(.storeOpen)
        #expect(count.value == 1)
    }
}
