import Synchronization

/// The bounded hand-off between the processing workers and the committer.
///
/// Workers `put` processed files; `put` suspends while the buffer holds `capacity` items or
/// `byteBudget` bytes, so memory stays bounded when commits are slow (a full disk, a slow fsync).
/// The single committer takes batches as `BatchPolicy` says.
final class CommitBuffer<Item: Sendable>: Sendable {
    private struct State {
        var items: [(item: Item, bytes: Int)] = []
        var bytes = 0
        var closed = false
        var putters: [CheckedContinuation<Void, Never>] = []
    }
    private let state = Mutex(State())
    private let arrived = WakeUp()
    private let capacity: Int
    private let byteBudget: Int
    private let policy: BatchPolicy
    /// Whether files still wait to be processed (the queue's depth): if not, a batch need not wait.
    private let moreWaiting: @Sendable () -> Bool

    init(policy: BatchPolicy, moreWaiting: @escaping @Sendable () -> Bool = { true }) {
        self.policy = policy
        self.moreWaiting = moreWaiting
        self.capacity = policy.maxCount
        self.byteBudget = policy.maxBytes
    }

    /// Adds an item, waiting while the buffer is full. An item larger than the budget still goes in
    /// when the buffer is empty.
    func put(_ item: Item, bytes: Int) async {
        while true {
            let added = state.withLock { s -> Bool in
                if s.items.isEmpty || (s.items.count < capacity && s.bytes + bytes <= byteBudget) || s.closed {
                    s.items.append((item, bytes))
                    s.bytes += bytes
                    return true
                }
                return false
            }
            if added { arrived.signal(); return }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                    let retry = state.withLock { s -> Bool in
                        if s.closed || s.items.isEmpty || s.items.count < capacity && s.bytes + bytes <= byteBudget { return true }
                        s.putters.append(c)
                        return false
                    }
                    if retry { c.resume() }
                }
            } onCancel: {
                self.close()
            }
        }
    }

    /// No more items will be put: the committer drains what is left and then gets nil.
    func close() {
        let putters = state.withLock { s in
            s.closed = true
            defer { s.putters = [] }
            return s.putters
        }
        for p in putters { p.resume() }
        arrived.signal()
    }

    /// The next batch, collected as the policy says; nil once closed and empty.
    func nextBatch() async -> [Item]? {
        var batch = BatchPolicy.Batch()
        var items: [Item] = []
        while true {
            let (taken, closed) = takeAvailable(max: policy.maxCount - batch.count)
            let now = ContinuousClock.now
            var action = policy.next(batch, at: now)
            for (item, bytes) in taken {
                items.append(item)
                action = policy.add(bytes, to: &batch, at: now)
            }
            if case .commit = action { return items }
            if (closed || Task.isCancelled) && taken.isEmpty { return items.isEmpty ? nil : items }
            if case .commit = policy.next(batch, at: now, moreWaiting: moreWaiting()) { return items }
            if case .collect(let deadline) = action {
                _ = await arrived.wait(until: items.isEmpty ? nil : deadline)
            }
        }
    }

    private func takeAvailable(max: Int) -> ([(item: Item, bytes: Int)], Bool) {
        let (taken, closed, putters) = state.withLock { s -> ([(item: Item, bytes: Int)], Bool, [CheckedContinuation<Void, Never>]) in
            let n = Swift.min(max, s.items.count)
            let taken = Array(s.items.prefix(n))
            s.items.removeFirst(n)
            s.bytes -= taken.reduce(0) { $0 + $1.bytes }
            let putters = n > 0 ? s.putters : []
            if n > 0 { s.putters = [] }
            return (taken, s.closed, putters)
        }
        for p in putters { p.resume() }
        return (taken, closed)
    }
}
