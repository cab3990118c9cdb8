import Foundation
import SluiceControl
import SluiceCore
import SluiceStore

/// Where a command gets its answers: the daemon over its control socket, or — when the daemon is
/// down — the same command handlers run in this process on the store (read-only) and the spool.
enum Session {
    case daemon(ControlClient)
    case local(ControlRouter)

    /// Connects to the daemon; if it is not reachable and `command` can be answered without it, opens
    /// the store read-only instead and says so on stderr.
    ///
    /// - Throws: `ControlError` `unreachable` (exit 3) when the command needs the daemon.
    static func open(_ locations: Locations, for command: String) throws -> Session {
        let failure: ControlError
        do {
            return .daemon(try ControlClient.connect(path: locations.socket))
        } catch {
            failure = error
        }
        guard failure.code == .unreachable, !SluiceCommands.daemonOnly.contains(command) else { throw failure }
        FileHandle.standardError.write(Data("sluicectl: sluiced is not reachable at \(locations.socket); reading \(locations.databasePath) directly\n".utf8))
        var router = ControlRouter()
        SluiceCommands.register(on: &router, context: ControlContext(
            reader: try localStore(locations.databasePath), spool: Spool(root: locations.spool), daemon: nil,
            storePath: locations.databasePath))
        return .local(router)
    }

    /// The store opened read-only; an empty one when it does not exist yet (nothing was ingested).
    static func localStore(_ path: String) throws -> Journal {
        do {
            return try Journal.openReadOnly(path: path)
        } catch {
            if error.code == .missing { return try Journal.inMemory() }
            throw error
        }
    }

    /// Runs a command and returns its result.
    func call(_ command: String, _ arguments: [String: JSONValue] = [:]) async throws(ControlError) -> JSONValue {
        switch self {
        case .daemon(let client): return try client.call(command, arguments: arguments)
        case .local(let router): return try await router.runLocally(command, arguments: arguments)
        }
    }

    /// Runs a streaming command, handing each event to `onEvent`, and returns its final result.
    func stream(_ command: String, _ arguments: [String: JSONValue] = [:], onEvent: @escaping @Sendable (JSONValue) -> Void) async throws(ControlError) -> JSONValue {
        switch self {
        case .daemon(let client): return try client.stream(command, arguments: arguments, onEvent: onEvent)
        case .local(let router): return try await router.runLocally(command, arguments: arguments, onEvent: { onEvent($0) })
        }
    }
}

extension Locations {
    /// Runs `command` through a session and decodes its result as `T`.
    func call<T: Decodable>(_ command: String, _ arguments: [String: JSONValue] = [:], as type: T.Type = T.self) async throws -> T {
        // In steps: the one-expression form crashed swift-frontend 6.3.1 in release builds.
        let session = try Session.open(self, for: command)
        let value: JSONValue
        do { value = try await session.call(command, arguments) } catch { throw error }
        return try value.decode(as: T.self)
    }
}
