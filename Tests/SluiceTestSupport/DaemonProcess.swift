import Foundation
import Glibc

/// A `sluiced` started by a test on its own spool and state directories, with its log in a file.
public final class DaemonProcess: @unchecked Sendable {
    public let spool: String
    public let state: String
    public let logPath: String
    private let process: Process

    /// The daemon's pid.
    public var pid: Int32 { process.processIdentifier }

    /// Starts `sluiced --spool SPOOL --state STATE` plus `extraArguments`; with a `launcher`, through it
    /// (e.g. `nsenter --target PID --mount --`, which execs sluiced in another mount namespace).
    public init(spool: String, state: String, extraArguments: [String] = [], environment: [String: String] = [:], logPath: String? = nil, launcher: [String] = []) throws {
        self.spool = spool
        self.state = state
        self.logPath = logPath ?? (state as NSString).deletingLastPathComponent + "/sluiced-\(UUID().uuidString.prefix(6)).log"
        _ = FileManager.default.createFile(atPath: self.logPath, contents: nil)
        process = Process()
        let command = launcher + [Binaries.sluiced, "--spool", spool, "--state", state] + extraArguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: self.logPath))
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Whether the process is still running.
    public var isRunning: Bool { process.isRunning }

    /// The daemon's log so far.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Sends `signal`.
    public func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to exit and returns its status, or throws after `timeout`.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        try await waitUntil("sluiced (pid \(pid)) exits", timeout: timeout) { !self.process.isRunning }
        return process.terminationStatus
    }

    /// Whether it ended through a signal (rather than exit).
    public var terminatedBySignal: Bool { process.terminationReason == .uncaughtSignal }

    /// SIGTERM and wait; SIGKILL if it does not stop in time.
    @discardableResult
    public func stop(timeout: Duration = .seconds(20)) async throws -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        send(SIGTERM)
        do {
            return try await waitForExit(timeout: timeout)
        } catch {
            send(SIGKILL)
            _ = try? await waitForExit(timeout: .seconds(5))
            throw error
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
