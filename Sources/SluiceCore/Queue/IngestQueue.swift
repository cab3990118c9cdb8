import Synchronization

/// The bounded queue of file names between the spool watcher and the processing workers.
///
/// It holds names, never contents: at most `capacity` names wait, and `offer` suspends beyond that
/// (back-pressure to the watcher, whose inotify reader then stops reading and lets the kernel queue
/// absorb the burst). Each name is known once: offering a name that is queued is a no-op, and offering
/// one that a worker is processing marks it *dirty* so it is queued again when the worker is done —
/// a new file may have been dropped under the same name after the claim. inotify and scans are only
/// hints; the claim (rename into active/) decides who processes a file.
public final class IngestQueue: Sendable {
    /// Where the queue is in its life.
    public enum Phase: Sendable, Equatable {
        /// Names flow to workers.
        case running
        /// Names are accepted but not handed out (operator pause).
        case paused
        /// Closed: offers are dropped, waiting workers get nil. Files stay in incoming/.
        case closed
    }

    private struct State {
        var phase: Phase = .running
        var queued: [SpoolName] = []
        var head = 0
        /// Every queued or in-flight name, with its dirty flag (meaningful for in-flight names).
        var known: [SpoolName: Bool] = [:]
        var inFlight = 0
        /// Offers to a full queue drop the name instead of waiting (see `shed(_:)`).
        var shedding = false
        var takers: [CheckedContinuation<SpoolName?, Never>] = []
        var offerers: [CheckedContinuation<Void, Never>] = []

        var depth: Int { queued.count - head }

        mutating func popFront() -> SpoolName {
            let name = queued[head]
            head += 1
            if head > 1024 && head * 2 > queued.count {
                queued.removeFirst(head)
                head = 0
            }
            return name
        }
    }

    private let state = Mutex(State())
    /// How many names may wait before `offer` suspends.
    public let capacity: Int

    public init(capacity: Int) {
        precondition(capacity >= 1, "queue capacity must be at least 1")
        self.capacity = capacity
    }

    /// Names waiting for a worker.
    public var depth: Int { state.withLock { $0.depth } }
    /// Names a worker is processing.
    public var inFlight: Int { state.withLock { $0.inFlight } }
    /// The current phase.
    public var phase: Phase { state.withLock { $0.phase } }

