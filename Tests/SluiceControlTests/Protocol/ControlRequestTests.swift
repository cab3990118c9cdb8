import Foundation
@testable import SluiceControl
import Testing

@Suite struct ControlRequestTests {
    private func parse(_ line: String) -> Result<ControlRequest, ControlRequest.Rejection> {
        ControlRequest.parse(line: Array(line.utf8))
    }

    @Test func parse_readsEveryField() throws {
        let request = try parse(#"{"v":1,"id":"x-1","cmd":"list","args":{"limit":10,"lang":"de","deep":{"a":[1,2.5,null,true]}}}"#).get()
        #expect(request.id == "x-1")
        #expect(request.command == "list")
        #expect(request.version == 1)
        #expect(request.arguments["limit"] == 10)
        #expect(request.arguments["deep"]?["a"] == [1, 2.5, .null, true])
    }

    @Test func parse_withoutArgs_hasNoArguments() throws {
        #expect(try parse(#"{"v":1,"id":3,"cmd":"status"}"#).get().arguments.isEmpty)
        #expect(try parse(#"{"v":1,"id":3,"cmd":"status","args":null}"#).get().arguments.isEmpty)
    }

    @Test(arguments: [
        ("{", ControlErrorCode.badRequest, nil as ControlRequestID?),
        ("null", .badRequest, nil),
        (#"{"v":1,"id":null,"cmd":"x"}"#, .badRequest, nil),
        (#"{"v":1,"id":true,"cmd":"x"}"#, .badRequest, nil),
        (#"{"v":2,"id":1,"cmd":"x"}"#, .unsupportedVersion, 1),
        (#"{"v":0,"id":"z","cmd":"x"}"#, .unsupportedVersion, "z"),
        (#"{"v":1.5,"id":1,"cmd":"x"}"#, .badRequest, 1),
        (#"{"v":1,"id":1,"cmd":null}"#, .badRequest, 1),
        (#"{"v":1,"id":1,"cmd":"x","args":"a=b"}"#, .badRequest, 1),
    ])
    func parse_rejectsWithTheProtocolCode(line: String, code: ControlErrorCode, id: ControlRequestID?) {
        guard case .failure(let rejection) = parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(rejection.error.code == code)
        #expect(rejection.id == id)
    }

    @Test func parse_versionIsCheckedBeforeTheCommand() {
        guard case .failure(let rejection) = parse(#"{"v":9,"id":1}"#) else {
            Issue.record("accepted")
            return
        }
        #expect(rejection.error.code == .unsupportedVersion)
    }

    @Test func parse_invalidUTF8_isABadRequestNamingUTF8() {
        guard case .failure(let rejection) = ControlRequest.parse(line: [0x7B, 0xFF, 0x7D]) else {
            Issue.record("accepted")
            return
        }
        #expect(rejection.error.code == .badRequest)
        #expect(rejection.error.message.contains("UTF-8"))
    }

    @Test func encode_thenParse_roundTrips() throws {
        let request = ControlRequest(id: 12, command: "search", arguments: ["q": "Erdoğan", "limit": 5])
        let line = try JSONEncoder().encode(request)
        #expect(try ControlRequest.parse(line: Array(line)).get() == request)
        // args is left out when empty
        let bare = String(decoding: try ControlJSON.encoder().encode(ControlRequest(id: "a", command: "ping")), as: UTF8.self)
        #expect(bare == #"{"cmd":"ping","id":"a","v":1}"#)
    }

    struct ListArguments: Decodable, Equatable {
        var limit: Int
        var lang: String?
    }

    @Test func decodeArguments_decodesAStruct_orNamesTheBadArgument() throws {
        let good = ControlRequest(id: 1, command: "list", arguments: ["limit": 10])
        #expect(try good.decodeArguments(as: ListArguments.self) == ListArguments(limit: 10, lang: nil))

        let wrongType = ControlRequest(id: 1, command: "list", arguments: ["limit": "ten"])
        let error = #expect(throws: ControlError.self) { try wrongType.decodeArguments(as: ListArguments.self) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("\"limit\" must be an integer") == true)

        let missing = ControlRequest(id: 1, command: "list")
        let missingError = #expect(throws: ControlError.self) { try missing.decodeArguments(as: ListArguments.self) }
        #expect(missingError?.message.contains("missing \"limit\"") == true)
    }

    @Test func requestID_roundTripsIntegersAndStrings() throws {
        let ids: [ControlRequestID] = [0, -3, .int(1 << 40), "", "a\"b", "ü/\n"]
        for id in ids {
            let data = try JSONEncoder().encode(id)
            #expect(try JSONDecoder().decode(ControlRequestID.self, from: data) == id)
        }
        #expect(ControlRequestID.string("a\"b").description == #""a\"b""#)
        #expect(ControlRequestID.int(5).description == "5")
    }
}
