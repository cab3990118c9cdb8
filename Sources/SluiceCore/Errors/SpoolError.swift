import SystemPackage

/// Errors of the spool: its directories, the lock, the watch.
public struct SpoolError: SluiceError {
    /// The stable code of a spool error.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A spool or state directory cannot be created or used.
        public static let unusable = Code(rawValue: "spool-unusable")
        /// inotify could not be set up (watch limit, missing directory).
        public static let watchFailed = Code(rawValue: "watch-failed")
        /// Another sluiced owns the state directory.
        public static let locked = Code(rawValue: "state-locked")
        /// A file operation in the spool failed unexpectedly.
        public static let io = Code(rawValue: "spool-io")
        /// An operator named a file that is not where the command looks for it.
        public static let noSuchFile = Code(rawValue: "no-such-file")
        /// An operator gave a name that cannot be a spool file name (empty, `.`, `..`, a `/`).
        public static let invalidName = Code(rawValue: "invalid-name")
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

    static func unusable(_ path: String, errno: Errno, fileID: String = #fileID, line: Int = #line) -> SpoolError {
        SpoolError(.unusable, "cannot use spool directory \(path): \(errno); check that it exists, is a directory (not a symlink) and is writable by the daemon's user", cause: errno, fileID: fileID, line: line)
    }

    static func watchFailed(_ path: String, errno: Errno, fileID: String = #fileID, line: Int = #line) -> SpoolError {
        let hint = errno == .noSpace
            ? "the inotify watch limit is reached; raise fs.inotify.max_user_watches"
            : errno == .tooManyOpenFiles
                ? "the inotify instance limit is reached; raise fs.inotify.max_user_instances"
                : "check that the directory exists and is readable"
        return SpoolError(.watchFailed, "cannot watch \(path): \(errno); \(hint)", cause: errno, fileID: fileID, line: line)
    }

    static func io(_ what: String, _ path: SystemPath, errno: Errno, fileID: String = #fileID, line: Int = #line) -> SpoolError {
        SpoolError(.io, "\(what) \(path) failed: \(errno)", cause: errno, fileID: fileID, line: line)
    }
}
