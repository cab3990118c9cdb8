import Foundation
@testable import SluiceControl
import Testing

@Suite struct JSONValueTests {
    @Test func decoding_keepsIntegersExact_andTellsThemFromDoublesAndBools() throws {
        let value = try ControlJSON.decodeValue(Array(#"{"big":9007199254740993,"half":0.5,"t":true,"n":null,"s":"x","a":[1,"2"]}"#.utf8))
        #expect(value["big"] == .int(9_007_199_254_740_993))
        #expect(value["half"] == .double(0.5))
        #expect(value["t"] == .bool(true))
        #expect(value["n"] == .null)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["a"]?[1] == "2")
        #expect(value["a"]?[2] == nil)
        #expect(value["missing"] == nil)
    }

    @Test func encoding_sortsKeys_andDoesNotEscapeSlashes() {
        let value: JSONValue = ["b": 1, "a": ["url": "http://x/y"]]
        #expect(value.description == #"{"a":{"url":"http://x/y"},"b":1}"#)
    }

    struct Entry: Codable, Equatable {
        var seq: Int
        var title: String
        var tags: [String]
    }

    @Test func encodingAndDecoding_convertCodableValues() throws {
        let entry = Entry(seq: 3, title: "t", tags: ["a"])
        let value = try JSONValue(encoding: entry)
        #expect(value == ["seq": 3, "title": "t", "tags": ["a"]])
        #expect(try value.decode(as: Entry.self) == entry)
    }

    @Test func encoding_aNaN_isAnInternalError() {
        let error = #expect(throws: ControlError.self) { try JSONValue(encoding: [Double.nan]) }
        #expect(error?.code == .internal)
    }

    @Test func accessors_convertOnlyWhatTheyShould() {
        #expect(JSONValue.double(3).intValue == 3)
        #expect(JSONValue.double(3.5).intValue == nil)
        #expect(JSONValue.int(3).doubleValue == 3)
        #expect(JSONValue.string("3").intValue == nil)
        #expect(JSONValue.bool(true).boolValue == true)
        #expect(JSONValue.null.isNull)
    }
}
