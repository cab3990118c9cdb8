import Foundation

/// Runs `sluiced ARGS` expecting it to exit on its own (a refused start), with `extraEnvironment` added
/// and crash backtraces off. Run under `timeout`: a daemon that starts instead of refusing is killed
/// after `seconds` and the result has status 124, so such a test fails rather than hangs.
public func runSluicedExpectingExit(_ arguments: [String], extraEnvironment: [String: String] = [:], seconds: Int = 60) async throws -> CommandResult {
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    for (key, value) in extraEnvironment { environment[key] = value }
    return try await run("/usr/bin/timeout", ["\(seconds)", Binaries.sluiced] + arguments, environment: environment)
}
