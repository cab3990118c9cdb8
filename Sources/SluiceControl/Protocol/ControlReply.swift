/// One reply line, as the client reads it.
///
/// - A final success: `{"id":7,"ok":true,"result":…}` (streaming commands add `"done":true`).
/// - A final failure: `{"id":7,"ok":false,"error":{"code":"…","message":"…"}}`.
/// - An event of a streaming command: `{"id":7,"ok":true,"event":…}`; any number of them come before
///   the final line.
///
/// `id` is null when the server could not read the request's id (the line was not JSON, or too long).
public struct ControlReply: Sendable, Hashable, Codable {
    /// The `error` member of a failed reply.
    public struct Failure: Sendable, Hashable, Codable {
        public var code: ControlErrorCode
        public var message: String

        public init(code: ControlErrorCode, message: String) {
            self.code = code
            self.message = message
        }
    }

    public var id: ControlRequestID?
    public var ok: Bool
    /// The result of a successful final reply.
    public var result: JSONValue?
    /// The payload of an event line.
    public var event: JSONValue?
    /// What went wrong, in a failed reply.
    public var error: Failure?
    /// True on the final line of a streaming command.
    public var done: Bool

    public init(id: ControlRequestID?, ok: Bool, result: JSONValue? = nil, event: JSONValue? = nil, error: Failure? = nil, done: Bool = false) {
        self.id = id
        self.ok = ok
        self.result = result
        self.event = event
        self.error = error
        self.done = done
    }

    /// True for an event line; every other line is the final reply to its request.
    public var isEvent: Bool { event != nil }

    /// The result of a final reply, or the daemon's error as a `ControlError` with its code.
    ///
    /// - Throws: `ControlError` with the code the daemon sent, or `bad-reply` when the line is neither
    ///   a result nor an error.
    public func get() throws(ControlError) -> JSONValue {
        if ok, let result { return result }
        if ok { return .null }
        if let error { throw ControlError(error.code, error.message) }
        throw ControlError(.badReply, "the daemon answered \"ok\":false without an error")
    }

    enum CodingKeys: String, CodingKey {
        case id, ok, result, event, error, done
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(ControlRequestID.self, forKey: .id)
        ok = try container.decode(Bool.self, forKey: .ok)
        // `"result":null` is a result (null), not a missing one.
        result = container.contains(.result) ? try container.decode(JSONValue.self, forKey: .result) : nil
        event = container.contains(.event) ? try container.decode(JSONValue.self, forKey: .event) : nil
        error = try container.decodeIfPresent(Failure.self, forKey: .error)
        done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(ok, forKey: .ok)
        if let result { try container.encode(result, forKey: .result) }
        if let event { try container.encode(event, forKey: .event) }
        if let error { try container.encode(error, forKey: .error) }
        if done { try container.encode(true, forKey: .done) }
    }
}

/// Builds reply lines from already-encoded JSON, so a handler's result is encoded exactly once.
///
/// Member order is fixed (`id`, `ok`, then `result`/`event`/`error`, then `done`); every line ends in `\n`.
enum ReplyLine {
    static func result(id: ControlRequestID?, json: [UInt8], done: Bool) -> [UInt8] {
        var line = prefix(id: id, ok: true)
        line += Array(#""result":"#.utf8)
        line += json
        if done { line += Array(#","done":true"#.utf8) }
        line += Array("}\n".utf8)
        return line
    }

    static func event(id: ControlRequestID, json: [UInt8]) -> [UInt8] {
        var line = prefix(id: id, ok: true)
        line += Array(#""event":"#.utf8)
        line += json
        line += Array("}\n".utf8)
        return line
    }

    static func error(id: ControlRequestID?, _ error: ControlError, done: Bool = false) -> [UInt8] {
        var line = prefix(id: id, ok: false)
        line += Array(#""error":{"code":"#.utf8)
        line += jsonString(error.code.rawValue)
        line += Array(#","message":"#.utf8)
        line += jsonString(error.message)
        line += Array("}".utf8)
        if done { line += Array(#","done":true"#.utf8) }
        line += Array("}\n".utf8)
        return line
    }

    private static func prefix(id: ControlRequestID?, ok: Bool) -> [UInt8] {
        var line = Array(#"{"id":"#.utf8)
        switch id {
        case nil: line += Array("null".utf8)
        case .int(let n)?: line += Array(String(n).utf8)
        case .string(let s)?: line += jsonString(s)
        }
        line += Array((ok ? #","ok":true,"# : #","ok":false,"#).utf8)
        return line
    }

    /// `s` as a JSON string literal: quotes, backslashes and control characters escaped, `/` not.
    static func jsonString(_ s: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 2)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
