public import SluiceCore

/// Errors of the metrics exposition: the HTTP listener could not start, or was used wrongly.
public struct MetricsError: SluiceError {
    /// The stable code of a metrics error.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The `metrics-listen` address could not be bound (in use, not local, no permission), or the
        /// listener stopped on its own.
        public static let listenFailed = Code(rawValue: "metrics-listen-failed")
        /// A programming error, such as running the listener twice.
        public static let `internal` = Code(rawValue: "metrics-internal")
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
