import Foundation
import Glibc
@testable import SluiceControl
import SluiceTestSupport
import Testing

@Suite struct ControlClientTests {
    @Test func connect_whenNoSocketExists_isUnreachableWithAHint() throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("missing.sock")
        let error = #expect(throws: ControlError.self) { try ControlClient.connect(path: path) }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains(path) == true)
        #expect(error?.message.contains("systemctl status sluiced") == true)
    }

    @Test func connect_whenNothingListens_isUnreachable() throws {
        let directory = try TemporaryDirectory("ctl")
        defer { directory.remove() }
        let path = directory.appending("stale.sock")
        close(try boundSocket(at: path, listen: false))
        let error = #expect(throws: ControlError.self) { try ControlClient.connect(path: path) }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("nothing is listening on \(path)") == true)
    }

    @Test func connect_whenThePathIsTooLong_saysSo() {
        let path = "/tmp/" + String(repeating: "x", count: 110)
        let error = #expect(throws: ControlError.self) { try ControlClient.connect(path: path) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("107 bytes") == true)
        #expect(error?.message.contains("115 bytes long") == true)
    }

    @Test func call_whenTheDaemonDoesNotAnswerInTime_timesOut() async throws {
        let gate = Gate()
        let router = testRouter { router in
            router.register("hang", access: .read) { _, _ in
                await gate.wait()
                return JSONValue.null
            }
        }
        try await withServer(router: router) { server in
            defer { gate.open() }
            let error = try await #require(throws: ControlError.self) {
                try await offloaded {
                    let client = try ControlClient.connect(path: server.path, timeout: .milliseconds(200))
                    return try client.call("hang")
                }
            }
            #expect(error.code == .timeout)
            #expect(error.message.contains(server.path))
        }
    }

    @Test func call_afterTheDaemonClosedTheConnection_isConnectionClosed() async throws {
        try await withServer(configuration: .init(idleTimeout: .milliseconds(100))) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            _ = try await client.expectClosed()
            let error = try await #require(throws: ControlError.self) { try await client.call("ping") }
            #expect(error.code == .connectionClosed)
        }
    }

    @Test func call_returnsNullResults() async throws {
        let router = testRouter { router in
            router.register("nothing", access: .read) { _, _ in JSONValue.null }
        }
        try await withServer(router: router) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            #expect(try await client.call("nothing") == .null)
        }
    }
}
