/// What every sluice error domain has: a stable code, a message for the operator, a cause and where
/// it was thrown. `description` is one line: `code: message`.
///
/// Code strings are written verbatim to `NAME.reason.json`, `--json` output and the control protocol;
/// once shipped, a spelling never changes.
public protocol SluiceError: Error, CustomStringConvertible, Sendable {
    associatedtype Code: RawRepresentable<String> & Hashable & Sendable
    /// The stable, machine-readable code.
    var code: Code { get }
    /// What happened and what the operator can do, naming the path or key involved.
    var message: String { get }
    /// The underlying error, if any.
    var cause: (any Error & Sendable)? { get }
    /// Where the error was created (`#fileID:#line`).
    var location: String { get }
}

extension SluiceError {
    public var description: String {
        if let cause { return "\(code.rawValue): \(message) (\(cause))" }
        return "\(code.rawValue): \(message)"
    }
}

/// Builds a `#fileID:#line` location string.
@inlinable
public func sourceLocation(_ fileID: String, _ line: Int) -> String { "\(fileID):\(line)" }
