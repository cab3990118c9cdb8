import SluiceCore
import SystemPackage

/// A blocking client of the control socket, for sluicectl: plain POSIX sockets, no event loop.
///
/// ```swift
/// let client = try ControlClient.connect(path: "/run/sluice/control.sock")
/// let status = try client.call("status")
/// let summary = try client.stream("follow", eventTimeout: nil) { event in print(event) }
/// ```
///
/// Errors are `ControlError`s: `unreachable` when the daemon cannot be connected to (sluicectl exits
/// 3), `timeout`, `connection-closed` and `bad-reply` for a broken exchange, `invalid-argument` for a
/// socket path that is too long, and the daemon's own codes (`permission-denied`, `unknown-command`,
/// …) for a request it refused.
///
/// - Important: one client is one connection, used by one thread at a time; it is not `Sendable`.
public final class ControlClient {
    /// The socket path connected to.
    public let path: String
    /// How long `call` waits for a reply, and sends may block. Default 30 seconds.
    public var timeout: Duration
    /// Longest reply line accepted (a larger one is `bad-reply`). Default 64 MiB.
    public var maxReplyBytes = 64 << 20
    private var fd: FileDescriptor?
    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already searched for a newline.
    private var searched = 0
    private var nextID = 1

    private init(path: String, fd: FileDescriptor, timeout: Duration) {
        self.path = path
        self.fd = fd
        self.timeout = timeout
    }

    deinit {
        if let fd { Sys.close(fd) }
    }

    /// Connects to the daemon's control socket.
    ///
    /// - Parameters:
    ///   - path: the socket path (at most 107 bytes).
    ///   - timeout: how long connecting, sending and waiting for a reply may take.
    /// - Throws: `ControlError` with code `unreachable` (no socket, nothing listening, permission
    ///   denied, backlog full), or `invalid-argument` for a path too long for a Unix socket.
    public static func connect(path: String, timeout: Duration = .seconds(30)) throws(ControlError) -> ControlClient {
        let length = path.utf8.count
        if length > UnixSocket.maxPathBytes {
            throw ControlError(.invalidArgument, "control socket path \(path) is \(length) bytes long; Unix socket paths hold at most \(UnixSocket.maxPathBytes) bytes; use a shorter --socket path")
        }
        if length == 0 {
            throw ControlError(.invalidArgument, "the control socket path is empty; pass --socket PATH")
        }
        switch UnixSocket.connect(path: path, sendTimeout: timeout) {
        case .success(let fd):
            return ControlClient(path: path, fd: fd, timeout: timeout)
        case .failure(let errno):
            throw unreachable(path, errno)
        }
    }

    /// The `unreachable` error for a failed connect(2), with the errno and what to check.
    static func unreachable(_ path: String, _ errno: Errno, fileID: String = #fileID, line: Int = #line) -> ControlError {
        // See: 'man 2 connect', 'man 7 unix'.
        let hint: String
        switch errno {
        case .noSuchFileOrDirectory:
            hint = "no control socket at \(path); is sluiced running? (systemctl status sluiced)"
        case .connectionRefused:
            hint = "nothing is listening on \(path); is sluiced running? (systemctl status sluiced)"
        case .permissionDenied, .notPermitted:
            hint = "permission denied on \(path); run as root or as a member of the socket's group"
        case .resourceTemporarilyUnavailable:
            hint = "sluiced at \(path) is not accepting connections (its backlog is full); try again"
        case .notDirectory:
            hint = "a component of \(path) is not a directory; check --socket"
        default:
            hint = "cannot connect to \(path): \(errno); is sluiced running? (systemctl status sluiced)"
        }
        return ControlError(.unreachable, hint, cause: errno, fileID: fileID, line: line)
    }

    /// Closes the connection. Later calls throw `connection-closed`.
    public func close() {
        if let fd { Sys.close(fd) }
        fd = nil
    }

    /// Sends one request and returns its result.
    ///
    /// - Throws: `ControlError` with the daemon's code when it answers `"ok":false`, or a client code.
    public func call(_ command: String, arguments: [String: JSONValue] = [:]) throws(ControlError) -> JSONValue {
        let id = try send(command, arguments: arguments)
        while true {
            let reply = try receive(timeout: timeout)
            try check(reply, answers: id)
            // A unary command sends no events; tolerate them rather than fail.
            if reply.isEvent { continue }
            return try reply.get()
        }
    }

