import Synchronization

/// Collects the conditions of readiness and runs `onReady` once, when the last one is met: `READY=1`
/// is sent only after the store is open, the control socket bound, the watch set and the first scan
/// done.
public final class Readiness: Sendable {
    /// Something that must have happened before the daemon is ready.
    public enum Condition: String, Sendable, Hashable {
        case storeOpen = "store-open"
        case controlSocketBound = "control-socket-bound"
        /// The inotify watch is set and incoming/ was scanned once.
        case firstScanDone = "first-scan-done"
    }

    private let pending: Mutex<Set<Condition>?>
    private let onReady: @Sendable () -> Void

    public init(waitingFor conditions: Set<Condition>, onReady: @escaping @Sendable () -> Void) {
        pending = Mutex(conditions)
        self.onReady = onReady
        if conditions.isEmpty { met(.storeOpen) }
    }

    /// Marks `condition` as met; the call that meets the last one runs `onReady`.
    public func met(_ condition: Condition) {
        let fire = pending.withLock { p -> Bool in
            guard var set = p else { return false }
            set.remove(condition)
            if set.isEmpty { p = nil; return true }
            p = set
            return false
        }
        if fire { onReady() }
    }

    /// Whether every condition was met.
    public var isReady: Bool { pending.withLock { $0 == nil } }
}
