/// Errors in the configuration file or flags.
public struct ConfigError: SluiceError {
    /// The stable code of a configuration error.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The file could not be read.
        public static let unreadable = Code(rawValue: "config-unreadable")
        /// The file is not valid TOML.
        public static let syntax = Code(rawValue: "config-syntax")
        /// A key sluiced does not know (often a typo).
        public static let unknownKey = Code(rawValue: "config-unknown-key")
        /// A key with a value of the wrong type or out of range.
        public static let invalidValue = Code(rawValue: "config-invalid-value")
    }

    public var code: Code
    public var message: String
    public var cause: (any Error & Sendable)?
    public var location: String

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = sourceLocation(fileID, line)
    }
}
