import Foundation

/// Runs `body` on a thread of its own and returns its result.
///
/// Tests run in parallel on Swift's cooperative pool, which has one thread per core (two in CI). A test
/// that blocks a pool thread — a blocking `recv`, waiting for a child process, reading a pipe to its end —
/// starves every other test, and the daemon or server code they drive, for as long as it blocks: on a
/// loaded 2-core machine that stalled the whole run for 20 s and broke the idle-timeout tests. Every
/// blocking call in a test goes through here.
public func offloaded<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.start()
    }
}
