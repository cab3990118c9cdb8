import Logging
import ServiceLifecycle
import SluiceCore
import SluiceMetrics
import SluiceTestSupport
import Testing

/// The HTTP listener on 127.0.0.1 with a port the kernel picks, spoken to with raw sockets.
@Suite(.timeLimit(.minutes(1))) struct MetricsHTTPServerTests {
    let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// Runs a listener in a ServiceGroup for `body`, then shuts the group down gracefully and waits
    /// for `run()` to return.
    func withServer(
        configuration: MetricsHTTPServer.Configuration = .init(),
        render: @escaping @Sendable () -> String = { "sluice_up 1\n" },
        _ body: (_ port: Int) async throws -> Void
    ) async throws {
        let port = Shared<Int?>(nil)
        let server = MetricsHTTPServer(
            host: "127.0.0.1", port: 0, configuration: configuration, logger: quiet,
            onListening: { bound in port.update { $0 = bound } }, render: render)
        let group = ServiceGroup(services: [server], logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await waitUntil("listener bound") { port.value != nil }
            try await body(port.value!)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    @Test func getMetrics_answers200WithPrometheusContentTypeAndTheRenderedText() async throws {
        let renders = Shared(0)
        try await withServer(render: {
            let n = renders.update { $0 += 1; return $0 }
            return "# TYPE sluice_up gauge\nsluice_up 1.0\nscrape \(n)\n"
        }) { port in
            let response = try await httpRequest(port: port, path: "/metrics")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
            #expect(response.body == "# TYPE sluice_up gauge\nsluice_up 1.0\nscrape 1\n")

            // A query string does not change the path; each scrape renders again
            let again = try await httpRequest(port: port, path: "/metrics?x=1")
            #expect(again.status == 200)
            #expect(again.body.hasSuffix("scrape 2\n"))
        }
    }

    @Test func otherPath_answers404_andNothingIsRendered() async throws {
        let renders = Shared(0)
        try await withServer(render: { renders.update { $0 += 1 }; return "" }) { port in
            for path in ["/other", "/", "/metrics/x", "/metricsx"] {
                let response = try await httpRequest(port: port, path: path)
                #expect(response.status == 404, "\(path)")
            }
            #expect(renders.value == 0)
        }
    }

    @Test func otherMethod_answers405WithAllowGet() async throws {
        try await withServer { port in
            for method in ["POST", "PUT", "DELETE"] {
                let response = try await httpRequest(port: port, method: method, path: "/metrics")
                #expect(response.status == 405, "\(method)")
                #expect(response.headers["allow"] == "GET")
            }
        }
    }

    @Test func keepAlive_servesSeveralRequestsOnOneConnection() async throws {
        try await withServer { port in
            let connection = try RawConnection(port: port)
            for _ in 0..<3 {
                try connection.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try await connection.readResponse()
                #expect(response.status == 200)
                #expect(response.body == "sluice_up 1\n")
            }
        }
    }

    @Test func silentConnection_isClosedAfterTheIdleTimeout() async throws {
        try await withServer(configuration: .init(idleTimeout: .seconds(2))) { port in
            // Given a connection that answered one request and then stays silent
            let connection = try RawConnection(port: port, timeout: 30)
            try connection.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await connection.readResponse().status == 200)

            // Then the server closes it (well before the client's 30 s read timeout)
            let started = ContinuousClock.now
            #expect(try await connection.readsEndOfFile())
            #expect(ContinuousClock.now - started < .seconds(25))
        }
    }

    @Test func connectionsBeyondTheLimit_areClosedAtOnce() async throws {
        try await withServer(configuration: .init(maxConnections: 1)) { port in
            // Given one open connection (served, so it is surely accepted)
            let first = try RawConnection(port: port)
            try first.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await first.readResponse().status == 200)

            // Then a second one is closed without an answer, and the first still works
            let second = try RawConnection(port: port)
            try? second.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await second.readsEndOfFile())
            try first.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await first.readResponse().status == 200)
        }
    }

    @Test func gracefulShutdown_closesIdleConnections_andRunReturns() async throws {
        let port = Shared<Int?>(nil)
        let server = MetricsHTTPServer(
            host: "127.0.0.1", port: 0, logger: quiet,
            onListening: { bound in port.update { $0 = bound } }, render: { "sluice_up 1\n" })
        let group = ServiceGroup(services: [server], logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await waitUntil("listener bound") { port.value != nil }
            let bound = port.value!

            // Given a kept-alive connection (the idle timeout is a minute away)
            let connection = try RawConnection(port: bound)
            try connection.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await connection.readResponse().status == 200)

            // When the group shuts down gracefully
            await group.triggerGracefulShutdown()

            // Then the connection is closed, run() returns, and nothing listens any more
            #expect(try await connection.readsEndOfFile())
            try await tasks.waitForAll()
            #expect(throws: (any Error).self) { try RawConnection(port: bound) }
        }
    }

    @Test func run_whenThePortIsTaken_throwsListenFailed() async throws {
        try await withServer { port in
            let second = MetricsHTTPServer(host: "127.0.0.1", port: port, logger: quiet) { "" }
            let error = await #expect(throws: MetricsError.self) { try await second.run() }
            #expect(error?.code == .listenFailed)
        }
    }
}
