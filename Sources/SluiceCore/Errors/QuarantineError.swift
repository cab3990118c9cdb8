/// Why a dropped file was not ingested. The file goes to `failed/` with a `NAME.reason.json` sidecar.
public struct QuarantineError: SluiceError, Equatable {
    /// The stable reason code written to `NAME.reason.json`, `sluicectl failed` and the control protocol.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The name was a symbolic link (opened with O_NOFOLLOW).
        public static let symlink = Code(rawValue: "symlink")
        /// A named pipe.
        public static let fifo = Code(rawValue: "fifo")
        /// A character or block device.
        public static let device = Code(rawValue: "device")
        /// A Unix socket.
        public static let socket = Code(rawValue: "socket")
        /// A directory.
        public static let directory = Code(rawValue: "directory")
        /// A regular file with more than one hard link (it could be changed through another name).
        public static let hardlink = Code(rawValue: "hardlink")
        /// Larger than `max-file-size`.
        public static let tooLarge = Code(rawValue: "too-large")
        /// Zero bytes.
        public static let empty = Code(rawValue: "empty")
        /// NUL bytes or mostly non-text.
        public static let binary = Code(rawValue: "binary")
        /// Not UTF-8, not UTF-16 with a BOM, and no legacy encoding could be detected with confidence.
        public static let undecodable = Code(rawValue: "undecodable")
        /// UTF-8 that ends in the middle of a character.
        public static let truncatedUTF8 = Code(rawValue: "truncated-utf8")
        /// The daemon may not read the file (permissions).
        public static let unreadable = Code(rawValue: "unreadable")
        /// Reading failed with an I/O error.
        public static let readError = Code(rawValue: "read-error")
    }

    public var code: Code
    public var message: String
    public var cause: (any Error & Sendable)? { nil }
    public var location: String

    public init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.location = sourceLocation(fileID, line)
    }

    public static func == (a: QuarantineError, b: QuarantineError) -> Bool { a.code == b.code }
}
