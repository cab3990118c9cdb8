/// The commands a `ControlServer` answers, registered by the daemon.
///
/// The server knows nothing of the daemon: it parses a request, looks its `cmd` up here, checks the
/// peer against the command's access, runs the handler in a task (off the event loop) and writes what
/// the handler returns as the reply's `result`.
///
/// ```swift
/// var router = ControlRouter()
/// router.register("status", access: .read) { request, peer in
///     StatusResult(ingested: statistics.snapshot.ingested)
/// }
/// router.register("pause", access: .mutating) { request, peer in
///     try await queue.pause()
///     return ["paused": true] as JSONValue
/// }
/// router.registerStreaming("follow", access: .read) { request, peer, events in
///     for await entry in journal.follow() { try await events.emit(entry) }
///     return ["followed": true] as JSONValue
/// }
/// ```
///
/// A handler throws `ControlError` to answer with that code (`invalid-argument`, `unavailable`, …). Any
/// other error is answered `internal` with its description, and logged at error level. Results and
/// events are encoded with `JSONEncoder` (sorted keys, slashes not escaped).
public struct ControlRouter: Sendable {
    /// Whether a command only reads (open to every peer) or changes the daemon (privileged peers only,
    /// see `ControlAuthorization`).
    public enum Access: String, Sendable, Hashable {
        case read
        case mutating
    }

    /// A registered command.
    struct Route: Sendable {
        var access: Access
        var kind: Kind
    }

    /// A handler, with its result already turned into JSON bytes.
    enum Kind: Sendable {
        case unary(@Sendable (ControlRequest, PeerCredentials) async throws -> [UInt8])
        case streaming(@Sendable (ControlRequest, PeerCredentials, ControlEventWriter) async throws -> [UInt8])

        var isStreaming: Bool {
            if case .streaming = self { return true }
            return false
        }
    }

    private var routes: [String: Route] = [:]

    public init() {}

    /// Registers a command answered by one reply line.
    ///
    /// - Parameters:
    ///   - command: the `cmd` it answers.
    ///   - access: `.read` or `.mutating`.
    ///   - handler: runs once per request, in its own task; what it returns becomes `result`.
    /// - Important: registering the same name twice is a programming error and traps.
    public mutating func register<Result: Encodable & Sendable>(
        _ command: String, access: Access,
        _ handler: @escaping @Sendable (_ request: ControlRequest, _ peer: PeerCredentials) async throws -> Result
    ) {
        add(command, Route(access: access, kind: .unary({ request, peer in
            try ControlJSON.encode(try await handler(request, peer))
        })))
    }

    /// Registers a streaming command: the handler emits any number of events through its
    /// `ControlEventWriter` (each one a `{"id":…,"ok":true,"event":…}` line), then returns the final
    /// result, sent as `{"id":…,"ok":true,"result":…,"done":true}`.
    ///
    /// `emit` suspends while the client is not reading (back-pressure), and throws
    /// `connection-closed` once the client is gone; let that error propagate. The handler's task is also
    /// cancelled when the client disconnects or the server shuts down.
    ///
    /// - Important: registering the same name twice is a programming error and traps.
    public mutating func registerStreaming<Result: Encodable & Sendable>(
        _ command: String, access: Access,
        _ handler: @escaping @Sendable (_ request: ControlRequest, _ peer: PeerCredentials, _ events: ControlEventWriter) async throws -> Result
    ) {
        add(command, Route(access: access, kind: .streaming({ request, peer, events in
            try ControlJSON.encode(try await handler(request, peer, events))
        })))
    }

    private mutating func add(_ command: String, _ route: Route) {
        precondition(!command.isEmpty, "a control command needs a name")
        precondition(routes[command] == nil, "control command \"\(command)\" is registered twice")
        routes[command] = route
    }

    /// The registered command names, sorted.
    public var commands: [String] { routes.keys.sorted() }

    /// The access of `command`, or nil when it is not registered.
    public func access(of command: String) -> Access? { routes[command]?.access }

    /// Whether `command` is registered as streaming.
    public func isStreaming(_ command: String) -> Bool { routes[command]?.kind.isStreaming ?? false }

    func route(_ command: String) -> Route? { routes[command] }
}
