import Glibc
public import Logging
public import NIOCore
import NIOPosix
public import ServiceLifecycle
import Synchronization

/// The daemon's control socket: a Unix stream socket speaking one JSON object per line each way
/// (docs/control-protocol.md), answering the commands of a `ControlRouter`.
///
/// ```swift
/// let server = ControlServer(
///     endpoint: listened.descriptor(named: "control").map { .listeningDescriptor($0) } ?? .path(socketPath),
///     configuration: .init(group: sluiceGroup),
///     router: router, logger: logger,
///     onListening: { readiness.controlSocketReady() })
/// // … then run it in the ServiceGroup, after the services it reads from.
/// ```
///
/// Each connection is served by its own task: its requests are handled one after the other (replies
/// come back in request order), its handlers run off the event loop. Mutating commands are checked
/// against `Configuration.authorization` with the peer's `SO_PEERCRED` credentials.
///
/// - Important: `run()` may be called once. On graceful shutdown (or cancellation) the server stops
///   accepting, closes every connection (running handlers are cancelled), removes a socket file it
///   bound by path, and returns.
public final class ControlServer: Service, Sendable {
    /// Where the server listens.
    public let endpoint: Endpoint
    /// Limits and permissions.
    public let configuration: Configuration
    private let router: ControlRouter
    private let logger: Logger
    private let eventLoopGroup: any EventLoopGroup
    private let onListening: @Sendable () -> Void
    private let state = Mutex(State.initial)
    private let clients = Atomic<Int>(0)

    /// Where the server is in its life.
    private enum State {
        /// `run()` was not called yet.
        case initial
        /// `run()` is preparing and binding the socket; `stopRequested` when shutdown came meanwhile.
        case starting(stopRequested: Bool)
        /// Accepting; the listening channel and every open connection (closed on shutdown).
        case running(listener: any Channel, connections: [ObjectIdentifier: any Channel])
        /// Shutdown requested: the listener and the connections were told to close.
        case stopping
        /// `run()` returned.
        case finished
    }

    /// What the child channel initializer hands to the accept loop.
    private enum Accepted: Sendable {
        case accepted(NIOAsyncChannel<ControlInboundFrame, Never>, PeerCredentials)
        /// Refused (client limit) or broken (no peer credentials): the channel takes care of itself.
        case rejected
    }