    /// Offers a name. Suspends while the queue is full (drops the name instead while shedding); returns
    /// at once when the name is already known or the queue is closed.
    public func offer(_ name: SpoolName) async {
        while true {
            enum Step {
                case done, wait
                case released([CheckedContinuation<Void, Never>])
                case handOff(CheckedContinuation<SpoolName?, Never>, SpoolName, [CheckedContinuation<Void, Never>])
            }
            // Fast path under the lock; a full queue registers the caller and suspends.
            let step: Step = state.withLock { s in
                if s.phase == .closed { return .done }
                if s.known[name] != nil {
                    s.known[name] = true  // queued: harmless; in flight: queue again when done
                    return .done
                }
                if s.depth >= capacity { return s.shedding ? .done : .wait }
                enqueue(name, &s)
                let pair = handOff(&s)
                let released = releaseOfferers(&s)
                if let (c, n) = pair { return .handOff(c, n, released) }
                return .released(released)
            }
            switch step {
            case .done: return
            case .released(let offerers):
                for o in offerers { o.resume() }
                return
            case .handOff(let c, let n, let offerers):
                c.resume(returning: n)
                for o in offerers { o.resume() }
                return
            case .wait: break
            }
            // A cancelled waiter means the daemon is going down: closing releases every waiter.
            await withTaskCancellationHandler {
                await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                    let resumeNow = state.withLock { s -> Bool in
                        if s.phase == .closed || s.depth < capacity || s.shedding { return true }
                        s.offerers.append(c)
                        return false
                    }
                    if resumeNow { c.resume() }
                }
            } onCancel: {
                self.close()
            }
        }
    }

    /// Hands the oldest queued name to a worker, waiting while there is none (or while paused).
    ///
    /// - Returns: nil once the queue is closed.
    public func next() async -> SpoolName? {
        await withTaskCancellationHandler {
            await waitForName()
        } onCancel: {
            self.close()
        }
    }

    private func waitForName() async -> SpoolName? {
        await withCheckedContinuation { (c: CheckedContinuation<SpoolName?, Never>) in
            let (name, offerers, resumeNow) = state.withLock { s -> (SpoolName?, [CheckedContinuation<Void, Never>], Bool) in
                if s.phase == .closed { return (nil, [], true) }
                if s.phase == .running && s.depth > 0 {
                    let name = take(&s)
                    return (name, releaseOfferers(&s), true)
                }
                s.takers.append(c)
                return (nil, [], false)
            }
            for o in offerers { o.resume() }
            if resumeNow { c.resume(returning: name) }
        }
    }

    /// Says a worker is done with `name`. A name marked dirty meanwhile is queued again.
    public func done(_ name: SpoolName) {
        let taker = state.withLock { s -> (CheckedContinuation<SpoolName?, Never>, SpoolName)? in
            s.inFlight -= 1
            let dirty = s.known.removeValue(forKey: name) ?? false
            guard dirty, s.phase != .closed else { return nil }
            enqueue(name, &s)
            return handOff(&s)
        }
        if let (c, n) = taker { c.resume(returning: n) }
    }

    /// Removes as many waiting offerers as there is room for; the caller resumes them outside the
    /// lock and each re-checks (a woken offerer that finds the queue full again waits again).
    private func releaseOfferers(_ s: inout State) -> [CheckedContinuation<Void, Never>] {
        let room = capacity - s.depth
        guard room > 0, !s.offerers.isEmpty else { return [] }
        let n = min(room, s.offerers.count)
        defer { s.offerers.removeFirst(n) }
        return Array(s.offerers.prefix(n))
    }

    /// Stops handing out names (files keep arriving in incoming/ and being queued up to capacity).
    public func pause() { state.withLock { s in if s.phase == .running { s.phase = .paused } } }

    /// Hands out names again after `pause()`.
    public func resume() {
        let (handed, offerers) = state.withLock { s -> ([(CheckedContinuation<SpoolName?, Never>, SpoolName)], [CheckedContinuation<Void, Never>]) in
            guard s.phase == .paused else { return ([], []) }
            s.phase = .running
            var out: [(CheckedContinuation<SpoolName?, Never>, SpoolName)] = []
            while let pair = handOff(&s) { out.append(pair) }
            return (out, releaseOfferers(&s))
        }
        for (c, n) in handed { c.resume(returning: n) }
        for o in offerers { o.resume() }
    }

    /// While `on`, an offer to a full queue drops the name instead of waiting, and waiting offerers
    /// return: the file stays in incoming/ and a later scan offers it again. Set while the store cannot
    /// commit, so that the watcher (and the first scan that readiness waits for) never stalls behind it.
    public func shed(_ on: Bool) {
        let offerers = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.shedding = on
            guard on else { return [] }
            defer { s.offerers = [] }
            return s.offerers
        }
        for o in offerers { o.resume() }
    }

    /// Closes the queue for good: waiting workers get nil, waiting offerers return.
    public func close() {
        let (takers, offerers) = state.withLock { s in
            s.phase = .closed
            defer { s.takers = []; s.offerers = [] }
            return (s.takers, s.offerers)
        }
        for t in takers { t.resume(returning: nil) }
        for o in offerers { o.resume() }
    }

    // Called with the lock held.
    private func enqueue(_ name: SpoolName, _ s: inout State) {
        s.queued.append(name)
        s.known[name] = false
    }

    private func take(_ s: inout State) -> SpoolName {
        let name = s.popFront()
        s.known[name] = false  // in flight and clean: only offers from now on make it dirty
        s.inFlight += 1
        return name
    }

    /// With a taker waiting and a name queued (and running), pairs them.
    private func handOff(_ s: inout State) -> (CheckedContinuation<SpoolName?, Never>, SpoolName)? {
        guard s.phase == .running, s.depth > 0, !s.takers.isEmpty else { return nil }
        return (s.takers.removeFirst(), take(&s))
    }
}
