import Logging
import NIOCore

/// One accepted client, served by one task: requests are read and answered strictly one after the
/// other, so replies come back in request order. Handlers run in this task, off the event loop.
struct ControlConnection: Sendable {
    let channel: NIOAsyncChannel<ControlInboundFrame, Never>
    let peer: PeerCredentials
    let router: ControlRouter
    let configuration: ControlServer.Configuration
    let logger: Logger

    /// Serves the connection until the client leaves, it is closed (idle, write timeout, too-large
    /// request, shutdown) or the task is cancelled; then closes it. Never throws: a failing connection
    /// only concerns its client.
    func run() async {
        let channel = self.channel.channel
        do {
            try await self.channel.executeThenClose { inbound in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    // When the channel closes under us (client gone, timeout, shutdown), the running
                    // handler is cancelled rather than left to notice on its next write.
                    group.addTask {
                        try? await channel.closeFuture.get()
                    }
                    group.addTask {
                        try await self.serve(inbound)
                    }
                    defer {
                        group.cancelAll()
                        channel.close(promise: nil)
                    }
                    _ = try await group.next()
                }
            }
        } catch {
            logger.debug("control connection ended", metadata: metadata.merging(["error.description": "\(error)"]) { a, _ in a })
        }
    }

    private func serve(_ inbound: NIOAsyncChannelInboundStream<ControlInboundFrame>) async throws {
        for try await frame in inbound {
            switch frame {
            case .tooLarge:
                let error = ControlError(.requestTooLarge, "the request line is longer than \(configuration.maxLineBytes) bytes; the connection is closed")
                logger.notice("a control request was too large; closing the connection", metadata: metadata.merging(["control.max_line_bytes": "\(configuration.maxLineBytes)"]) { a, _ in a })
                try await write(.reply, ReplyLine.error(id: nil, error))
                return
            case .line(let buffer):
                try await respond(to: buffer.readableBytesView)
            }
        }
    }

    /// Answers one request line. Throws only when the reply cannot be written (connection gone) or the
    /// task was cancelled; every other failure is an error reply.
    private func respond(to line: ByteBufferView) async throws {
        let request: ControlRequest
        switch ControlRequest.parse(line: line) {
        case .failure(let rejection):
            logger.debug("rejected a malformed control request", metadata: metadata.merging(["error.code": "\(rejection.error.code)"]) { a, _ in a })
            try await write(.reply, ReplyLine.error(id: rejection.id, rejection.error))
            return
        case .success(let r):
            request = r
        }
        guard let route = router.route(request.command) else {
            let known = router.commands.joined(separator: ", ")
            let error = ControlError(.unknownCommand, "unknown command \"\(request.command)\"; this daemon knows: \(known)")
            try await write(.reply, ReplyLine.error(id: request.id, error))
            return
        }
        let streaming = route.kind.isStreaming
        if !configuration.authorization.permits(route.access, peer: peer) {
            logger.warning("refused a mutating control command", metadata: metadata.merging([
                "control.command": "\(request.command)", "peer.gid": "\(peer.gid)",
                "error.code": "\(ControlErrorCode.permissionDenied)",
            ]) { a, _ in a })
            let error = ControlError(.permissionDenied, "\"\(request.command)\" changes the daemon and is allowed only for \(configuration.authorization.privilegedDescription); uid \(peer.uid) is not")
            try await write(.reply, ReplyLine.error(id: request.id, error, done: streaming))
            return
        }
        logger.debug("control request", metadata: metadata.merging([
            "control.command": "\(request.command)", "control.request_id": "\(request.id)",
        ]) { a, _ in a })

        let reply: [UInt8]
        do {
            switch route.kind {
            case .unary(let handler):
                let json = try await handler(request, peer)
                reply = ReplyLine.result(id: request.id, json: json, done: false)
            case .streaming(let handler):
                let events = ControlEventWriter(requestID: request.id) { line throws(ControlError) in
                    try await self.write(.event, line)
                }
                defer { events.finish() }
                let json = try await handler(request, peer, events)
                events.finish()
                reply = ReplyLine.result(id: request.id, json: json, done: true)
            }
        } catch let error as ControlError {
            if error.code == .connectionClosed || Task.isCancelled { throw error }
            reply = ReplyLine.error(id: request.id, error, done: streaming)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            logger.error("a control command failed", error: error, metadata: metadata.merging([
                "control.command": "\(request.command)", "control.request_id": "\(request.id)",
            ]) { a, _ in a })
            let failure = ControlError(.internal, "\(request.command) failed: \(error); see the daemon's log")
            reply = ReplyLine.error(id: request.id, failure, done: streaming)
        }
        try await write(.reply, reply)
    }

    private enum LineKind { case event, reply }

    /// Writes one line and waits until it is written to the socket.
    ///
    /// - Throws: `ControlError` with code `connection-closed` when the connection is gone.
    private func write(_ kind: LineKind, _ line: [UInt8]) async throws(ControlError) {
        let buffer = channel.channel.allocator.buffer(bytes: line)
        let frame: ControlOutboundFrame = kind == .event ? .event(buffer) : .reply(buffer)
        do {
            try await channel.channel.writeAndFlush(frame)
        } catch {
            throw ControlError(.connectionClosed, "the control client went away (\(peer))", cause: error)
        }
    }

    private var metadata: Logger.Metadata {
        ["peer.uid": "\(peer.uid)", "peer.pid": "\(peer.pid)"]
    }
}
