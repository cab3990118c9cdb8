public import SluiceCore

/// Errors of the journaled store.
public struct StoreError: SluiceError {
    /// The stable code of a store error.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The database file cannot be opened or created.
        public static let openFailed = Code(rawValue: "store-open-failed")
        /// The database was written by a newer sluice.
        public static let schemaTooNew = Code(rawValue: "store-schema-too-new")
        /// No store exists at that path yet.
        public static let missing = Code(rawValue: "store-missing")
        /// A batch could not be committed (disk full, I/O error); nothing of it was stored.
        public static let appendFailed = Code(rawValue: "store-append-failed")
        /// A batch could not be committed because the store's file system is full (SQLITE_FULL, ENOSPC):
        /// nothing of it was stored; the daemon stops claiming and retries until space returns.
        public static let full = Code(rawValue: "store-full")
        /// A batch could not be committed because of an I/O error (SQLITE_IOERR): nothing of it was
        /// stored; the daemon stops claiming and retries.
        public static let ioError = Code(rawValue: "store-io-error")
        /// A read failed.
        public static let readFailed = Code(rawValue: "store-read-failed")
        /// SQLite reports the database file damaged (a flipped byte, a torn page), or the head file is.
        public static let corrupt = Code(rawValue: "store-corrupt")
        /// The daemon found the end of the hash chain broken at start and was not told to accept it.
        public static let brokenChain = Code(rawValue: "store-chain-broken")
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
