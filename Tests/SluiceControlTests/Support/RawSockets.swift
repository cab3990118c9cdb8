import Glibc

/// Creates a Unix stream socket bound to `path`, listening when `listen` is true (as systemd's socket
/// activation would pass it), and returns its descriptor. Tests only; the product code wraps its calls.
func boundSocket(at path: String, listen shouldListen: Bool) throws -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw SocketSetupError(call: "socket", errno: errno) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: bytes)
        raw[bytes.count] = 0
    }
    let rc = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard rc == 0 else {
        let e = errno
        close(fd)
        throw SocketSetupError(call: "bind", errno: e)
    }
    if shouldListen, listen(fd, 16) != 0 {
        let e = errno
        close(fd)
        throw SocketSetupError(call: "listen", errno: e)
    }
    return fd
}

struct SocketSetupError: Error, CustomStringConvertible {
    var call: String
    var errno: Int32
    var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
}

/// lstat(2) of a path: its type bits and permission bits, or nil when it does not exist.
func fileMode(_ path: String) -> (isSocket: Bool, permissions: UInt32, gid: UInt32)? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    return ((st.st_mode & S_IFMT) == S_IFSOCK, st.st_mode & 0o7777, st.st_gid)
}
