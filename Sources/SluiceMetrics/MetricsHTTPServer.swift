public import Logging
public import NIOCore
import NIOHTTP1
import NIOPosix
public import ServiceLifecycle
public import SluiceCore
import Synchronization

/// The optional HTTP listener for Prometheus (`metrics-listen`): answers `GET /metrics` with the text
/// `render` returns, `404` for any other path and `405` for any other method.
///
/// ```swift
/// let server = try MetricsHTTPServer(listen: "127.0.0.1:9464", logger: logger) {
///     exporter.render(status: monitor.status(), storeBytes: nil)
/// }
/// // … then run it in the ServiceGroup.
/// ```
///
/// Connections may be kept alive; one silent for `Configuration.idleTimeout` is closed, and beyond
/// `Configuration.maxConnections` new ones are closed at once. `render` runs on the connection's
/// event loop, so it must be quick (the exporter's is: a few locks and two `stat` calls).
///
/// - Important: `run()` may be called once. On graceful shutdown it stops accepting, lets a request
///   in progress get its response, closes every connection and returns; on cancellation it closes
///   everything at once.
public final class MetricsHTTPServer: Service, Sendable {
    /// Limits of the listener.
    public struct Configuration: Sendable {
        /// A connection with no request for this long is closed. Default 60 seconds.
        public var idleTimeout: Duration = .seconds(60)
        /// Connections open at once; more are closed as they arrive. Default 32.
        public var maxConnections: Int = 32

        public init(idleTimeout: Duration = .seconds(60), maxConnections: Int = 32) {
            self.idleTimeout = idleTimeout
            self.maxConnections = maxConnections
        }
    }

    /// The content type of the Prometheus text exposition format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// The host to bind (an address or a name).
    public let host: String
    /// The port to bind; 0 in tests picks a free one (see `onListening`).
    public let port: Int
    /// Limits.
    public let configuration: Configuration
    private let logger: Logger
    private let eventLoopGroup: any EventLoopGroup
    private let render: @Sendable () -> String
    private let onListening: @Sendable (_ port: Int) -> Void
    private let state = Mutex(State.initial)

    /// Where the server is in its life.
    private enum State {
        /// `run()` was not called yet.
        case initial
        /// `run()` is binding (shutdown is watched for only once bound; it then stops at once).
        case starting
        /// Accepting: the listening channel and every open connection.
        case running(listener: any Channel, connections: [ObjectIdentifier: any Channel])
        /// Shutdown requested: the listener was closed and these connections told to finish.
        case stopping(connections: [any Channel])
        /// `run()` returned.
        case finished
    }

    /// - Parameters:
    ///   - listen: `host:port` (the `metrics-listen` key; `[v6]:port` for IPv6).
    ///   - configuration: limits.
    ///   - logger: receives `metrics.*` and `http.*` metadata.
    ///   - eventLoopGroup: the NIO event loops to use (default: the process-wide singleton group).
    ///   - onListening: called once bound, with the port (the real one when `listen` asked for 0).
    ///   - render: the metrics text, called for every `GET /metrics`.
    /// - Throws: `ConfigError` with `config-invalid-value` when `listen` is not `host:port` with a
    ///   numeric port from 1 to 65535.
    public convenience init(
        listen: String,
        configuration: Configuration = Configuration(),
        logger: Logger,
        eventLoopGroup: (any EventLoopGroup)? = nil,
        onListening: @escaping @Sendable (_ port: Int) -> Void = { _ in },
        render: @escaping @Sendable () -> String
    ) throws(ConfigError) {
        guard let address = SluiceConfiguration.listenAddress(listen) else {
            throw ConfigError(.invalidValue, "metrics-listen '\(listen)' is not an address \"host:port\" with a port from 1 to 65535, such as \"127.0.0.1:9464\"")
        }
        self.init(
            host: address.host, port: address.port, configuration: configuration, logger: logger,
            eventLoopGroup: eventLoopGroup, onListening: onListening, render: render)
    }

