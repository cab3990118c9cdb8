import Synchronization

/// Tells any number of waiters that a batch was committed (for `sluicectl follow`): each commit bumps
/// a generation number and wakes everyone waiting for a newer one.
public final class CommitFeed: Sendable {
    private struct State {
        var generation = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter = 0
    }
    private let state = Mutex(State())

    public init() {}

    /// The number of commits announced so far.
    public var generation: Int { state.withLock { $0.generation } }

    /// Announces a commit.
    public func committed() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.generation += 1
            defer { s.waiters = [:] }
            return Array(s.waiters.values)
        }
        for w in waiters { w.resume() }
    }

    /// Returns once the generation is past `generation`, or when the task is cancelled.
    /// - Returns: the generation now.
    public func wait(after generation: Int) async -> Int {
        let key = state.withLock { s -> Int in s.nextWaiter += 1; return s.nextWaiter }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { s -> Bool in
                    if s.generation > generation || Task.isCancelled { return true }
                    s.waiters[key] = c
                    return false
                }
                if ready { c.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: key) }
            waiter?.resume()
        }
        return self.generation
    }
}