    /// - Parameters:
    ///   - endpoint: a path to bind, or a descriptor systemd bound.
    ///   - configuration: limits, socket mode and group, authorization.
    ///   - router: the commands.
    ///   - logger: receives `control.*` and `peer.*` metadata.
    ///   - eventLoopGroup: the NIO event loops to use (default: the process-wide singleton group).
    ///   - onListening: called once the socket is bound and accepting — the moment the daemon may tell
    ///     systemd READY=1. Not called if `run()` fails or stops before that.
    public init(
        endpoint: Endpoint,
        configuration: Configuration = Configuration(),
        router: ControlRouter,
        logger: Logger,
        eventLoopGroup: (any EventLoopGroup)? = nil,
        onListening: @escaping @Sendable () -> Void = {}
    ) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.router = router
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup ?? MultiThreadedEventLoopGroup.singleton
        self.onListening = onListening
    }

    /// How many clients are connected now.
    public var connectedClients: Int { clients.load(ordering: .relaxed) }

    /// Binds the socket and serves until graceful shutdown or cancellation.
    ///
    /// - Throws: `ControlError` with code `socket-in-use` (another process listens on the path),
    ///   `socket-unusable` (path too long or not a socket, bind/chmod/chown failed, bad descriptor), or
    ///   `internal` when called a second time.
    public func run() async throws {
        try state.withLock { state throws(ControlError) in
            guard case .initial = state else {
                throw ControlError(.internal, "ControlServer.run() was called twice; a server runs once")
            }
            state = .starting(stopRequested: false)
        }
        defer { state.withLock { $0 = .finished } }
        try await withGracefulShutdownHandler {
            try await withTaskCancellationHandler {
                try await self.serve()
            } onCancel: {
                self.stop()
            }
        } onGracefulShutdown: {
            self.stop()
        }
    }

    private func serve() async throws {
        var socketFile: SocketFile? = nil
        let hint: String
        switch endpoint {
        case .path(let path):
            socketFile = SocketFile(path: path)
            try socketFile?.prepare(logger: logger)
            hint = "check that the directory exists and is writable by the daemon"
        case .listeningDescriptor(let fd):
            // NIO traps on a negative descriptor; refuse it with an error instead.
            guard fd >= 0 else {
                throw ControlError(.socketUnusable, "the control socket descriptor \(fd) is invalid; check the unit's socket activation (FileDescriptorName=control)")
            }
            hint = "check the unit's socket activation (ListenStream=, FileDescriptorName=control)"
        }
        let listener: NIOAsyncChannel<Accepted, Never>
        do {
            listener = try await bind()
        } catch {
            throw ControlError(.socketUnusable, "cannot listen on control socket \(endpoint): \(error); \(hint)", cause: error)
        }
        var identity: SocketFile.Identity? = nil
        if let socketFile {
            do {
                identity = try socketFile.applyPermissions(mode: configuration.socketMode, group: configuration.group)
            } catch {
                try? await listener.channel.close()
                socketFile.remove(nil, logger: logger)
                throw error
            }
        }
        defer { socketFile?.remove(identity, logger: logger) }

        let stopNow = state.withLock { state -> Bool in
            guard case .starting(let stopRequested) = state, !stopRequested else {
                state = .stopping
                return true
            }
            state = .running(listener: listener.channel, connections: [:])
            return false
        }
        if stopNow {
            listener.channel.close(promise: nil)
        } else {
            logger.info("control socket listening", metadata: ["control.socket": "\(endpoint)"])
            onListening()
        }

        try await listener.executeThenClose { inbound in
            try await withThrowingDiscardingTaskGroup { group in
                // The listener is closed (or the accept loop failed): no connection outlives it.
                defer { self.stop() }
                do {
                    for try await accepted in inbound {
                        guard case .accepted(let channel, let peer) = accepted else { continue }
                        guard track(channel.channel) else {
                            // Shutting down: the channel was closed by `track`.
                            clients.subtract(1, ordering: .relaxed)
                            continue
                        }
                        let connection = ControlConnection(
                            channel: channel, peer: peer, router: router, configuration: configuration, logger: logger)
                        group.addTask {
                            await connection.run()
                            self.untrack(channel.channel)
                            self.clients.subtract(1, ordering: .relaxed)
                        }
                    }
                } catch is CancellationError {
                    // Cancelled: `stop()` closed everything; return like a graceful shutdown.
                }
            }
        }
        logger.debug("control socket closed", metadata: ["control.socket": "\(endpoint)"])
    }

    private func bind() async throws -> NIOAsyncChannel<Accepted, Never> {
        let bootstrap = ServerBootstrap(group: eventLoopGroup)
            .serverChannelOption(.backlog, value: 128)
            // A client may shut down its sending side after its last request and still read the replies.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        let initialize: @Sendable (any Channel) -> EventLoopFuture<Accepted> = { [self] channel in
            self.initialize(channel)
        }
        switch endpoint {
        case .path(let path):
            return try await bootstrap.bind(unixDomainSocketPath: path, childChannelInitializer: initialize)
        case .listeningDescriptor(let fd):
            return try await bootstrap.bind(fd, childChannelInitializer: initialize)
        }
    }

    /// Sets up an accepted channel, on its event loop: reads the peer's credentials, enforces the
    /// client limit, installs the line decoder and the timeout guard.
    private func initialize(_ channel: any Channel) -> EventLoopFuture<Accepted> {
        guard let options = channel as? any SocketOptionProvider else {
            channel.close(promise: nil)
            return channel.eventLoop.makeSucceededFuture(.rejected)
        }
        let credentials: EventLoopFuture<SocketPeerCredentials> = options.unsafeGetSocketOption(
            level: .socket, name: NIOBSDSocket.Option(rawValue: SO_PEERCRED))
        return credentials.flatMapThrowing { raw -> Accepted in
            let peer = raw.credentials
            let count = self.clients.add(1, ordering: .relaxed).newValue
            do {
                if count > self.configuration.maxClients {
                    self.clients.subtract(1, ordering: .relaxed)
                    self.logger.warning("refused a control connection: too many clients", metadata: [
                        "peer.uid": "\(peer.uid)", "peer.pid": "\(peer.pid)",
                        "control.max_clients": "\(self.configuration.maxClients)",
                    ])
                    let error = ControlError(.tooManyClients, "the daemon already serves \(self.configuration.maxClients) control clients; try again later")
                    try channel.pipeline.syncOperations.addHandler(RejectingHandler(line: ReplyLine.error(id: nil, error)))
                    return .rejected
                }
                try channel.pipeline.syncOperations.addHandler(
                    ByteToMessageHandler(ControlLineDecoder(maxLineBytes: self.configuration.maxLineBytes)))
                try channel.pipeline.syncOperations.addHandler(
                    ConnectionGuard(
                        idleTimeout: self.configuration.idleTimeout, writeTimeout: self.configuration.writeTimeout,
                        peer: peer, logger: self.logger))
                let asyncChannel = try NIOAsyncChannel<ControlInboundFrame, Never>(wrappingChannelSynchronously: channel)
                return .accepted(asyncChannel, peer)
            } catch {
                self.clients.subtract(1, ordering: .relaxed)
                throw error
            }
        }.flatMapError { error in
            self.logger.warning("cannot set up a control connection; closing it", metadata: ["error.description": "\(error)"])
            channel.close(promise: nil)
            return channel.eventLoop.makeSucceededFuture(.rejected)
        }
    }

    /// Records an open connection so that shutdown can close it; false (and closes it) when the server
    /// is already stopping.
    private func track(_ channel: any Channel) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard case .running(let listener, var connections) = state else { return false }
            connections[ObjectIdentifier(channel)] = channel
            state = .running(listener: listener, connections: connections)
            return true
        }
        if !accepted { channel.close(promise: nil) }
        return accepted
    }

    private func untrack(_ channel: any Channel) {
        state.withLock { state in
            guard case .running(let listener, var connections) = state else { return }
            connections[ObjectIdentifier(channel)] = nil
            state = .running(listener: listener, connections: connections)
        }
    }

    /// Stops accepting and closes every connection. Safe to call at any time, any number of times.
    private func stop() {
        let channels: [any Channel] = state.withLock { state in
            switch state {
            case .initial, .stopping, .finished:
                return []
            case .starting:
                state = .starting(stopRequested: true)
                return []
            case .running(let listener, let connections):
                state = .stopping
                return [listener] + Array(connections.values)
            }
        }
        for channel in channels { channel.close(promise: nil) }
    }
}
