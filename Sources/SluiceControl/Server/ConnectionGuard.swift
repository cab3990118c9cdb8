import Logging
import NIOCore

/// What the connection's task writes into the pipeline: complete lines, tagged so that the guard
/// knows when a request is answered.
enum ControlOutboundFrame: Sendable {
    /// An event line of a streaming request.
    case event(ByteBuffer)
    /// The final line of a request's reply.
    case reply(ByteBuffer)
}

/// Enforces the idle timeout and the write timeout of one connection (see `ConnectionTimers`), on the
/// event loop, and turns outbound frames into bytes.
final class ConnectionGuard: ChannelDuplexHandler {
    typealias InboundIn = ControlInboundFrame
    typealias InboundOut = ControlInboundFrame
    typealias OutboundIn = ControlOutboundFrame
    typealias OutboundOut = ByteBuffer

    private var timers = ConnectionTimers()
    private var idleTimer: Scheduled<Void>?
    private var writeTimer: Scheduled<Void>?
    private let idleTimeout: TimeAmount
    private let writeTimeout: TimeAmount
    private let peer: PeerCredentials
    private let logger: Logger

    init(idleTimeout: Duration, writeTimeout: Duration, peer: PeerCredentials, logger: Logger) {
        self.idleTimeout = .nanoseconds(idleTimeout.nanoseconds)
        self.writeTimeout = .nanoseconds(writeTimeout.nanoseconds)
        self.peer = peer
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { apply(timers.opened(), context: context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        apply(timers.closed(), context: context)
    }

    func channelActive(context: ChannelHandlerContext) {
        apply(timers.opened(), context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        apply(timers.closed(), context: context)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        apply(timers.requestReceived(), context: context)
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let frame = unwrapOutboundIn(data)
        let bytes: ByteBuffer
        let final: Bool
        switch frame {
        case .event(let b): (bytes, final) = (b, false)
        case .reply(let b): (bytes, final) = (b, true)
        }
        apply(timers.lineQueued(final: final), context: context)
        let written = promise ?? context.eventLoop.makePromise()
        written.futureResult.assumeIsolated().whenComplete { [self] _ in
            self.apply(self.timers.lineWritten(), context: context)
        }
        context.write(wrapOutboundOut(bytes), promise: written)
    }

    private func apply(_ decision: ConnectionTimers.Decision, context: ChannelHandlerContext) {
        switch decision.idle {
        case .start?:
            idleTimer?.cancel()
            idleTimer = context.eventLoop.assumeIsolated().scheduleTask(in: idleTimeout) { [self] in
                self.idleTimer = nil
                self.logger.debug("closing an idle control connection", metadata: self.metadata)
                context.close(promise: nil)
            }
        case .stop?:
            idleTimer?.cancel()
            idleTimer = nil
        case nil:
            break
        }
        switch decision.write {
        case .start?:
            writeTimer?.cancel()
            writeTimer = context.eventLoop.assumeIsolated().scheduleTask(in: writeTimeout) { [self] in
                self.writeTimer = nil
                var metadata = self.metadata
                metadata["control.write_timeout_ms"] = "\(self.writeTimeout.nanoseconds / 1_000_000)"
                self.logger.warning("a control client stopped reading its replies; dropping the connection", metadata: metadata)
                context.close(promise: nil)
            }
        case .stop?:
            writeTimer?.cancel()
            writeTimer = nil
        case nil:
            break
        }
    }

    private var metadata: Logger.Metadata {
        ["peer.uid": "\(peer.uid)", "peer.pid": "\(peer.pid)"]
    }
}

/// Answers a connection beyond the client limit with one `too-many-clients` line, then closes it.
final class RejectingHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let line: [UInt8]
    private var answered = false

    init(line: [UInt8]) { self.line = line }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { answer(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        answer(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Whatever the client sent is dropped.
    }

    private func answer(_ context: ChannelHandlerContext) {
        if answered { return }
        answered = true
        let buffer = context.channel.allocator.buffer(bytes: line)
        context.writeAndFlush(wrapOutboundOut(buffer)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
