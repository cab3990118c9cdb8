import SluiceCore
import Testing

@Suite struct BatchPolicyTests {
    /// A fixed origin; every other instant is an explicit offset from it.
    let t0 = ContinuousClock.now
    let policy = BatchPolicy(maxCount: 3, maxBytes: 1000, window: .milliseconds(20))

    @Test func next_whenBatchEmpty_collectsForAWindowFromNow() {
        let batch = BatchPolicy.Batch()
        #expect(policy.next(batch, at: t0) == .collect(until: t0 + .milliseconds(20)))
        #expect(policy.next(batch, at: t0 + .seconds(5)) == .collect(until: t0 + .seconds(5) + .milliseconds(20)))
        #expect(batch.opened == nil)
    }

    @Test func add_whenBelowLimits_collectsUntilWindowAfterFirstItem() {
        var batch = BatchPolicy.Batch()
        // Given a first item at t0
        #expect(policy.add(100, to: &batch, at: t0) == .collect(until: t0 + .milliseconds(20)))
        // When a second arrives later
        let action = policy.add(100, to: &batch, at: t0 + .milliseconds(15))
        // Then the deadline stays anchored at the first item
        #expect(action == .collect(until: t0 + .milliseconds(20)))
        #expect(batch.count == 2)
        #expect(batch.bytes == 200)
        #expect(batch.opened == t0)
    }

    @Test func next_whenNothingMoreWaits_commitsAtOnce_elseWaitsForTheWindow() {
        var batch = BatchPolicy.Batch()
        // An empty batch waits whatever the queue holds
        #expect(policy.next(batch, at: t0, moreWaiting: false) == .collect(until: t0 + .milliseconds(20)))
        _ = policy.add(100, to: &batch, at: t0)
        // Files still waiting to be processed: collect until the window closes
        #expect(policy.next(batch, at: t0 + .milliseconds(1), moreWaiting: true) == .collect(until: t0 + .milliseconds(20)))
        // The batch holds everything there is: commit now, not 19 ms later
        #expect(policy.next(batch, at: t0 + .milliseconds(1), moreWaiting: false) == .commit)
    }

    @Test func add_whenMaxCountReached_commits() {
        var batch = BatchPolicy.Batch()
        #expect(policy.add(1, to: &batch, at: t0) != .commit)
        #expect(policy.add(1, to: &batch, at: t0) != .commit)
        #expect(policy.add(1, to: &batch, at: t0) == .commit)
        #expect(batch.count == 3)
    }

    @Test func add_whenMaxBytesReachedExactly_commits() {
        var batch = BatchPolicy.Batch()
        #expect(policy.add(600, to: &batch, at: t0) == .collect(until: t0 + .milliseconds(20)))
        #expect(policy.add(399, to: &batch, at: t0 + .milliseconds(1)) == .collect(until: t0 + .milliseconds(20)))
        #expect(policy.add(1, to: &batch, at: t0 + .milliseconds(2)) == .commit)
        #expect(batch.bytes == 1000)
    }

    @Test func add_whenMaxBytesExceeded_commits() {
        var batch = BatchPolicy.Batch()
        _ = policy.add(600, to: &batch, at: t0)
        #expect(policy.add(500, to: &batch, at: t0) == .commit)
    }

    @Test func add_whenSingleItemLargerThanMaxBytes_commitsAtOnce() {
        var batch = BatchPolicy.Batch()
        #expect(policy.add(5000, to: &batch, at: t0) == .commit)
        #expect(batch.count == 1)
    }

    @Test func next_whenWindowNotYetOver_collectsUntilDeadline() {
        var batch = BatchPolicy.Batch()
        _ = policy.add(1, to: &batch, at: t0)
        #expect(policy.next(batch, at: t0 + .milliseconds(20) - .nanoseconds(1)) == .collect(until: t0 + .milliseconds(20)))
    }

    @Test func next_whenWindowDeadlineReached_commits() {
        var batch = BatchPolicy.Batch()
        _ = policy.add(1, to: &batch, at: t0)
        #expect(policy.next(batch, at: t0 + .milliseconds(20)) == .commit)
        #expect(policy.next(batch, at: t0 + .seconds(1)) == .commit)
    }

    @Test func add_whenItemArrivesAfterDeadline_commits() {
        var batch = BatchPolicy.Batch()
        _ = policy.add(1, to: &batch, at: t0)
        #expect(policy.add(1, to: &batch, at: t0 + .milliseconds(25)) == .commit)
    }

    @Test func add_whenZeroWindow_commitsEveryItem() {
        let immediate = BatchPolicy(maxCount: 100, maxBytes: 1 << 20, window: .zero)
        var batch = BatchPolicy.Batch()
        #expect(immediate.add(1, to: &batch, at: t0) == .commit)
    }

    @Test func add_whenMaxCountIsOne_commitsFirstItem() {
        let single = BatchPolicy(maxCount: 1, maxBytes: 1 << 20, window: .seconds(10))
        var batch = BatchPolicy.Batch()
        #expect(single.add(1, to: &batch, at: t0) == .commit)
    }
}
