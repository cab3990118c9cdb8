import Foundation
import Glibc

/// What an operator does to files by name (`sluicectl retry`, `hold`, `release`, Postfix's
/// `postsuper -r`, `-h`, `-H`): renames between spool directories, never copies.
extension Spool {
    /// Where an operator moves a file.
    public enum Move: String, Sendable, CaseIterable {
        /// failed/ → incoming/, its reason sidecar removed: the daemon tries it again.
        case retry
        /// incoming/ → hold/: the daemon leaves it alone.
        case hold
        /// hold/ → incoming/.
        case release
    }

    /// Moves `name` as `move` says. If the target directory already has a file of that name, the
    /// moved file gets a `.N` suffix (nothing is overwritten).
    /// - Returns: the name it has in its new directory.
    /// - Throws: `SpoolError` `invalid-name`, `no-such-file` (naming the directory looked in), `spool-io`.
    @discardableResult
    public func perform(_ move: Move, name text: String) throws(SpoolError) -> SpoolName {
        guard !text.isEmpty, text != ".", text != "..", !text.contains("/"), !text.contains("\0") else {
            throw SpoolError(.invalidName, "'\(text)' is not a spool file name; give the name as `sluicectl failed` or `ls` shows it, without a directory")
        }
        return try perform(move, SpoolName(text))
    }

    /// Moves `name` (raw bytes: names need not be UTF-8) as `move` says.
    @discardableResult
    public func perform(_ move: Move, _ name: SpoolName) throws(SpoolError) -> SpoolName {
        let (from, to) = directories(move)
        if move == .retry, name.isReasonSidecar {
            throw SpoolError(.invalidName, "'\(name)' is a reason sidecar; retry the file it describes")
        }
        // The reason goes first: once the file is back in incoming/ the daemon may quarantine it again
        // at once, and a leftover sidecar would push the new one to NAME.1.
        if move == .retry, case .success = Sys.linkStatus(SystemPath(from, name)) {
            _ = Sys.unlink(SystemPath(failed, name.appending(QuarantineRecord.sidecarSuffix)))
        }
        var attempt = 0
        while true {
            let target = attempt == 0 ? name : name.appending(".\(attempt)")
            attempt += 1
            switch Sys.rename(SystemPath(from, name), to: SystemPath(to, target)) {
            case .success:
                _ = Sys.fsyncDirectory(SystemPath(to))
                return target
            case .failure(.fileExists) where attempt < 10_000:
                continue
            case .failure(.noSuchFileOrDirectory):
                throw SpoolError(.noSuchFile, "no file '\(name)' in \(from)")
            case .failure(let e):
                throw SpoolError.io("moving", SystemPath(from, name), errno: e)
            }
        }
    }

    /// Retries every quarantined file. - Returns: the names moved back to incoming/.
    public func retryAll() throws(SpoolError) -> [SpoolName] {
        let names = ((try? DirectoryListing.names(in: failed).get()) ?? [])
            .filter { !$0.isReasonSidecar && !$0.hasSuffix(".reason.json.tmp") }
        var moved: [SpoolName] = []
        for name in names.sorted() {
            moved.append(try perform(.retry, name))
        }
        return moved
    }

    /// The files in hold/, by name.
    public func held() -> [String] {
        ((try? DirectoryListing.names(in: hold).get()) ?? []).map(\.description).sorted()
    }

    private func directories(_ move: Move) -> (String, String) {
        switch move {
        case .retry: return (failed, incoming)
        case .hold: return (incoming, hold)
        case .release: return (hold, incoming)
        }
    }
}
