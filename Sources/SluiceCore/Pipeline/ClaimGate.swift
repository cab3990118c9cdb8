import Synchronization

/// Whether the workers may claim files: closed by the committer while the store cannot commit (a full
/// disk, an I/O error), opened again by the next successful commit. While it is closed, workers let
/// the names they are handed go and the queue sheds offers (the files stay in incoming/), so the
/// watcher's scans never stall behind a store that cannot take files; the scan that follows the
/// opening finds them.
public final class ClaimGate: Sendable {
    private let closed = Atomic<Bool>(false)

    public init() {}

    /// Whether claiming is held back now.
    public var isClosed: Bool { closed.load(ordering: .acquiring) }

    /// Holds back claiming. - Returns: true when it was open.
    @discardableResult
    public func close() -> Bool { !closed.exchange(true, ordering: .acquiringAndReleasing) }

    /// Lets claiming go on. - Returns: true when it was closed.
    @discardableResult
    public func open() -> Bool { closed.exchange(false, ordering: .acquiringAndReleasing) }
}
