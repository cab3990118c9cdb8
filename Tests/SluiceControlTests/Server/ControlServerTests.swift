import Foundation
import Glibc
@testable import SluiceControl
import SluiceTestSupport
import Testing

@Suite struct ControlServerTests {
    @Test func readCommand_roundTripsThroughTheSocket() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            #expect(try await client.call("ping") == ["pong": true])
            #expect(try await client.call("echo", ["limit": 10, "lang": "de"]) == ["limit": 10, "lang": "de"])
            // The peer is this process: SO_PEERCRED reports our pid and uid.
            let me = try await client.call("whoami")
            #expect(me["pid"]?.intValue == Int(getpid()))
            #expect(me["uid"]?.intValue == Int(geteuid()))
        }
    }

    @Test func reply_hasTheDocumentedWireFormat() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            try await client.sendRaw(#"{"v":1,"id":"a/b","cmd":"echo","args":{"url":"http://x/y"}}"# + "\n")
            #expect(try await client.rawLine() == #"{"id":"a/b","ok":true,"result":{"url":"http://x/y"}}"#)
            try await client.sendRaw(#"{"v":1,"id":7,"cmd":"nope"}"# + "\n")
            let line = try await client.rawLine()
            #expect(line.hasPrefix(#"{"id":7,"ok":false,"error":{"code":"unknown-command","message":""#))
        }
    }

    @Test func unknownCommandAndUnsupportedVersion_answerErrors_andKeepTheConnection() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            // When an unknown command is sent
            try await client.send(ControlRequest(id: 1, command: "frobnicate"))
            let unknown = try await client.reply()
            // Then it is refused by name, listing what is known
            #expect(unknown.id == 1)
            #expect(unknown.ok == false)
            #expect(unknown.error?.code == .unknownCommand)
            #expect(unknown.error?.message.contains("frobnicate") == true)
            #expect(unknown.error?.message.contains("ping") == true)

            // When a request speaks another protocol version
            try await client.send(ControlRequest(id: "v2", command: "ping", version: 2))
            let version = try await client.reply()
            #expect(version.id == "v2")
            #expect(version.error?.code == .unsupportedVersion)
            #expect(version.error?.message.contains("version 1") == true)

            // Then the same connection still answers
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test(arguments: [
        (#"{"v":1,"id":1,"cmd":"ping""#, nil as ControlRequestID?),  // truncated
        (#"not json at all"#, nil),
        (#"[1,2,3]"#, nil),
        (#""just a string""#, nil),
        (#"{"v":1,"cmd":"ping"}"#, nil),  // no id
        (#"{"v":1,"id":1.5,"cmd":"ping"}"#, nil),
        (#"{"v":1,"id":[1],"cmd":"ping"}"#, nil),
        (#"{"id":3,"cmd":"ping"}"#, 3),  // no v
        (#"{"v":"1","id":4,"cmd":"ping"}"#, 4),
        (#"{"v":1,"id":5}"#, 5),  // no cmd
        (#"{"v":1,"id":6,"cmd":""}"#, 6),
        (#"{"v":1,"id":7,"cmd":42}"#, 7),
        (#"{"v":1,"id":"s","cmd":"ping","args":[1]}"#, "s"),
    ])
    func malformedRequest_answersBadRequest_andKeepsTheConnection(line: String, id: ControlRequestID?) async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            try await client.sendRaw(line + "\n")
            let reply = try await client.reply()
            #expect(reply.ok == false)
            #expect(reply.error?.code == .badRequest)
            #expect(reply.id == id)
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test func randomBytes_alwaysGetErrorReplies_andTheServerKeepsServing() async throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var rng = SplitMix64(state: seed)
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            for round in 0..<200 {
                // A payload of random bytes with no newline, never blank, sometimes invalid UTF-8,
                // sometimes JSON-looking.
                let length = Int.random(in: 1...400, using: &rng)
                var payload = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
                payload = payload.map { $0 == UInt8(ascii: "\n") ? 0xFF : $0 }
                payload[0] = [UInt8(ascii: "{"), UInt8(ascii: "["), 0xC3, 0xFE, UInt8(ascii: "x")][round % 5]
                try await client.sendRaw(payload + [UInt8(ascii: "\n")])
                let reply = try await client.reply()
                #expect(reply.ok == false, "seed \(seed) round \(round)")
                #expect(reply.error?.code == .badRequest, "seed \(seed) round \(round)")
            }
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test func invalidUTF8_insideAnOtherwiseValidRequest_isABadRequest() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            let bytes = Array(#"{"v":1,"id":1,"cmd":"echo","args":{"s":""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8) + [0x0A]
            try await client.sendRaw(bytes)
            let reply = try await client.reply()
            #expect(reply.error?.code == .badRequest)
            #expect(reply.error?.message.contains("UTF-8") == true)
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test func requestAtTheLimit_isServed_andOneByteMore_isTooLargeAndClosesTheConnection() async throws {
        let configuration = ControlServer.Configuration(maxLineBytes: 4096)
        try await withServer(configuration: configuration) { server in
            func request(length: Int) -> [UInt8] {
                let head = #"{"v":1,"id":1,"cmd":"echo","args":{"pad":""#
                let tail = #""}}"#
                let pad = String(repeating: "x", count: length - head.utf8.count - tail.utf8.count)
                return Array((head + pad + tail).utf8)
            }
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            // Given a request of exactly maxLineBytes
            try await client.sendRaw(request(length: 4096) + [0x0A])
            #expect(try await client.reply().ok == true)
            // When the next one is a byte longer
            try await client.sendRaw(request(length: 4097) + [0x0A])
            // Then it is refused with request-too-large and the connection is closed
            let reply = try await client.reply()
            #expect(reply.error?.code == .requestTooLarge)
            #expect(reply.id == nil)
            #expect(try await client.expectClosed().code == .connectionClosed)
        }
    }

    @Test func requestOver64KiB_isRefusedWithoutWaitingForItsEnd_andOthersAreStillServed() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            // 1 MiB without a newline: the server answers as soon as the limit is passed. The client may
            // see EPIPE while sending the rest, after the server closed; that is expected.
            do {
                try await client.sendRaw([UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20))
            } catch let error as ControlError where error.code == .connectionClosed {}
            let reply = try await client.reply()
            #expect(reply.error?.code == .requestTooLarge)
            #expect(reply.error?.message.contains("65536") == true)
            #expect(try await client.expectClosed().code == .connectionClosed)

            let other = try await TestClient.connect(server.path)
            defer { other.close() }
            #expect(try await other.call("ping") == ["pong": true])
        }
    }

    @Test func clientBeyondMaxClients_getsTooManyClients_andASlotFreesWhenOneLeaves() async throws {
        let configuration = ControlServer.Configuration(maxClients: 2)
        try await withServer(configuration: configuration) { server in
            // Given two connected clients (each answered once, so both are counted)
            let first = try await TestClient.connect(server.path)
            let second = try await TestClient.connect(server.path)
            defer { second.close() }
            #expect(try await first.call("ping") == ["pong": true])
            #expect(try await second.call("ping") == ["pong": true])
            #expect(server.server.connectedClients == 2)

            // When a third connects
            let third = try await TestClient.connect(server.path)
            defer { third.close() }
            // Then it is told so, once, and disconnected
            let refusal = try await third.reply()
            #expect(refusal.error?.code == .tooManyClients)
            #expect(try await third.expectClosed().code == .connectionClosed)

            // When one of the two leaves, a new client is served again
            first.close()
            try await waitUntil("a slot is free") { server.server.connectedClients == 1 }
            let fourth = try await TestClient.connect(server.path)
            defer { fourth.close() }
            #expect(try await fourth.call("ping") == ["pong": true])
        }
    }

    @Test func silentConnection_isClosedAfterTheIdleTimeout() async throws {
        // Long enough that a loaded machine (ci-fresh saw 8 s stalls) connects and pings within it
        let configuration = ControlServer.Configuration(idleTimeout: .seconds(12))
        try await withServer(configuration: configuration) { server in
            let client = try await TestClient.connect(server.path, sending: ControlRequest(id: 1, command: "ping"))
            defer { client.close() }
            #expect(try await client.reply().result == ["pong": true])
            // The connection then stays silent: the server closes it (well before the deadline).
            let start = ContinuousClock.now
            #expect(try await client.expectClosed(timeout: .seconds(30)).code == .connectionClosed)
            #expect(ContinuousClock.now - start < .seconds(29))
            try await waitUntil("the connection is released") { server.server.connectedClients == 0 }
        }
    }

    @Test func requestInProgress_isNotCutByTheIdleTimeout() async throws {
        let gate = Gate()
        let started = Counter()
        let router = testRouter { router in
            router.register("wait", access: .read) { _, _ in
                started.increment()
                await gate.wait()
                return ["waited": true] as JSONValue
            }
        }
        let (logger, logs) = CapturingLogHandler.logger()
        // Long enough that a loaded machine connects and sends within it (ci saw stalls of seconds).
        let configuration = ControlServer.Configuration(idleTimeout: .seconds(4))
        try await withServer(router: router, configuration: configuration, logger: logger) { server in
            let client = try await TestClient.connect(server.path, sending: ControlRequest(id: 1, command: "wait"))
            defer { client.close() }
            try await waitUntil("the handler runs") { started.count == 1 }
            // Several idle timeouts pass while the handler works; a second, idle connection is closed
            // meanwhile, which proves that the timer runs.
            let idle = try await TestClient.connect(server.path)
            defer { idle.close() }
            _ = try await idle.expectClosed(timeout: .seconds(30))
            gate.open()
            let reply = try await client.reply()
            #expect(reply.result == ["waited": true])
            #expect(logs.all.contains { $0.message.contains("idle") })
        }
    }

    @Test func streamingCommand_sendsEveryEventThenAFinalDoneReply() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            try await client.send(ControlRequest(id: 9, command: "count", arguments: ["n": 5]))
            var lines: [ControlReply] = []
            while true {
                let reply = try await client.reply()
                lines.append(reply)
                if !reply.isEvent { break }
            }
            #expect(lines.count == 6)
            #expect(lines.dropLast().map { $0.event?["i"]?.intValue } == [0, 1, 2, 3, 4])
            #expect(lines.allSatisfy { $0.id == 9 && $0.ok })
            #expect(lines.dropLast().allSatisfy { !$0.done })
            #expect(lines.last?.done == true)
            #expect(lines.last?.result == ["count": 5])
            // And through the client's streaming call
            let (events, result) = try await client.stream("count", ["n": 3])
            #expect(events == [["i": 0], ["i": 1], ["i": 2]])
            #expect(result == ["count": 3])
        }
    }

    @Test func streamingCommand_thatFails_endsWithADoneErrorLine() async throws {
        try await withServer { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            try await client.sendRaw(#"{"v":1,"id":2,"cmd":"count-then-fail"}"# + "\n")
            #expect(try await client.rawLine() == #"{"id":2,"ok":true,"event":{"i":0}}"#)
            #expect(try await client.rawLine() == #"{"id":2,"ok":true,"event":{"i":1}}"#)
            let final = try await client.reply()
            #expect(final.error?.code == .invalidArgument)
            #expect(final.error?.message.contains("since") == true)
            #expect(final.done == true)
            #expect(try await client.call("ping") == ["pong": true])
        }
    }

    @Test func handlerErrors_becomeTheirCodeOrInternal() async throws {
        let (logger, logs) = CapturingLogHandler.logger()
        try await withServer(logger: logger) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            let unavailable = try await #require(throws: ControlError.self) { try await client.call("unavailable") }
            #expect(unavailable.code == .unavailable)
            #expect(unavailable.message == "the store is being verified; try again later")
            let crash = try await #require(throws: ControlError.self) { try await client.call("crash") }
            #expect(crash.code == .internal)
            #expect(crash.message.contains("crash failed"))
            #expect(logs.entries(at: .error).contains { $0.metadata["control.command"] == "crash" })
        }
    }

    @Test func pipelinedRequests_areAnsweredOneAtATimeInOrder() async throws {
        let gate = Gate()
        let slowStarted = Counter()
        let fastCalls = Counter()
        let router = testRouter { router in
            router.register("slow", access: .read) { _, _ in
                slowStarted.increment()
                await gate.wait()
                return ["fastRanMeanwhile": .int(fastCalls.count)] as JSONValue
            }
            router.register("fast", access: .read) { _, _ in
                fastCalls.increment()
                return ["fast": true] as JSONValue
            }
        }
        try await withServer(router: router) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            // Given three requests in one write, the first one blocked in its handler
            try await client.sendRaw(
                #"{"v":1,"id":1,"cmd":"slow"}"# + "\n" + #"{"v":1,"id":2,"cmd":"fast"}"# + "\n" + #"{"v":1,"id":3,"cmd":"ping"}"# + "\n")
            try await waitUntil("the slow handler runs") { slowStarted.count == 1 }
            #expect(fastCalls.count == 0)
            gate.open()
            // Then the replies come back in request order, and the second request waited for the first
            let replies = [try await client.reply(), try await client.reply(), try await client.reply()]
            #expect(replies.map(\.id) == [1, 2, 3])
            #expect(replies[0].result == ["fastRanMeanwhile": 0])
        }
    }

    @Test func clientThatStopsReading_isDropped_andItsStreamStops() async throws {
        let failures = Counter()
        let emitted = Counter()
        let big = String(repeating: "x", count: 64 * 1024)
        let router = testRouter { router in
            router.registerStreaming("flood", access: .read) { _, _, events -> JSONValue in
                do {
                    while true {
                        try await events.emit(["blob": .string(big)] as JSONValue)
                        emitted.increment()
                    }
                } catch {
                    failures.increment()
                    throw error
                }
            }
        }
        let (logger, logs) = CapturingLogHandler.logger()
        let configuration = ControlServer.Configuration(writeTimeout: .milliseconds(300))
        try await withServer(router: router, configuration: configuration, logger: logger) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            // When a client asks for a flood of events and never reads
            try await client.send(ControlRequest(id: 1, command: "flood"))
            // Then emitting stops, the connection is dropped with a warning naming the peer
            try await waitUntil("the stream stops") { failures.count == 1 }
            #expect(emitted.count < 100, "only what the socket buffers can hold was written (\(emitted.count) events)")
            let warning = try #require(logs.entries(at: .warning).first { $0.message.contains("stopped reading") })
            #expect(warning.metadata["peer.pid"] == "\(getpid())")
            #expect(warning.metadata["peer.uid"] == "\(geteuid())")
            try await waitUntil("the connection is released") { server.server.connectedClients == 0 }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs /usr/bin/python3"))
    func clientThatShutsDownItsSendingSide_stillGetsEveryReply_evenForAnUnterminatedLastLine() async throws {
        try await withServer { server in
            // Given a client that writes two requests, the last one without "\n", then shuts down writing
            let script = """
                import socket, sys
                s = socket.socket(socket.AF_UNIX)
                s.connect(sys.argv[1])
                s.sendall(b'{"v":1,"id":1,"cmd":"ping"}\\n{"v":1,"id":2,"cmd":"echo","args":{"a":1}}')
                s.shutdown(socket.SHUT_WR)
                data = b""
                while True:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                sys.stdout.write(data.decode())
                """
            let result = try await run("/usr/bin/python3", ["-c", script, server.path])
            #expect(result.status == 0, "\(result.stderr)")
            // Then both are answered, in order, before the server closes
            #expect(result.stdout == #"{"id":1,"ok":true,"result":{"pong":true}}"# + "\n" + #"{"id":2,"ok":true,"result":{"a":1}}"# + "\n")
        }
    }

    @Test func clientThatLeavesDuringAStream_cancelsItsHandler() async throws {
        let started = Counter()
        let cancelled = Counter()
        let router = testRouter { router in
            router.registerStreaming("follow", access: .read) { _, _, events -> JSONValue in
                try await events.emit(["hello": true] as JSONValue)
                started.increment()
                // Waits for new entries that never come, until cancelled.
                await Gate().wait()  // never opened: returns when the task is cancelled
                if Task.isCancelled {
                    cancelled.increment()
                    throw CancellationError()
                }
                return ["followed": true] as JSONValue
            }
        }
        try await withServer(router: router) { server in
            let client = try await TestClient.connect(server.path)
            try await client.send(ControlRequest(id: 1, command: "follow"))
            #expect(try await client.reply().event == ["hello": true])
            try await waitUntil("the handler waits") { started.count == 1 }
            client.close()
            try await waitUntil("the handler is cancelled") { cancelled.count == 1 }
            try await waitUntil("the connection is released") { server.server.connectedClients == 0 }
        }
    }
}
