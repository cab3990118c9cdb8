import Glibc
import SluiceCore
import SystemPackage

/// Blocking Unix stream sockets for the client (and for probing a socket path before binding): typed
/// wrappers over the `system_*` calls, each returning `Result<_, Errno>`.
enum UnixSocket {
    /// The longest path `sockaddr_un.sun_path` holds (108 bytes with the terminating NUL).
    static let maxPathBytes = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    /// Creates a socket and connects it to `path`. With `sendTimeout`, a full listen backlog and a peer
    /// that does not read make `connect`/`send` fail with EAGAIN after that long (SO_SNDTIMEO).
    ///
    /// The caller has checked that `path` fits in `maxPathBytes`.
    static func connect(path: String, sendTimeout: Duration?) -> Result<FileDescriptor, Errno> {
        let fd: FileDescriptor
        switch valueOrErrno({ system_socket(AF_UNIX, CInt(SOCK_STREAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0) }) {
        case .failure(let e): return .failure(e)
        case .success(let raw): fd = FileDescriptor(rawValue: raw)
        }
        if let sendTimeout {
            var tv = timeval(duration: sendTimeout)
            if case .failure(let e) = valueOrErrno({
                system_setsockopt(fd.rawValue, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            }) {
                Sys.close(fd)
                return .failure(e)
            }
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count <= maxPathBytes, "socket path length is checked by the caller")
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        // Retrying an interrupted connect is safe for AF_UNIX: unlike TCP, nothing is left in progress
        // (the kernel only waited for room in the listener's backlog).
        let rc = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                valueOrErrno {
                    system_connect(fd.rawValue, sa, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        }
        if case .failure(let e) = rc {
            Sys.close(fd)
            return .failure(e)
        }
        return .success(fd)
    }

    /// Sends all of `bytes` (MSG_NOSIGNAL: a closed peer is EPIPE, not SIGPIPE).
    static func sendAll(_ fd: FileDescriptor, _ bytes: [UInt8]) -> Result<Void, Errno> {
        var offset = 0
        while offset < bytes.count {
            let r = bytes.withUnsafeBytes { raw in
                valueOrErrno { system_send(fd.rawValue, raw.baseAddress! + offset, bytes.count - offset, CInt(MSG_NOSIGNAL)) }
            }
            switch r {
            case .failure(let e): return .failure(e)
            case .success(let n): offset += n
            }
        }
        return .success(())
    }

    /// Receives at most `maximum` bytes, appending them to `buffer`. Returns how many (0 at end of file).
    static func receive(_ fd: FileDescriptor, into buffer: inout [UInt8], maximum: Int) -> Result<Int, Errno> {
        var chunk = [UInt8](repeating: 0, count: maximum)
        let r = chunk.withUnsafeMutableBytes { raw in
            valueOrErrno { system_recv(fd.rawValue, raw.baseAddress!, maximum, 0) }
        }
        if case .success(let n) = r, n > 0 { buffer += chunk[0..<n] }
        return r
    }

    /// Waits until `fd` is readable (or at end of file, or in error), at most `timeout` (nil: forever).
    ///
    /// - Returns: `.success(false)` when the timeout passed first.
    static func waitReadable(_ fd: FileDescriptor, timeout: Duration?) -> Result<Bool, Errno> {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            var milliseconds: CInt = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                milliseconds = left <= .zero ? 0 : CInt(clamping: left.milliseconds + 1)
            }
            var pfd = pollfd(fd: fd.rawValue, events: Int16(POLLIN), revents: 0)
            // EINTR is handled here rather than by valueOrErrno, so that the timeout is recomputed.
            switch valueOrErrno(retryOnInterrupt: false, { system_poll(&pfd, 1, milliseconds) }) {
            case .success(0): return .success(false)
            case .success: return .success(true)
            case .failure(.interrupted): continue
            case .failure(let e): return .failure(e)
            }
        }
    }

    /// fchmodat(2) on a path (following symlinks: the path is the socket just bound).
    static func changeMode(_ path: String, _ mode: UInt32) -> Result<Void, Errno> {
        path.withCString { p in valueOrErrno { system_fchmodat(AT_FDCWD, p, mode, 0) } }.map { _ in () }
    }

    /// fchownat(2) of a path's group only (the owner is left as is), not following a final symlink.
    static func changeGroup(_ path: String, _ gid: UInt32) -> Result<Void, Errno> {
        path.withCString { p in
            valueOrErrno { system_fchownat(AT_FDCWD, p, uid_t.max, gid, AT_SYMLINK_NOFOLLOW) }
        }.map { _ in () }
    }
}

extension timeval {
    init(duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self.init(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}

extension Duration {
    /// The duration in whole milliseconds (rounded down).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// The duration in whole nanoseconds (rounded down, saturating).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return product.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
