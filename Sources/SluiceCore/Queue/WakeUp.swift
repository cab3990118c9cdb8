import Synchronization

/// A coalescing wake-up for one waiter: `signal()` wakes the waiter, or is remembered until the next
/// `wait`; several signals before a wait count as one.
public final class WakeUp: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Bool, Never>?
    }
    private let state = Mutex(State())

    public init() {}

    /// Wakes the waiter (or the next one to wait).
    public func signal() {
        let waiter = state.withLock { s -> CheckedContinuation<Bool, Never>? in
            if let w = s.waiter { s.waiter = nil; return w }
            s.pending = true
            return nil
        }
        waiter?.resume(returning: true)
    }

    /// Waits for a signal, until `deadline` (nil: no deadline), or until the task is cancelled.
    ///
    /// - Returns: true when signalled, false on timeout or cancellation.
    public func wait(until deadline: ContinuousClock.Instant?) async -> Bool {
        await withTaskGroup(of: Void.self) { group in
            if let deadline {
                group.addTask { [self] in
                    try? await Task.sleep(until: deadline, clock: .continuous)
                    self.expire()
                }
            }
            let signalled = await withTaskCancellationHandler {
                await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
                    // The timer only expires at or after the deadline: a waiter that registers after it
                    // fired sees the deadline passed here, so no expiry is ever lost.
                    let immediate = state.withLock { s -> Bool? in
                        if s.pending { s.pending = false; return true }
                        if Task.isCancelled { return false }
                        if let deadline, ContinuousClock.now >= deadline { return false }
                        s.waiter = c
                        return nil
                    }
                    if let immediate { c.resume(returning: immediate) }
                }
            } onCancel: {
                self.expire()
            }
            group.cancelAll()
            return signalled
        }
    }

    /// Ends the current wait without a signal.
    private func expire() {
        let waiter = state.withLock { s -> CheckedContinuation<Bool, Never>? in
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume(returning: false)
    }
}
