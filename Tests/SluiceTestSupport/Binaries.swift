public import Foundation

/// The built `sluiced` and `sluicectl`, found beside the test bundle (or in `SLUICE_BIN_DIR`).
public enum Binaries {
    /// The directory holding the built executables.
    public static var directory: String {
        if let dir = ProcessInfo.processInfo.environment["SLUICE_BIN_DIR"] { return dir }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        // On Linux the test runner is `.build/<triple>/debug/<package>PackageTests.xctest`.
        if dir.hasSuffix(".xctest") { dir = (dir as NSString).deletingLastPathComponent }
        return dir
    }

    public static var sluiced: String { directory + "/sluiced" }
    public static var sluicectl: String { directory + "/sluicectl" }
}

/// The result of running a command to completion.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutData: Data
}

/// Runs `executable` with `arguments` and waits for it (its output is read fully, so it cannot block),
/// on a thread of its own (see `offloaded`).
public func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil) async throws -> CommandResult {
    try await offloaded { try runBlocking(executable, arguments, environment: environment, currentDirectory: currentDirectory) }
}

/// `run`, blocking the calling thread: only for code that already runs on a thread of its own.
public func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes concurrently so that neither fills up.
    nonisolated(unsafe) var errData = Data()
    let errDone = DispatchSemaphore(value: 0)
    let errReader = Thread {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        errDone.signal()
    }
    errReader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    errDone.wait()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
}
