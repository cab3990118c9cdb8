import Foundation
import Glibc
public import Logging
import Synchronization

/// Test-only fault points, compiled in and off unless the environment names them.
///
/// `SLUICE_FAULTS` holds a comma-separated list of point names, each optionally with a trigger:
/// `NAME` fires on the first hit, `NAME@37` on the 37th hit, `NAME@0.05` on each hit with probability
/// 0.05 — e.g. `SLUICE_FAULTS=crash-after-commit@3` kills the daemon right after its third committed
/// batch, before any of that batch's files is removed from active/. Production units never set it;
/// the reliability tests (docs/reliability.md) do. Every point logs before it fires, so a fault in a
/// log is never a mystery. With no fault set, a point costs one load and a branch.
public struct FaultInjection: Sendable {
    /// A place in the code where a fault can be injected.
    public enum Point: String, Sendable, CaseIterable {
        /// The batch commit never returns (a hung store): the watchdog must stop pinging.
        case commitHang = "commit-hang"
        /// SIGKILL right after a file was renamed into active/, before it is opened (hit: per file).
        case crashAfterClaim = "crash-after-claim"
        /// SIGKILL while reading a claimed file: opened and checked, not read yet (hit: per file).
        case crashMidRead = "crash-mid-read"
        /// SIGKILL inside the batch transaction, after half of its rows were inserted (hit: per batch).
        case crashMidBatch = "crash-mid-batch"
        /// SIGKILL after the batch transaction is durable, before any of its files is unlinked from
        /// active/ (hit: per batch).
        case crashAfterCommit = "crash-after-commit"
        /// SIGKILL after a committed file was unlinked from active/, the rest of its batch still there
        /// (hit: per file).
        case crashMidRelease = "crash-mid-release"
        /// SIGKILL after a quarantined file's reason sidecar was written, before the file is moved
        /// beside it into failed/ (hit: per file).
        case crashMidQuarantine = "crash-mid-quarantine"
        /// SIGKILL during start-up recovery, after a file was moved back from active/ to incoming/
        /// (hit: per file).
        case crashDuringRecovery = "crash-during-recovery"

        /// The spool watcher reads no inotify events until a file named `.sluice-release-watcher`
        /// appears in incoming/, so that a burst overflows the kernel's event queue (IN_Q_OVERFLOW).
        case watcherStall = "watcher-stall"
        /// `inotify_init1` fails with EMFILE, as when `fs.inotify.max_user_instances` is reached.
        case inotifyInstanceLimit = "inotify-instance-limit"
        /// `inotify_add_watch` fails with ENOSPC, as when `fs.inotify.max_user_watches` is reached.
        case inotifyWatchLimit = "inotify-watch-limit"

        /// Whether the point kills the process (rather than hanging or failing a call).
        public var isCrash: Bool { rawValue.hasPrefix("crash-") }
    }

    /// The dotfile (ignored by the daemon) whose appearance in incoming/ ends a `watcher-stall`.
    public static let watcherReleaseName = ".sluice-release-watcher"

    /// When a switched-on point fires.
    public enum Trigger: Sendable, Equatable {
        /// On the Nth hit (1 = the first).
        case onHit(Int)
        /// On every hit with this probability (0…1).
        case probability(Double)
    }

    /// The points switched on, with their triggers.
    public let triggers: [Point: Trigger]
    /// How often each point was hit.
    private let hits = HitCounts()

    /// The points switched on.
    public var active: Set<Point> { Set(triggers.keys) }

    /// Points read from `SLUICE_FAULTS` once per process; unknown names and malformed triggers are
    /// ignored.
    public static let current = FaultInjection(environment: ProcessInfo.processInfo.environment)

    public init(environment: [String: String]) {
        var triggers: [Point: Trigger] = [:]
        for item in (environment["SLUICE_FAULTS"] ?? "").split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "@", maxSplits: 1)
            guard let first = parts.first, let point = Point(rawValue: String(first)) else { continue }
            if parts.count == 1 {
                triggers[point] = .onHit(1)
            } else if let n = Int(parts[1]), n >= 1 {
                triggers[point] = .onHit(n)
            } else if let p = Double(parts[1]), p >= 0, p <= 1 {
                triggers[point] = .probability(p)
            }
        }
        self.triggers = triggers
    }

    /// Whether `point` is switched on.
    public func isActive(_ point: Point) -> Bool { triggers[point] != nil }

    /// Counts a hit of `point` and tells whether its trigger fires now.
    public func fires(_ point: Point) -> Bool {
        guard let trigger = triggers[point] else { return false }
        let hit = hits.count(point)
        switch trigger {
        case .onHit(let n): return hit == n
        case .probability(let p): return Double.random(in: 0..<1) < p
        }
    }

    /// A crash point: when `point` is switched on and fires, logs at critical level and kills the
    /// process with SIGKILL (what the OOM killer or a power cut looks like to the files on disk).
    @inline(__always)
    public static func crash(_ point: Point, _ detail: @autoclosure () -> String = "") {
        guard !current.triggers.isEmpty else { return }
        crashSlowPath(point, detail())
    }

    private static func crashSlowPath(_ point: Point, _ detail: String) {
        guard current.fires(point) else { return }
        let hit = current.hits.current(point)
        // The daemon's handler writes each line straight to stderr (or journald), so this line is out
        // before the signal.
        Logger(label: "sluiced").critical("fault injection: \(point.rawValue) fired; SIGKILL now", metadata: [
            "fault.point": "\(point.rawValue)", "fault.hit": "\(hit)", "fault.detail": "\(detail)",
        ])
        kill(getpid(), SIGKILL)
        _exit(137)
    }

    /// Suspends the calling task forever, deaf to cancellation: what a deadlocked stage looks like.
    public static func hangForever() async -> Never {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            // Kept alive so the runtime does not report a leaked continuation.
            hung.withLock { $0.append(continuation) }
        }
        fatalError("a hung fault point was resumed")
    }

    private static let hung = Mutex<[CheckedContinuation<Void, Never>]>([])
}

/// The hit counters of one `FaultInjection`.
private final class HitCounts: Sendable {
    private let counts = Mutex<[FaultInjection.Point: Int]>([:])

    /// Counts a hit. - Returns: the hits so far, this one included.
    func count(_ point: FaultInjection.Point) -> Int {
        counts.withLock { c in
            c[point, default: 0] += 1
            return c[point, default: 0]
        }
    }

    func current(_ point: FaultInjection.Point) -> Int { counts.withLock { $0[point, default: 0] } }
}