    /// Sends a streaming request, calls `onEvent` for every event line and returns the final result.
    ///
    /// - Parameters:
    ///   - eventTimeout: the longest wait for the next line; nil (the default) waits as long as it takes
    ///     (`follow` may be quiet for hours).
    ///   - onEvent: called with each event's payload, in order.
    /// - Throws: `ControlError` with the daemon's code when its final line is an error, or a client code.
    public func stream(
        _ command: String, arguments: [String: JSONValue] = [:], eventTimeout: Duration? = nil,
        onEvent: (JSONValue) -> Void
    ) throws(ControlError) -> JSONValue {
        let id = try send(command, arguments: arguments)
        while true {
            let reply = try receive(timeout: eventTimeout)
            try check(reply, answers: id)
            if let event = reply.event {
                onEvent(event)
                continue
            }
            return try reply.get()
        }
    }

    /// Sends a request with a fresh integer id and returns the id.
    ///
    /// - Throws: `ControlError` with code `connection-closed`, `timeout` or `internal` (arguments that
    ///   cannot be encoded).
    @discardableResult
    public func send(_ command: String, arguments: [String: JSONValue] = [:]) throws(ControlError) -> ControlRequestID {
        let id = ControlRequestID.int(nextID)
        nextID += 1
        try send(ControlRequest(id: id, command: command, arguments: arguments))
        return id
    }

    /// Sends one request as given.
    ///
    /// - Throws: `ControlError` with code `connection-closed`, `timeout` or `internal`.
    public func send(_ request: ControlRequest) throws(ControlError) {
        var line = try ControlJSON.encode(request)
        line.append(UInt8(ascii: "\n"))
        try sendRaw(line)
    }

    /// Sends bytes as they are (tests use it to send malformed requests).
    func sendRaw(_ bytes: [UInt8]) throws(ControlError) {
        guard let fd else { throw closedError() }
        switch UnixSocket.sendAll(fd, bytes) {
        case .success: return
        case .failure(.resourceTemporarilyUnavailable):
            throw ControlError(.timeout, "sluiced at \(path) did not take the request within \(timeout)")
        case .failure(let e):
            throw ControlError(.connectionClosed, "sluiced closed the connection on \(path) (\(e))", cause: e)
        }
    }

    /// Reads the next reply line.
    ///
    /// - Parameter timeout: the longest wait; nil waits as long as it takes.
    /// - Throws: `ControlError` with code `timeout`, `connection-closed` (end of file before a complete
    ///   line) or `bad-reply`.
    public func receive(timeout: Duration?) throws(ControlError) -> ControlReply {
        let line = try readLine(timeout: timeout)
        do {
            return try ControlJSON.decodeReply(line)
        } catch {
            let text = String(decoding: line.prefix(200), as: UTF8.self)
            throw ControlError(.badReply, "sluiced sent a line that is not a reply: \(text)", cause: error)
        }
    }

    /// Reads one `\n`-terminated line (without the `\n`).
    func readLine(timeout: Duration?) throws(ControlError) -> [UInt8] {
        guard let fd else { throw closedError() }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                searched = 0
                return line
            }
            searched = buffer.count
            if buffer.count > maxReplyBytes {
                throw ControlError(.badReply, "sluiced sent a reply line longer than \(maxReplyBytes) bytes")
            }
            let left = deadline.map { ContinuousClock.now.duration(to: $0) }
            switch UnixSocket.waitReadable(fd, timeout: left) {
            case .success(false):
                throw ControlError(.timeout, "sluiced at \(path) did not answer within \(timeout.map { "\($0)" } ?? "the timeout")")
            case .success(true): break
            case .failure(let e): throw ControlError(.connectionClosed, "waiting for sluiced on \(path) failed: \(e)", cause: e)
            }
            switch UnixSocket.receive(fd, into: &buffer, maximum: 65536) {
            // ECONNRESET: the daemon closed with our unread bytes pending (after too-many-clients or
            // request-too-large); whatever it wrote before is already in `buffer`.
            case .success(0), .failure(.connectionReset):
                throw ControlError(.connectionClosed, buffer.isEmpty
                    ? "sluiced closed the connection on \(path) without answering"
                    : "sluiced closed the connection on \(path) in the middle of a reply")
            case .success: continue
            case .failure(.resourceTemporarilyUnavailable): continue
            case .failure(let e):
                throw ControlError(.connectionClosed, "reading from sluiced on \(path) failed: \(e)", cause: e)
            }
        }
    }

    private func check(_ reply: ControlReply, answers id: ControlRequestID) throws(ControlError) {
        // A null id answers the request in flight: the daemon could not read its id (too large).
        if let replyID = reply.id, replyID != id {
            throw ControlError(.badReply, "sluiced answered request \(replyID) while \(id) was expected")
        }
    }

    private func closedError() -> ControlError {
        ControlError(.connectionClosed, "the connection to sluiced on \(path) is closed")
    }
}
