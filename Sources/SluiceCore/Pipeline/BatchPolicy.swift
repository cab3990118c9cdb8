/// When a batch closes: at `maxCount` files, at `maxBytes` bytes, or `window` after its first file.
///
/// A plain state machine with no clock of its own: the caller passes the time in and performs the
/// action it returns, so every rule is tested without sleeping.
public struct BatchPolicy: Sendable, Equatable {
    public var maxCount: Int
    public var maxBytes: Int
    public var window: Duration

    public init(maxCount: Int, maxBytes: Int, window: Duration) {
        precondition(maxCount >= 1, "a batch holds at least one file")
        self.maxCount = maxCount
        self.maxBytes = maxBytes
        self.window = window
    }

    /// What the collector of a batch should do next.
    public enum Action: Sendable, Equatable {
        /// Take more items if there are any; otherwise wait for one until the deadline.
        case collect(until: ContinuousClock.Instant)
        /// Commit what has been collected.
        case commit
    }

    /// The batch being collected.
    public struct Batch: Sendable, Equatable {
        public private(set) var count = 0
        public private(set) var bytes = 0
        public private(set) var opened: ContinuousClock.Instant?

        public init() {}

        mutating func add(bytes: Int, at now: ContinuousClock.Instant) {
            if opened == nil { opened = now }
            count += 1
            self.bytes += bytes
        }
    }

    /// Records one more item in `batch` and says what to do next.
    public func add(_ bytes: Int, to batch: inout Batch, at now: ContinuousClock.Instant) -> Action {
        batch.add(bytes: bytes, at: now)
        return next(batch, at: now)
    }

    /// What to do with `batch` at `now`, with no new item, knowing whether more files wait to be
    /// processed: a batch that already holds everything there is commits at once, since waiting out
    /// the window would only add latency. (In a burst files keep waiting, and batches fill up.)
    public func next(_ batch: Batch, at now: ContinuousClock.Instant, moreWaiting: Bool) -> Action {
        if batch.count > 0 && !moreWaiting { return .commit }
        return next(batch, at: now)
    }

    /// What to do with `batch` at `now`, with no new item.
    public func next(_ batch: Batch, at now: ContinuousClock.Instant) -> Action {
        guard let opened = batch.opened else { return .collect(until: now + window) }
        if batch.count >= maxCount || batch.bytes >= maxBytes { return .commit }
        let deadline = opened + window
        return now >= deadline ? .commit : .collect(until: deadline)
    }
}
