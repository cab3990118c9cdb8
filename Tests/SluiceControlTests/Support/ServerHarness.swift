import Foundation
import Logging
@testable import SluiceControl
import SluiceTestSupport
import Synchronization

/// A `ControlClient` for async tests: every call runs on its own thread.
final class TestClient: @unchecked Sendable {
    // Used by one test at a time, one call at a time.
    let client: ControlClient

    private init(_ client: ControlClient) { self.client = client }

    static func connect(_ path: String, timeout: Duration = .seconds(10)) async throws -> TestClient {
        let client = try await offloaded { Box(try ControlClient.connect(path: path, timeout: timeout)) }
        return TestClient(client.value)
    }

    /// Connects and sends `request` on one thread, with no suspension in between: against a server with
    /// a short idle timeout, a test must not lose that race to a busy cooperative pool.
    static func connect(_ path: String, sending request: ControlRequest, timeout: Duration = .seconds(10)) async throws -> TestClient {
        let client = try await offloaded {
            let client = try ControlClient.connect(path: path, timeout: timeout)
            try client.send(request)
            return Box(client)
        }
        return TestClient(client.value)
    }

    func call(_ command: String, _ arguments: [String: JSONValue] = [:]) async throws -> JSONValue {
        try await offloaded { try self.client.call(command, arguments: arguments) }
    }

    func stream(_ command: String, _ arguments: [String: JSONValue] = [:]) async throws -> (events: [JSONValue], result: JSONValue) {
        try await offloaded {
            var events: [JSONValue] = []
            let result = try self.client.stream(command, arguments: arguments, eventTimeout: .seconds(10)) { events.append($0) }
            return (events, result)
        }
    }

    func send(_ request: ControlRequest) async throws {
        try await offloaded { try self.client.send(request) }
    }

    func sendRaw(_ bytes: [UInt8]) async throws {
        try await offloaded { try self.client.sendRaw(bytes) }
    }

    func sendRaw(_ text: String) async throws { try await sendRaw(Array(text.utf8)) }

    func reply(timeout: Duration = .seconds(10)) async throws -> ControlReply {
        try await offloaded { try self.client.receive(timeout: timeout) }
    }

    func rawLine(timeout: Duration = .seconds(10)) async throws -> String {
        try await offloaded { String(decoding: try self.client.readLine(timeout: timeout), as: UTF8.self) }
    }

    /// Waits for the server to close the connection; fails on any further reply line or on timeout.
    func expectClosed(timeout: Duration = .seconds(10)) async throws -> ControlError {
        do {
            let line = try await offloaded { try self.client.readLine(timeout: timeout) }
            throw UnexpectedLine(line: String(decoding: line, as: UTF8.self))
        } catch let error as ControlError {
            return error
        }
    }

    func close() { client.close() }

    struct UnexpectedLine: Error, CustomStringConvertible {
        var line: String
        var description: String { "expected the connection to close, got the line \(line)" }
    }
}

/// Moves a non-Sendable value out of a thread (the thread is done with it).
struct Box<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A log handler that keeps every entry, for assertions on level and metadata.
struct CapturingLogHandler: LogHandler {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    final class Store: Sendable {
        private let entries = Mutex<[Entry]>([])
        func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }
        var all: [Entry] { entries.withLock { $0 } }
        func entries(at level: Logger.Level) -> [Entry] { all.filter { $0.level == level } }
    }

    let store: Store
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var flat: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            flat[key] = "\(value)"
        }
        store.append(Entry(level: event.level, message: "\(event.message)", metadata: flat))
    }

    /// A logger writing to a fresh store.
    static func logger() -> (Logger, Store) {
        let store = Store()
        return (Logger(label: "test") { _ in CapturingLogHandler(store: store) }, store)
    }
}

