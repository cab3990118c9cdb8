/// One request line: `{"v":1,"id":7,"cmd":"list","args":{"limit":10}}`.
///
/// `args` is optional on the wire and empty here when absent. Handlers read single arguments with
/// `request.arguments["limit"]?.intValue` or decode them all at once with `decodeArguments(as:)`.
public struct ControlRequest: Sendable, Hashable, Codable {
    /// The protocol version this library speaks.
    public static let currentVersion = 1

    /// `v`: the protocol version.
    public var version: Int
    /// `id`: echoed in the reply.
    public var id: ControlRequestID
    /// `cmd`: the command name (`status`, `pause`, …).
    public var command: String
    /// `args`: the command's arguments (empty when absent).
    public var arguments: [String: JSONValue]

    public init(id: ControlRequestID, command: String, arguments: [String: JSONValue] = [:], version: Int = ControlRequest.currentVersion) {
        self.version = version
        self.id = id
        self.command = command
        self.arguments = arguments
    }

    enum CodingKeys: String, CodingKey {
        case version = "v", id, command = "cmd", arguments = "args"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        id = try container.decode(ControlRequestID.self, forKey: .id)
        command = try container.decode(String.self, forKey: .command)
        arguments = try container.decodeIfPresent([String: JSONValue].self, forKey: .arguments) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(command, forKey: .command)
        if !arguments.isEmpty { try container.encode(arguments, forKey: .arguments) }
    }

    /// Decodes all of `args` as `T` (a `Decodable` struct of the command's arguments).
    ///
    /// - Throws: `ControlError` with code `invalid-argument` naming the argument that did not match.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws(ControlError) -> T {
        do {
            return try JSONValue.object(arguments).decode(as: T.self)
        } catch {
            throw ControlError(.invalidArgument, "\(command): \(error.message)", cause: error.cause)
        }
    }
}

extension ControlRequest {
    /// Why a line is not a request, with the `id` when it could be read (so the reply can carry it).
    struct Rejection: Error {
        var id: ControlRequestID?
        var error: ControlError
    }

    /// Parses one request line (without its `\n`) the way the server does, with the protocol's codes:
    /// not UTF-8, not JSON, not an object or missing fields → `bad-request`; `v` other than 1 →
    /// `unsupported-version`. The `id` is read first so that every later error can carry it.
    static func parse(line: some Collection<UInt8>) -> Result<ControlRequest, Rejection> {
        func reject(_ id: ControlRequestID?, _ code: ControlErrorCode, _ message: String) -> Result<ControlRequest, Rejection> {
            .failure(Rejection(id: id, error: ControlError(code, message)))
        }
        guard String(validating: line, as: UTF8.self) != nil else {
            return reject(nil, .badRequest, "the request is not valid UTF-8; send one JSON object per line")
        }
        let value: JSONValue
        do {
            value = try ControlJSON.decodeValue(line)
        } catch {
            return reject(nil, .badRequest, "the request is not valid JSON; send one JSON object per line, like {\"v\":1,\"id\":1,\"cmd\":\"ping\"}")
        }
        guard case .object(let members) = value else {
            return reject(nil, .badRequest, "the request must be a JSON object, like {\"v\":1,\"id\":1,\"cmd\":\"ping\"}")
        }
        let id: ControlRequestID
        switch members["id"] {
        case .int(let n)?: id = .int(n)
        case .string(let s)?: id = .string(s)
        case nil: return reject(nil, .badRequest, "the request has no \"id\"; add an integer or string id")
        default: return reject(nil, .badRequest, "\"id\" must be an integer or a string")
        }
        switch members["v"] {
        case .int(ControlRequest.currentVersion)?: break
        case .int(let v)?:
            return reject(id, .unsupportedVersion, "protocol version \(v) is not supported; this daemon speaks version \(ControlRequest.currentVersion) (\"v\":\(ControlRequest.currentVersion))")
        case nil: return reject(id, .badRequest, "the request has no \"v\"; add \"v\":\(ControlRequest.currentVersion)")
        default: return reject(id, .badRequest, "\"v\" must be an integer (this daemon speaks version \(ControlRequest.currentVersion))")
        }
        guard case .string(let command)? = members["cmd"], !command.isEmpty else {
            return reject(id, .badRequest, members["cmd"] == nil ? "the request has no \"cmd\"; name a command" : "\"cmd\" must be a non-empty string")
        }
        let arguments: [String: JSONValue]
        switch members["args"] {
        case nil, .null?: arguments = [:]
        case .object(let args)?: arguments = args
        default: return reject(id, .badRequest, "\"args\" must be a JSON object")
        }
        return .success(ControlRequest(id: id, command: command, arguments: arguments))
    }
}
