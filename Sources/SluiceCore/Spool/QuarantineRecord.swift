public import Foundation

/// The `NAME.reason.json` sidecar written beside every quarantined file in `failed/`.
public struct QuarantineRecord: Codable, Sendable, Equatable {
    /// The suffix of sidecar files.
    public static let sidecarSuffix = ".reason.json"

    /// The file's name in `failed/` (may differ from the dropped name when that was taken).
    public var name: String
    /// The name it was dropped under.
    public var originalName: String
    /// The stable reason code (`QuarantineError.Code`).
    public var code: String
    /// What happened, for the operator.
    public var message: String
    /// When it was quarantined (RFC 3339, UTC).
    public var time: String
    /// The owner uid of the dropped file, when known.
    public var uid: UInt32?
    /// Its size in bytes, when known.
    public var size: Int64?

    public init(name: String, originalName: String, code: String, message: String, time: Date, uid: UInt32?, size: Int64?) {
        self.name = name
        self.originalName = originalName
        self.code = code
        self.message = message
        self.time = ISO8601DateFormatter().string(from: time)
        self.uid = uid
        self.size = size
    }

    enum CodingKeys: String, CodingKey {
        case name, originalName = "original_name", code, message, time, uid, size
    }
}