/// A one-shot gate a handler waits on and a test opens.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    /// Returns once the gate is open, or the task is cancelled (which opens it: tests only).
    func wait() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { s -> Bool in
                    if s.open { return true }
                    s.waiters.append(c)
                    return false
                }
                if resumeNow { c.resume() }
            }
        } onCancel: {
            open()
        }
    }

    func open() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.open = true
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume() }
    }
}

/// A thread-safe counter / flag holder for handlers.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() { value.add(1, ordering: .relaxed) }
    var count: Int { value.load(ordering: .relaxed) }
}

/// The router the server tests use: read commands, the six mutating ones, failures and streams.
func testRouter(extra: (inout ControlRouter) -> Void = { _ in }) -> ControlRouter {
    var router = ControlRouter()
    router.register("ping", access: .read) { _, _ in ["pong": true] as JSONValue }
    router.register("echo", access: .read) { request, _ in JSONValue.object(request.arguments) }
    router.register("whoami", access: .read) { _, peer in
        ["uid": .int(Int(peer.uid)), "gid": .int(Int(peer.gid)), "pid": .int(Int(peer.pid))] as JSONValue
    }
    for command in mutatingCommands {
        router.register(command, access: .mutating) { _, _ in ["done": .string(command)] as JSONValue }
    }
    router.register("unavailable", access: .read) { _, _ -> JSONValue in
        throw ControlError.unavailable("the store is being verified; try again later")
    }
    router.register("crash", access: .read) { _, _ -> JSONValue in
        throw CocoaError(.fileReadCorruptFile)
    }
    router.registerStreaming("count", access: .read) { request, _, events in
        let n = request.arguments["n"]?.intValue ?? 3
        for i in 0..<n { try await events.emit(["i": .int(i)] as JSONValue) }
        return ["count": .int(n)] as JSONValue
    }
    router.registerStreaming("count-then-fail", access: .read) { _, _, events -> JSONValue in
        try await events.emit(["i": 0] as JSONValue)
        try await events.emit(["i": 1] as JSONValue)
        throw ControlError.invalidArgument("since", "must be a sequence number")
    }
    extra(&router)
    return router
}

/// The mutating commands of the protocol.
let mutatingCommands = ["pause", "resume", "retry", "hold", "release", "reload"]

/// A silent logger, or one writing everything to stderr when SLUICE_TEST_LOG is set.
func testLogger() -> Logger {
    guard ProcessInfo.processInfo.environment["SLUICE_TEST_LOG"] != nil else {
        return Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    }
    var logger = Logger(label: "test") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .trace
    return logger
}

/// A running server on a fresh socket path, for the duration of `body`.
struct RunningServer: Sendable {
    let path: String
    let server: ControlServer
    let directory: TemporaryDirectory
}

/// Starts a `ControlServer` on a socket in a fresh temporary directory, waits until it listens, runs
/// `body`, then cancels the server and waits for it to return.
func withServer(
    router: ControlRouter = testRouter(),
    configuration: ControlServer.Configuration = ControlServer.Configuration(),
    logger: Logger = testLogger(),
    _ body: (RunningServer) async throws -> Void
) async throws {
    let directory = try TemporaryDirectory("ctl")
    defer { directory.remove() }
    let path = directory.appending("c.sock")
    let (listening, continuation) = AsyncStream<Void>.makeStream()
    let server = ControlServer(
        endpoint: .path(path), configuration: configuration, router: router, logger: logger,
        onListening: { continuation.yield() })
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { continuation.finish() }
            try await server.run()
        }
        var iterator = listening.makeAsyncIterator()
        guard await iterator.next() != nil else {
            // run() ended before listening: surface its error.
            try await group.next()
            throw ServerDidNotListen()
        }
        do {
            try await body(RunningServer(path: path, server: server, directory: directory))
        } catch {
            group.cancelAll()
            throw error
        }
        group.cancelAll()
        try await group.waitForAll()
    }
}

struct ServerDidNotListen: Error {}

/// A seeded generator, so that a failing fuzz run can be repeated.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
