extension ControlRouter {
    /// Runs a command in this process, without a socket: `sluicectl` answers read commands this way
    /// from the store when the daemon is down, with the very handlers the daemon uses.
    ///
    /// - Parameters:
    ///   - onEvent: called with each event of a streaming command, in order.
    /// - Returns: the command's result.
    /// - Throws: `ControlError` as the daemon would answer it (`unknown-command`, the handler's code,
    ///   `internal` for any other error).
    public func runLocally(
        _ command: String, arguments: [String: JSONValue] = [:],
        onEvent: @escaping @Sendable (JSONValue) async throws -> Void = { _ in }
    ) async throws(ControlError) -> JSONValue {
        guard let route = route(command) else {
            throw ControlError(.unknownCommand, "unknown command \"\(command)\"; known: \(commands.joined(separator: ", "))")
        }
        let request = ControlRequest(id: 0, command: command, arguments: arguments)
        let peer = PeerCredentials(pid: 0, uid: ControlAuthorization.effectiveUID, gid: 0)
        do {
            let bytes: [UInt8]
            switch route.kind {
            case .unary(let handler):
                bytes = try await handler(request, peer)
            case .streaming(let handler):
                let events = ControlEventWriter(requestID: request.id) { line throws(ControlError) in
                    let reply: ControlReply
                    do { reply = try ControlJSON.decodeReply(line) } catch {
                        throw ControlError(.internal, "an event could not be read back: \(error)")
                    }
                    do { try await onEvent(reply.event ?? .null) } catch let error as ControlError { throw error } catch {
                        throw ControlError(.connectionClosed, "the reader stopped: \(error)", cause: error)
                    }
                }
                defer { events.finish() }
                bytes = try await handler(request, peer, events)
            }
            return try ControlJSON.decodeValue(bytes)
        } catch let error as ControlError {
            throw error
        } catch {
            throw ControlError(.internal, "\(command) failed: \(error)")
        }
    }
}
