import Foundation
@testable import SluiceControl
import Testing

@Suite struct ControlReplyTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func replyLines_haveTheDocumentedShape() {
        #expect(text(ReplyLine.result(id: 1, json: Array(#"{"a":1}"#.utf8), done: false)) == #"{"id":1,"ok":true,"result":{"a":1}}"# + "\n")
        #expect(text(ReplyLine.result(id: "s", json: Array("3".utf8), done: true)) == #"{"id":"s","ok":true,"result":3,"done":true}"# + "\n")
        #expect(text(ReplyLine.event(id: 2, json: Array("[]".utf8))) == #"{"id":2,"ok":true,"event":[]}"# + "\n")
        let error = ControlError(.permissionDenied, "no")
        #expect(text(ReplyLine.error(id: nil, error)) == #"{"id":null,"ok":false,"error":{"code":"permission-denied","message":"no"}}"# + "\n")
        #expect(text(ReplyLine.error(id: 4, error, done: true)) == #"{"id":4,"ok":false,"error":{"code":"permission-denied","message":"no"},"done":true}"# + "\n")
    }

    @Test func jsonString_escapesWhatJSONRequires_andNothingElse() throws {
        let tricky = "q\"b\\s/n\nr\rt\tnul\u{0}bell\u{7}é✓"
        let encoded = ReplyLine.jsonString(tricky)
        #expect(text(encoded) == #""q\"b\\s/n\nr\rt\tnul\u0000bell\u0007é✓""#)
        #expect(try JSONDecoder().decode(String.self, from: Data(encoded)) == tricky)
    }

    @Test func replyLines_decodeBackIntoControlReply() throws {
        let lines: [[UInt8]] = [
            ReplyLine.result(id: 1, json: Array("null".utf8), done: false),
            ReplyLine.event(id: "e", json: Array(#"{"seq":5}"#.utf8)),
            ReplyLine.error(id: 3, ControlError(.unavailable, "later \"please\""), done: true),
        ]
        let replies = try lines.map { try ControlJSON.decodeReply($0.dropLast()) }
        #expect(replies[0] == ControlReply(id: 1, ok: true, result: .null))
        #expect(try replies[0].get() == .null)
        #expect(replies[1].isEvent)
        #expect(replies[1].event == ["seq": 5])
        #expect(replies[2].done)
        let error = #expect(throws: ControlError.self) { try replies[2].get() }
        #expect(error?.code == .unavailable)
        #expect(error?.message == "later \"please\"")
    }

    @Test func unknownErrorCodes_fromANewerDaemon_arePreserved() throws {
        let reply = try ControlJSON.decodeReply(Array(#"{"id":1,"ok":false,"error":{"code":"frozen","message":"m"}}"#.utf8))
        #expect(reply.error?.code.rawValue == "frozen")
    }
}
