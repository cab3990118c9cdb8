import Glibc
import Logging
import SluiceCore
import SystemPackage

/// The socket file of a server bound by path: checks before binding, permissions after, removal at
/// the end.
struct SocketFile: Sendable {
    let path: String

    /// The identity of the socket this server bound, so that shutdown removes only its own file (not
    /// one a newer daemon bound at the same path meanwhile).
    struct Identity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// Makes `path` free for `bind`: fails for a path that is too long, that is not a socket, or on
    /// which another process listens; removes a stale socket (one that refuses connections).
    ///
    /// - Throws: `ControlError` with code `socket-unusable` or `socket-in-use`.
    func prepare(logger: Logger) throws(ControlError) {
        let length = path.utf8.count
        if length > UnixSocket.maxPathBytes {
            throw ControlError(.socketUnusable, "control socket path \(path) is \(length) bytes long; Unix socket paths hold at most \(UnixSocket.maxPathBytes) bytes; choose a shorter path")
        }
        if length == 0 {
            throw ControlError(.socketUnusable, "the control socket path is empty; give an absolute path such as /run/sluice/control.sock")
        }
        let status: FileStatus
        switch Sys.linkStatus(SystemPath(path)) {
        case .failure(.noSuchFileOrDirectory): return
        case .failure(let e):
            throw ControlError(.socketUnusable, "cannot inspect control socket path \(path): \(e); check that its directory exists and is searchable", cause: e)
        case .success(let s): status = s
        }
        guard status.kind == .socket else {
            throw ControlError(.socketUnusable, "\(path) exists and is not a socket; remove it or choose another control socket path")
        }
        switch UnixSocket.connect(path: path, sendTimeout: .seconds(1)) {
        case .success(let fd):
            Sys.close(fd)
            throw ControlError(.socketInUse, "another process is listening on \(path) (another sluiced?); stop it or choose another control socket path")
        case .failure(.connectionRefused):
            // Nobody listens: a socket left by a daemon that did not shut down cleanly.
            switch Sys.unlink(SystemPath(path)) {
            case .success, .failure(.noSuchFileOrDirectory):
                logger.notice("removed a stale control socket", metadata: ["control.socket": "\(path)"])
            case .failure(let e):
                throw ControlError(.socketUnusable, "cannot remove the stale control socket \(path): \(e); remove it by hand", cause: e)
            }
        case .failure(.resourceTemporarilyUnavailable):
            throw ControlError(.socketInUse, "another process owns \(path) but does not accept connections (another sluiced, busy?); stop it or choose another control socket path")
        case .failure(let e):
            throw ControlError(.socketUnusable, "cannot check whether \(path) is in use: \(e); remove it if no daemon runs", cause: e)
        }
    }

    /// Sets the mode and (optionally) the group of the freshly bound socket and returns its identity.
    ///
    /// - Throws: `ControlError` with code `socket-unusable`.
    func applyPermissions(mode: UInt32, group: UInt32?) throws(ControlError) -> Identity {
        if case .failure(let e) = UnixSocket.changeMode(path, mode) {
            throw ControlError(.socketUnusable, "cannot set mode \(String(mode, radix: 8)) on control socket \(path): \(e)", cause: e)
        }
        if let group, case .failure(let e) = UnixSocket.changeGroup(path, group) {
            let hint = e == .notPermitted ? "; the daemon's user must be a member of that group (or root)" : ""
            throw ControlError(.socketUnusable, "cannot give control socket \(path) to group \(group): \(e)\(hint)", cause: e)
        }
        switch Sys.linkStatus(SystemPath(path)) {
        case .success(let s): return Identity(device: s.device, inode: s.inode)
        case .failure(let e):
            throw ControlError(.socketUnusable, "control socket \(path) vanished right after it was bound: \(e)", cause: e)
        }
    }

    /// Removes the socket file if it is still the one this server bound.
    ///
    /// NIO already unlinks a Unix socket path it bound when it closes the listener; this covers the
    /// paths where it did not get that far (permissions failed after bind) and a NIO that stops doing so.
    func remove(_ identity: Identity?, logger: Logger) {
        if let identity {
            guard case .success(let s) = Sys.linkStatus(SystemPath(path)),
                  Identity(device: s.device, inode: s.inode) == identity
            else { return }
        }
        switch Sys.unlink(SystemPath(path)) {
        case .success, .failure(.noSuchFileOrDirectory): break
        case .failure(let e):
            logger.warning("cannot remove the control socket", metadata: ["control.socket": "\(path)", "error.errno": "\(e)"])
        }
    }
}
