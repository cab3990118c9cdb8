import Foundation

/// Thrown when a condition did not become true before its deadline.
public struct DeadlineExceeded: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// Waits until `condition` is true, checking it every few milliseconds, or throws after `timeout`.
///
/// This is how tests synchronise with the daemon: on an observable condition with a deadline, never
/// on a fixed sleep.
public func waitUntil(
    _ what: @autoclosure () -> String = "condition",
    timeout: Duration = .seconds(30),
    fileID: String = #fileID, line: Int = #line,
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    var interval = Duration.milliseconds(2)
    while true {
        if try await condition() { return }
        if ContinuousClock.now >= deadline {
            throw DeadlineExceeded(description: "\(what()) did not hold within \(timeout) (\(fileID):\(line))")
        }
        try await Task.sleep(for: interval)  // polling interval of a deadline-bounded wait
        interval = min(interval * 2, .milliseconds(50))
    }
}
