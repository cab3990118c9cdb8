import CSystemd
import Glibc

/// Tells the service manager about the daemon's state through `sd_pid_notify(3)`.
///
/// Every call is a no-op when `NOTIFY_SOCKET` is not set (not started by systemd with `Type=notify`),
/// so the daemon calls it unconditionally. Messages carry this process's pid, which `NotifyAccess=main`
/// requires.
public struct SystemdNotifier: Sendable {
    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    public let isEnabled: Bool

    public init(environment: [String: String]) {
        isEnabled = !(environment["NOTIFY_SOCKET"] ?? "").isEmpty
    }

    /// Sends `assignments` (`KEY=VALUE` lines) in one datagram.
    /// - Returns: whether the manager was told (false when not under systemd or the send failed).
    @discardableResult
    public func send(_ assignments: [String]) -> Bool {
        guard isEnabled, !assignments.isEmpty else { return false }
        return sd_pid_notify(getpid(), 0, assignments.joined(separator: "\n")) > 0
    }

    /// `READY=1` with a status line.
    public func ready(status: String) { send(["READY=1", "STATUS=" + Self.clean(status)]) }

    /// `RELOADING=1` with the `MONOTONIC_USEC=` systemd needs to order it.
    public func reloading() {
        send(["RELOADING=1", "MONOTONIC_USEC=\(Self.monotonicMicroseconds())", "STATUS=reloading configuration"])
    }

    /// `STOPPING=1`.
    public func stopping(status: String) { send(["STOPPING=1", "STATUS=" + Self.clean(status)]) }

    /// `STATUS=`, shown by `systemctl status`.
    public func status(_ line: String) { send(["STATUS=" + Self.clean(line)]) }

    /// `WATCHDOG=1`.
    public func watchdog() { send(["WATCHDOG=1"]) }

    /// CLOCK_MONOTONIC in microseconds, the clock systemd compares `MONOTONIC_USEC=` with.
    static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1_000
    }

    /// One line: a newline would start a new assignment.
    static func clean(_ line: String) -> String {
        String(line.map { $0.isNewline ? " " : $0 })
    }
}
