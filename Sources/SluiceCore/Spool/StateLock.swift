import Foundation
import Glibc
import SystemPackage

/// The exclusive lock that makes one `sluiced` the only owner of a state directory.
///
/// An flock(2) on `STATE/sluiced.lock`, held for the life of the process (the kernel drops it when the
/// process dies, also on SIGKILL). The file holds the owner's pid, for the error message of the next one.
public final class StateLock: Sendable {
    private let fd: FileDescriptor
    /// The lock file's path.
    public let path: String

    /// Creates the state directory if needed and takes the lock.
    ///
    /// - Throws: `SpoolError` `state-locked` ("another sluiced (pid N) owns STATE") when another process
    ///   holds it; `spool-unusable` when the directory or file cannot be created.
    public init(stateDirectory: String) throws(SpoolError) {
        let dir = Spool.absolute(stateDirectory)
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw SpoolError(.unusable, "cannot create the state directory \(dir): \(error.localizedDescription); create it, owned by the daemon's user")
        }
        path = dir + "/sluiced.lock"
        let fd: FileDescriptor
        switch Sys.open(SystemPath(path), flags: O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o644) {
        case .success(let f): fd = f
        case .failure(let e): throw SpoolError.unusable(path, errno: e)
        }
        switch Sys.lockExclusive(fd) {
        case .success: break
        case .failure(.wouldBlock):
            let owner = (try? Sys.readAll(fd, sizeHint: 32, limit: 64).get()).flatMap { r in
                Int(String(decoding: r.bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            Sys.close(fd)
            let who = owner.map { "another sluiced (pid \($0))" } ?? "another sluiced"
            throw SpoolError(.locked, "\(who) owns \(dir); stop it first, or give this one another --state")
        case .failure(let e):
            Sys.close(fd)
            throw SpoolError.unusable(path, errno: e)
        }
        _ = Sys.truncate(fd, to: 0)
        _ = Sys.writeAll(fd, Array("\(getpid())\n".utf8))
        self.fd = fd
    }

    deinit { Sys.close(fd) }
}
