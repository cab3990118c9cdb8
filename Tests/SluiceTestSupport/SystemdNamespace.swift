import Foundation
import Glibc

/// A real systemd running as PID 1 of private PID, mount, network, UTS and IPC namespaces, started by
/// `scripts/systemd-namespace boot` (which explains why nothing of the host changes: /etc, /var and
/// /usr/local are overlays on a tmpfs, /tmp, /var/tmp, /run and /dev are private).
///
/// Commands run inside with `run(_:)` (through nsenter). `shutdown()` SIGKILLs the namespace's PID 1,
/// which ends every process in it; call it in a `defer` so a failing test never leaves a systemd behind.
public final class SystemdNamespace: @unchecked Sendable {
    /// Why a namespace cannot be started here, or nil when it can be tried (root, the tools present).
    public static var unavailableReason: String? {
        if getuid() != 0 { return "needs root (unshare, mount, nsenter)" }
        for tool in ["unshare", "nsenter", "setpriv"] where which(tool) == nil {
            return "\(tool) is not installed (util-linux)"
        }
        if !FileManager.default.isExecutableFile(atPath: "/lib/systemd/systemd") { return "/lib/systemd/systemd is not installed" }
        return nil
    }

    /// The host-side directory: `work/` is the namespace's private tmpfs, `boot.log` systemd's console.
    public let root: TemporaryDirectory
    /// Everything PID 1 printed (`--log-target=console`): unit state changes, watchdog timeouts…
    public var bootLog: String { (try? String(contentsOfFile: root.appending("boot.log"), encoding: .utf8)) ?? "" }
    /// The host pid of the namespace's systemd, once it has been exec'ed.
    public private(set) var pid: Int32 = 0

    private let unshare: Process
    private var stopped = false
    private let lock = NSLock()

    /// Starts the namespace and waits until `systemctl is-system-running` says running or degraded.
    ///
    /// - Throws: `NamespaceUnavailable` when the namespace itself could not be created (no privileges
    ///   for unshare or mount, no overlayfs): the caller skips. Any other failure is a `DeadlineExceeded`.
    public init(timeout: Duration = .seconds(20)) async throws {
        root = try TemporaryDirectory("systemd-ns")
        let work = root.appending("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let logPath = root.appending("boot.log")
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        unshare = Process()
        unshare.executableURL = URL(fileURLWithPath: Seeds.repositoryRoot + "/scripts/systemd-namespace")
        unshare.arguments = ["boot", work]
        unshare.environment = Self.environment
        unshare.standardInput = FileHandle.nullDevice
        unshare.standardOutput = log
        unshare.standardError = log
        try unshare.run()
        try? log.close()

        do {
            // The script execs unshare, whose forked child (the namespace's PID 1) execs systemd.
            try await waitUntil("the namespace's systemd has started", timeout: timeout) {
                guard self.unshare.isRunning else {
                    throw NamespaceUnavailable(reason: "scripts/systemd-namespace exited with status \(self.unshare.terminationStatus): \(self.bootLog.suffix(2000))")
                }
                guard let child = Self.children(of: self.unshare.processIdentifier).first else { return false }
                let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                guard comm.hasPrefix("systemd") else { return false }
                self.pid = child
                return true
            }
            var state = ""
            try await waitUntil("systemctl is-system-running says running or degraded (last: \(state))", timeout: timeout) {
                guard self.unshare.isRunning else {
                    throw DeadlineExceeded(description: "the namespace's systemd exited: \(self.bootLog.suffix(2000))")
                }
                state = try await self.run(["systemctl", "is-system-running"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                return state == "running" || state == "degraded"
            }
        } catch {
            shutdown()
            throw error
        }
    }

    /// The namespace could not be created here (no privileges, no overlayfs…): a reason to skip.
    public struct NamespaceUnavailable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Runs `command` inside the namespace (nsenter into all its namespaces, as root, cwd /).
    @discardableResult
    public func run(_ command: [String], environment: [String: String] = [:]) async throws -> CommandResult {
        var env = Self.environment
        for (k, v) in environment { env[k] = v }
        return try await SluiceTestSupport.run(
            Self.which("nsenter") ?? "/usr/bin/nsenter",
            ["--target", "\(pid)", "--mount", "--pid", "--net", "--uts", "--ipc", "--"] + command,
            environment: env)
    }

    /// `run(["sh", "-c", script])`.
    @discardableResult
    public func shell(_ script: String) async throws -> CommandResult { try await run(["sh", "-c", script]) }

    /// `systemctl show -p NAME… UNIT` as a dictionary.
    public func show(_ unit: String, _ properties: [String]) async throws -> [String: String] {
        let result = try await run(["systemctl", "show", unit] + properties.flatMap { ["-p", $0] })
        var values: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            values[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        return values
    }

    /// A path inside the namespace, seen from the host (`/proc/PID/root/…`): to put files in or read them.
    public func hostPath(_ path: String) -> String { "/proc/\(pid)/root" + path }

    /// SIGKILLs the namespace's PID 1 (the kernel then kills everything in it), waits for unshare,
    /// removes the cgroups systemd created and the temporary directory. Idempotent.
    public func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        // SIGKILL to a namespace's PID 1 kills every process in it; unshare exits once its child, PID 1,
        // is reaped, which the kernel does only after all the others are gone. (Killing unshare instead
        // would work too, through --kill-child, but returns before the namespace is torn down.)
        if pid > 0 { kill(pid, SIGKILL) }
        for child in Self.children(of: unshare.processIdentifier) { kill(child, SIGKILL) }
        if unshare.isRunning && pid == 0 && Self.children(of: unshare.processIdentifier).isEmpty {
            kill(unshare.processIdentifier, SIGKILL)
        }
        unshare.waitUntilExit()
        _ = try? SluiceTestSupport.runBlocking(Seeds.repositoryRoot + "/scripts/systemd-namespace", ["cleanup", root.appending("work")], environment: Self.environment)
        root.remove()
    }

    deinit { shutdown() }

    // MARK: - Helpers

    static let environment: [String: String] = [
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "LANG": "C.UTF-8",
        "SYSTEMD_PAGER": "",
        "SYSTEMD_COLORS": "0",
        "SYSTEMD_LOG_COLOR": "0",
    ]

    /// The pids whose parent is `parent` (from /proc/PID/stat).
    static func children(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let p = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(p)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // "pid (comm) state ppid …": comm may hold spaces and parentheses.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, pid_t(fields[1]) == parent else { return nil }
            return p
        }
    }

    /// The absolute path of `tool` in PATH (plus the sbin directories), or nil.
    public static func which(_ tool: String) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(tool)") {
            return "\(dir)/\(tool)"
        }
        return nil
    }
}
