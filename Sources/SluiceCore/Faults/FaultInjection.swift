import Foundation
import Synchronization

/// Test-only fault points, compiled in and off unless the environment names them.
///
/// `SLUICE_FAULTS` holds a comma-separated list of point names, e.g. `SLUICE_FAULTS=commit-hang`.
/// Production units never set it; the tests of the watchdog and of crash recovery do. Every point
/// that fires is logged by the code that reaches it, so a fault in a log is never a mystery.
public struct FaultInjection: Sendable {
    /// A place in the code where a fault can be injected.
    public enum Point: String, Sendable, CaseIterable {
        /// The batch commit never returns (a hung store): the watchdog must stop pinging.
        case commitHang = "commit-hang"
        /// The spool watcher reads no inotify events until a file named `.sluice-release-watcher`
        /// appears in incoming/, so that a burst overflows the kernel's event queue (IN_Q_OVERFLOW).
        case watcherStall = "watcher-stall"
        /// `inotify_init1` fails with EMFILE, as when `fs.inotify.max_user_instances` is reached.
        case inotifyInstanceLimit = "inotify-instance-limit"
        /// `inotify_add_watch` fails with ENOSPC, as when `fs.inotify.max_user_watches` is reached.
        case inotifyWatchLimit = "inotify-watch-limit"
    }

    /// The dotfile (ignored by the daemon) whose appearance in incoming/ ends a `watcher-stall`.
    public static let watcherReleaseName = ".sluice-release-watcher"

    /// The points switched on.
    public let active: Set<Point>

    /// Points read from `SLUICE_FAULTS` once per process; unknown names are ignored.
    public static let current = FaultInjection(environment: ProcessInfo.processInfo.environment)

    public init(environment: [String: String]) {
        let names = (environment["SLUICE_FAULTS"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        active = Set(names.compactMap(Point.init(rawValue:)))
    }

    /// Whether `point` is switched on.
    public func isActive(_ point: Point) -> Bool { active.contains(point) }

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
