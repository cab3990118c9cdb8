@testable import SluiceControl
import Testing

@Suite struct ControlRouterTests {
    @Test func register_recordsAccessAndKind() {
        var router = ControlRouter()
        router.register("status", access: .read) { _, _ in ["ok": true] as JSONValue }
        router.register("pause", access: .mutating) { _, _ in JSONValue.null }
        router.registerStreaming("follow", access: .read) { _, _, _ in JSONValue.null }
        #expect(router.commands == ["follow", "pause", "status"])
        #expect(router.access(of: "pause") == .mutating)
        #expect(router.access(of: "status") == .read)
        #expect(router.access(of: "nope") == nil)
        #expect(router.isStreaming("follow"))
        #expect(!router.isStreaming("status"))
    }

    struct Status: Encodable, Sendable {
        var ingested: Int
        var lastSeq: Int?
    }

    @Test func unaryHandler_resultIsEncodedWithSortedKeys() async throws {
        var router = ControlRouter()
        router.register("status", access: .read) { _, _ in Status(ingested: 3, lastSeq: nil) }
        guard case .unary(let handler)? = router.route("status")?.kind else {
            Issue.record("status is not unary")
            return
        }
        let json = try await handler(ControlRequest(id: 1, command: "status"), PeerCredentials(pid: 1, uid: 0, gid: 0))
        #expect(String(decoding: json, as: UTF8.self) == #"{"ingested":3}"#)
    }
}
