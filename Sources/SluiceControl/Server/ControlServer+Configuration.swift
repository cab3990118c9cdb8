extension ControlServer {
    /// Where the server listens.
    public enum Endpoint: Sendable, Hashable, CustomStringConvertible {
        /// Bind a Unix socket at this path. A stale socket file (nothing listening) is replaced; a live
        /// one is refused. The socket gets `socketMode` and `group`, and is removed at shutdown.
        case path(String)
        /// Serve an already bound and listening Unix socket, as systemd passes it with socket
        /// activation (`FileDescriptorName=control`). The server takes the descriptor over and closes
        /// it at shutdown; the socket file belongs to systemd (mode, group, removal).
        case listeningDescriptor(Int32)

        public var description: String {
            switch self {
            case .path(let path): return path
            case .listeningDescriptor(let fd): return "fd \(fd) (socket activation)"
            }
        }
    }

    /// The server's limits and the socket's permissions. Every field has a default.
    public struct Configuration: Sendable, Hashable {
        /// Longest request line in bytes, without its `\n`. Longer → `request-too-large`, then the
        /// connection is closed. Default 65536.
        public var maxLineBytes: Int
        /// How long a connection with no request in progress may stay silent before it is closed.
        /// Default 5 minutes.
        public var idleTimeout: Duration
        /// How long a reply line may wait for a client that does not read before the connection is
        /// dropped (logged as a warning). Default 60 seconds.
        public var writeTimeout: Duration
        /// Most concurrent connections; one more gets `too-many-clients` and is closed. Default 64.
        public var maxClients: Int
        /// Mode of a socket bound by path (`Endpoint.path`). Default 0660.
        public var socketMode: UInt32
        /// Group of a socket bound by path, or nil to keep the daemon's. Default nil.
        public var group: UInt32?
        /// Who may run mutating commands. Default: root, the daemon's uid and members of `group`.
        public var authorization: ControlAuthorization

        /// - Parameter authorization: defaults to `ControlAuthorization(group: group)`.
        public init(
            maxLineBytes: Int = 65536,
            idleTimeout: Duration = .seconds(300),
            writeTimeout: Duration = .seconds(60),
            maxClients: Int = 64,
            socketMode: UInt32 = 0o660,
            group: UInt32? = nil,
            authorization: ControlAuthorization? = nil
        ) {
            precondition(maxLineBytes > 0, "maxLineBytes must be positive")
            precondition(maxClients > 0, "maxClients must be positive")
            precondition(idleTimeout > .zero && writeTimeout > .zero, "timeouts must be positive")
            self.maxLineBytes = maxLineBytes
            self.idleTimeout = idleTimeout
            self.writeTimeout = writeTimeout
            self.maxClients = maxClients
            self.socketMode = socketMode
            self.group = group
            self.authorization = authorization ?? ControlAuthorization(group: group)
        }
    }
}
