public import SluiceCore

/// The stable code of a control error.
///
/// The protocol codes (`bad-request` … `internal`) travel in `"error":{"code":…}` replies; the client
/// codes (`unreachable`, `timeout`, `connection-closed`, `bad-reply`) and the server set-up codes
/// (`socket-in-use`, `socket-unusable`) never go over the wire. A struct rather than an enum, so that a
/// client can carry a code that a newer daemon introduced. Once shipped, a spelling never changes.
public struct ControlErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    // MARK: Protocol codes (sent in replies)

    /// The line is not JSON, not an object, or lacks `v`, `id` or `cmd` (or they have the wrong type).
    public static let badRequest = ControlErrorCode(rawValue: "bad-request")
    /// `v` is not a protocol version this daemon speaks (it speaks 1).
    public static let unsupportedVersion = ControlErrorCode(rawValue: "unsupported-version")
    /// `cmd` names no command this daemon knows.
    public static let unknownCommand = ControlErrorCode(rawValue: "unknown-command")
    /// The command changes the daemon and the peer is not root, the daemon's user or in its group.
    public static let permissionDenied = ControlErrorCode(rawValue: "permission-denied")
    /// The request line is longer than the server's limit; the server closes the connection after this.
    public static let requestTooLarge = ControlErrorCode(rawValue: "request-too-large")
    /// The server already serves its maximum number of clients; it closes the connection after this.
    public static let tooManyClients = ControlErrorCode(rawValue: "too-many-clients")
    /// `args` has a missing, malformed or out-of-range value.
    public static let invalidArgument = ControlErrorCode(rawValue: "invalid-argument")
    /// The command is known but the daemon cannot do it now (shutting down, not configured, …).
    public static let unavailable = ControlErrorCode(rawValue: "unavailable")
    /// The daemon failed unexpectedly; details are in its log.
    public static let `internal` = ControlErrorCode(rawValue: "internal")

    // MARK: Client codes (never sent)

    /// The daemon's socket cannot be connected to (missing, refused, not permitted). sluicectl exits 3.
    public static let unreachable = ControlErrorCode(rawValue: "unreachable")
    /// The daemon did not answer within the client's timeout.
    public static let timeout = ControlErrorCode(rawValue: "timeout")
    /// The other side closed the connection before the exchange was complete.
    public static let connectionClosed = ControlErrorCode(rawValue: "connection-closed")
    /// The daemon sent something that is not a valid reply line.
    public static let badReply = ControlErrorCode(rawValue: "bad-reply")

    // MARK: Server set-up codes (thrown by `ControlServer.run()`)

    /// Another process is listening on the socket path.
    public static let socketInUse = ControlErrorCode(rawValue: "socket-in-use")
    /// The socket path cannot be bound or prepared (too long, not a socket, permissions, …).
    public static let socketUnusable = ControlErrorCode(rawValue: "socket-unusable")
}

/// Errors of the control socket: protocol errors answered to a client, errors of the client side, and
/// errors setting up the server's socket.
///
/// `message` is written for the operator: it names the command, argument or path involved and what to
/// do next. Handlers registered on a `ControlRouter` throw this type to answer with a given code.
public struct ControlError: SluiceError {
    public typealias Code = ControlErrorCode

    public var code: Code
    public var message: String
    public var cause: (any Error & Sendable)?
    public var location: String

    /// - Parameters:
    ///   - code: The stable code, sent as `error.code`.
    ///   - message: What happened and what to do, sent as `error.message`.
    ///   - cause: The underlying error, if any (not sent).
    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = sourceLocation(fileID, line)
    }
}

extension ControlError {
    /// `invalid-argument` naming the argument: `"limit": must be a positive integer`.
    public static func invalidArgument(_ name: String, _ problem: String, fileID: String = #fileID, line: Int = #line) -> ControlError {
        ControlError(.invalidArgument, "argument \"\(name)\": \(problem)", fileID: fileID, line: line)
    }

    /// `unavailable`: the command is known but cannot run now, with the reason.
    public static func unavailable(_ reason: String, fileID: String = #fileID, line: Int = #line) -> ControlError {
        ControlError(.unavailable, reason, fileID: fileID, line: line)
    }
}
