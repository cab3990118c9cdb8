import SluiceCore
import SluiceTestSupport
import Testing

@Suite struct WakeUpTests {
    @Test func wait_whenSignalledBefore_returnsTrueAtOnce() async {
        let wake = WakeUp()
        wake.signal()
        #expect(await wake.wait(until: .now + .seconds(30)))
    }

    @Test func wait_whenSeveralSignalsBefore_countsThemAsOne() async {
        let wake = WakeUp()
        wake.signal()
        wake.signal()
        wake.signal()
        #expect(await wake.wait(until: nil))
        #expect(await wake.wait(until: .now + .milliseconds(30)) == false)
    }

    @Test func wait_whenNoSignalBeforeDeadline_returnsFalseAfterTheDeadline() async {
        let wake = WakeUp()
        let start = ContinuousClock.now
        #expect(await wake.wait(until: start + .milliseconds(50)) == false)
        #expect(ContinuousClock.now - start >= .milliseconds(50))
    }

    @Test func wait_whenSignalledByAnotherTask_returnsTrue() async throws {
        let wake = WakeUp()
        let result = Box<Bool?>(nil)
        let waiter = Task { result.set(await wake.wait(until: nil)) }
        #expect(await staysFalse(for: .milliseconds(50)) { result.get != nil })
        wake.signal()
        try await waitUntil("waiter woke", timeout: .seconds(5)) { result.get != nil }
        await waiter.value
        #expect(result.get == true)
    }

    @Test func wait_whenTaskCancelled_returnsFalse() async throws {
        let wake = WakeUp()
        let waiter = Task { await wake.wait(until: nil) }
        waiter.cancel()
        #expect(await waiter.value == false)
    }

    @Test func wait_whenDeadlineAlreadyPassed_returnsFalseWithoutASignal() async throws {
        // A deadline in the past must time out at once. The timer child task may run before the waiter
        // has registered its continuation; repeat to catch that interleaving.
        var rescued = 0
        for _ in 0..<3000 {
            let wake = WakeUp()
            // A rescue signal after 300 ms, so a lost timeout shows up as `true` instead of a hang;
            // cancelled as soon as the wait returns.
            let rescue = Task {
                do {
                    try await waitUntil(timeout: .milliseconds(300)) { false }
                } catch is DeadlineExceeded {
                    wake.signal()
                } catch {}
            }
            let signalled = await wake.wait(until: .now - .seconds(1))
            rescue.cancel()
            await rescue.value
            if signalled {
                rescued += 1
                break
            }
        }
        #expect(rescued == 0, "wait(until:) with a past deadline hung until an unrelated signal")
    }
}
