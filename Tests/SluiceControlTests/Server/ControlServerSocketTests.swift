import Foundation
import Glibc
import Logging
import ServiceLifecycle
@testable import SluiceControl
import SluiceTestSupport
import Testing

@Suite struct ControlServerSocketTests {
    let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    @Test func boundSocket_getsTheConfiguredModeAndGroup() async throws {
        try await withServer { server in
            let mode = try #require(fileMode(server.path))
            #expect(mode.isSocket)
            #expect(mode.permissions == 0o660)
        }
        try await withServer(configuration: .init(socketMode: 0o600, group: 65534)) { server in
            let mode = try #require(fileMode(server.path))
            #expect(mode.permissions == 0o600)
            #expect(mode.gid == 65534)
        }
    }

    @Test func gracefulShutdown_closesConnections_andRemovesTheSocketFile() async throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("c.sock")
        let (listening, continuation) = AsyncStream<Void>.makeStream()
        let server = ControlServer(
            endpoint: .path(path), router: testRouter(), logger: quiet, onListening: { continuation.yield() })
        let group = ServiceGroup(services: [server], logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = listening.makeAsyncIterator()
            _ = await iterator.next()
            // Given a connected client
            let client = try await TestClient.connect(path)
            defer { client.close() }
            #expect(try await client.call("ping") == ["pong": true])
            #expect(fileMode(path)?.isSocket == true)
            // When the service group shuts down gracefully
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            // Then the client was disconnected and the socket file is gone
            #expect(try await client.expectClosed().code == .connectionClosed)
            #expect(fileMode(path) == nil)
        }
    }

    @Test func staleSocketFile_isReplaced() async throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("c.sock")
        // Given a socket file nobody listens on (a daemon that was killed)
        close(try boundSocket(at: path, listen: false))
        #expect(fileMode(path)?.isSocket == true)
        let (logger, logs) = CapturingLogHandler.logger()
        // When a server starts on that path, it serves
        try await withServerAt(path, logger: logger) {
            let client = try await TestClient.connect(path)
            defer { client.close() }
            #expect(try await client.call("ping") == ["pong": true])
        }
        #expect(logs.all.contains { $0.message.contains("stale") && $0.metadata["control.socket"] == path })
    }

    @Test func liveSocket_isRefusedWithAClearError_andTheFirstServerKeepsServing() async throws {
        try await withServer { first in
            // When a second server is started on the same path
            let second = ControlServer(endpoint: .path(first.path), router: testRouter(), logger: quiet)
            let error = try await #require(throws: ControlError.self) { try await second.run() }
            // Then it refuses, naming the path, and leaves the socket alone
            #expect(error.code == .socketInUse)
            #expect(error.message.contains(first.path))
            #expect(error.message.contains("another"))
            let client = try await TestClient.connect(first.path)
            defer { client.close() }
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test func pathThatIsNotASocket_isRefusedAndKept() async throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = try directory.write("c.sock", "not a socket")
        let server = ControlServer(endpoint: .path(path), router: testRouter(), logger: quiet)
        let error = try await #require(throws: ControlError.self) { try await server.run() }
        #expect(error.code == .socketUnusable)
        #expect(error.message.contains("is not a socket"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a socket")
    }

    @Test func pathLongerThanSunPath_isRefusedWithItsLength() async throws {
        let path = "/tmp/" + String(repeating: "d", count: 120) + "/c.sock"
        let server = ControlServer(endpoint: .path(path), router: testRouter(), logger: quiet)
        let error = try await #require(throws: ControlError.self) { try await server.run() }
        #expect(error.code == .socketUnusable)
        #expect(error.message.contains("107 bytes"))
    }

    @Test func listeningDescriptor_isServed_andItsSocketFileIsLeftToSystemd() async throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("activated.sock")
        // Given a socket bound and listening before the server starts, as systemd passes it
        let fd = try boundSocket(at: path, listen: true)
        let (listening, continuation) = AsyncStream<Void>.makeStream()
        let server = ControlServer(
            endpoint: .listeningDescriptor(fd), router: testRouter(), logger: quiet, onListening: { continuation.yield() })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            var iterator = listening.makeAsyncIterator()
            _ = await iterator.next()
            let client = try await TestClient.connect(path)
            defer { client.close() }
            #expect(try await client.call("ping") == ["pong": true])
            group.cancelAll()
            try await group.waitForAll()
        }
        // Then stopping the server does not remove systemd's socket file
        #expect(fileMode(path)?.isSocket == true)
    }

    @Test func invalidDescriptor_isRefused() async throws {
        let server = ControlServer(endpoint: .listeningDescriptor(-1), router: testRouter(), logger: quiet)
        let error = try await #require(throws: ControlError.self) { try await server.run() }
        #expect(error.code == .socketUnusable)
        #expect(error.message.contains("FileDescriptorName=control"))
    }

    @Test func run_calledTwice_throws() async throws {
        try await withServer { server in
            let error = try await #require(throws: ControlError.self) { try await server.server.run() }
            #expect(error.code == .internal)
            #expect(error.message.contains("twice"))
        }
    }

    @Test func shutdownBeforeListening_returnsWithoutServing() async throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("c.sock")
        let server = ControlServer(endpoint: .path(path), router: testRouter(), logger: quiet)
        // A task cancelled before it starts: run() binds, sees the stop request and returns.
        let task = Task { try await server.run() }
        task.cancel()
        _ = try? await task.value
        #expect(fileMode(path) == nil)
    }

    /// Runs a server at a given path for the duration of `body`.
    private func withServerAt(_ path: String, logger: Logger, _ body: () async throws -> Void) async throws {
        let (listening, continuation) = AsyncStream<Void>.makeStream()
        let server = ControlServer(
            endpoint: .path(path), router: testRouter(), logger: logger, onListening: { continuation.yield() })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { continuation.finish() }
                try await server.run()
            }
            var iterator = listening.makeAsyncIterator()
            guard await iterator.next() != nil else {
                try await group.next()
                throw ServerDidNotListen()
            }
            try await body()
            group.cancelAll()
            try await group.waitForAll()
        }
    }
}