    /// Like `init(listen:…)` with the host and port apart; port 0 binds a free port (for tests).
    public init(
        host: String,
        port: Int,
        configuration: Configuration = Configuration(),
        logger: Logger,
        eventLoopGroup: (any EventLoopGroup)? = nil,
        onListening: @escaping @Sendable (_ port: Int) -> Void = { _ in },
        render: @escaping @Sendable () -> String
    ) {
        self.host = host
        self.port = port
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "metrics.listen"] = "\(host):\(port)"
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup ?? MultiThreadedEventLoopGroup.singleton
        self.onListening = onListening
        self.render = render
    }

    /// Binds and serves until graceful shutdown or cancellation.
    ///
    /// - Throws: `MetricsError` with `metrics-listen-failed` when the address cannot be bound or the
    ///   listener stops on its own, `metrics-internal` when called a second time.
    public func run() async throws {
        try state.withLock { state throws(MetricsError) in
            guard case .initial = state else {
                throw MetricsError(.internal, "MetricsHTTPServer.run() was called twice; a server runs once")
            }
            state = .starting
        }
        defer { state.withLock { $0 = .finished } }

        let listener: any Channel
        do {
            listener = try await bind()
        } catch {
            throw MetricsError(.listenFailed, "cannot listen for metrics on \(host):\(port): \(error); check that metrics-listen names a local address and a free port", cause: error)
        }
        state.withLock { $0 = .running(listener: listener, connections: [:]) }
        let boundPort = listener.localAddress?.port ?? port
        logger.info("metrics listener listening", metadata: ["metrics.port": "\(boundPort)"])
        onListening(boundPort)

        let closedOnItsOwn = await withTaskCancellationHandler {
            let closedOnItsOwn = await withGracefulShutdownHandler {
                try? await listener.closeFuture.get()
                // Still running: nobody asked the listener to close.
                return self.stop(graceful: true)
            } onGracefulShutdown: {
                self.stop(graceful: true)
            }
            let connections = state.withLock { state -> [any Channel] in
                if case .stopping(let connections) = state { return connections }
                return []
            }
            for connection in connections {
                try? await connection.closeFuture.get()
            }
            return closedOnItsOwn
        } onCancel: {
            self.stop(graceful: false)
        }
        logger.debug("metrics listener closed")
        if closedOnItsOwn {
            throw MetricsError(.listenFailed, "the metrics listener on \(host):\(port) stopped on its own")
        }
    }

    /// Closes the listener and tells every connection to finish: when `graceful`, after the response
    /// in progress (an idle one at once); else at once, also after an earlier graceful stop.
    ///
    /// - Returns: whether the server was running (this call stopped it).
    @discardableResult
    private func stop(graceful: Bool) -> Bool {
        let (listener, connections, wasRunning) = state.withLock { state -> ((any Channel)?, [any Channel], Bool) in
            switch state {
            case .initial, .starting, .finished:
                return (nil, [], false)
            case .running(let listener, let connections):
                let open = Array(connections.values)
                state = .stopping(connections: open)
                return (listener, open, true)
            case .stopping(let connections):
                return (nil, graceful ? [] : connections, false)
            }
        }
        listener?.close(promise: nil)
        for connection in connections {
            if graceful {
                // HTTPServerPipelineHandler closes an idle connection now, a busy one after its response.
                connection.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
            } else {
                connection.close(promise: nil)
            }
        }
        return wasRunning
    }

    private func bind() async throws -> any Channel {
        let bootstrap = ServerBootstrap(group: eventLoopGroup)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture { try self.initialize(channel) }
            }
        return try await bootstrap.bind(host: host, port: port).get()
    }

    /// Sets up an accepted connection on its event loop: tracks it (or closes it when over the limit
    /// or shutting down), then installs the HTTP codec, the idle timer and the handler.
    private func initialize(_ channel: any Channel) throws {
        let accepted = state.withLock { state -> Bool in
            guard case .running(let listener, var connections) = state,
                  connections.count < configuration.maxConnections else { return false }
            connections[ObjectIdentifier(channel)] = channel
            state = .running(listener: listener, connections: connections)
            return true
        }
        guard accepted else {
            logger.debug("metrics connection refused: too many connections or shutting down")
            channel.close(promise: nil)
            return
        }
        channel.closeFuture.whenComplete { [self] _ in
            state.withLock { state in
                guard case .running(let listener, var connections) = state else { return }
                connections[ObjectIdentifier(channel)] = nil
                state = .running(listener: listener, connections: connections)
            }
        }
        let pipeline = channel.pipeline.syncOperations
        try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
        try pipeline.addHandler(IdleStateHandler(readTimeout: TimeAmount(configuration.idleTimeout)))
        try pipeline.addHandler(MetricsHTTPHandler(render: render, logger: logger))
    }
}

/// Answers the requests of one connection, one at a time (HTTPServerPipelineHandler orders them).
final class MetricsHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let render: @Sendable () -> String
    private let logger: Logger
    /// The head of the request being read; its body is ignored.
    private var head: HTTPRequestHead?

    init(render: @escaping @Sendable () -> String, logger: Logger) {
        self.render = render
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            head = request
        case .body:
            break
        case .end:
            guard let request = head else { return }
            head = nil
            respond(to: request, context: context)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            logger.debug("closing idle metrics connection")
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        logger.debug("metrics connection failed", error: error)
        context.close(promise: nil)
    }

    /// What a request gets: status, extra headers and body.
    struct Response: Equatable {
        var status: HTTPResponseStatus
        var contentType: String
        var body: String
        var allow: String?
    }

    /// The response to `method` on `uri`, without I/O.
    static func response(method: HTTPMethod, uri: String, render: () -> String) -> Response {
        let path = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? uri
        guard path == "/metrics" else {
            return Response(status: .notFound, contentType: "text/plain; charset=utf-8", body: "not found; the metrics are at /metrics\n")
        }
        guard method == .GET else {
            return Response(status: .methodNotAllowed, contentType: "text/plain; charset=utf-8", body: "method not allowed; use GET\n", allow: "GET")
        }
        return Response(status: .ok, contentType: MetricsHTTPServer.contentType, body: render())
    }

    private func respond(to request: HTTPRequestHead, context: ChannelHandlerContext) {
        let response = Self.response(method: request.method, uri: request.uri, render: render)
        if response.status != .ok {
            logger.debug("metrics request refused", metadata: [
                "http.method": "\(request.method.rawValue)", "http.path": "\(request.uri.prefix(200))", "http.status": "\(response.status.code)",
            ])
        }
        let keepAlive = request.isKeepAlive
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: "\(response.body.utf8.count)")
        if let allow = response.allow { headers.add(name: "Allow", value: allow) }
        if !keepAlive {
            headers.add(name: "Connection", value: "close")
        } else if request.version.major == 1 && request.version.minor == 0 {
            headers.add(name: "Connection", value: "keep-alive")
        }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: response.status, headers: headers))), promise: nil)
        if request.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: response.body)))), promise: nil)
        }
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let loopBound = context.loopBound
            written.whenComplete { _ in loopBound.value.close(promise: nil) }
        }
    }
}
