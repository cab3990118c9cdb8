import Synchronization

/// Holds the workers back from claiming more files while the store cannot commit (a full disk, an
/// I/O error): the committer closes it on a failed commit and opens it again on the next success.
/// Files already claimed wait in active/; the rest stay in incoming/.
final class ClaimGate: Sendable {
    private struct State {
        var closed = false
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter = 0
    }
    private let state = Mutex(State())

    init() {}

    /// Whether claiming is held back now.
    var isClosed: Bool { state.withLock { $0.closed } }

    /// Holds back claiming. - Returns: true when it was open.
    @discardableResult
    func close() -> Bool {
        state.withLock { s in
            defer { s.closed = true }
            return !s.closed
        }
    }

    /// Lets claiming go on and wakes every waiting worker. - Returns: true when it was closed.
    @discardableResult
    func open() -> Bool {
        let (wasClosed, waiters) = state.withLock { s in
            defer { s.closed = false; s.waiters = [:] }
            return (s.closed, Array(s.waiters.values))
        }
        for w in waiters { w.resume() }
        return wasClosed
    }

    /// Returns at once while open; else once opened, or when the task is cancelled.
    func wait() async {
        guard isClosed else { return }
        let key = state.withLock { s -> Int in s.nextWaiter += 1; return s.nextWaiter }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { s -> Bool in
                    if !s.closed || Task.isCancelled { return true }
                    s.waiters[key] = c
                    return false
                }
                if ready { c.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: key) }
            waiter?.resume()
        }
    }
}
