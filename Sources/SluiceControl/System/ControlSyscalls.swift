import Glibc
import SluiceCore
import SystemPackage

// The system calls of the control socket's client side and of the server's socket-file handling, each
// wrapped once here (the socket calls are only needed here). Same shape as
// SluiceCore/System/Syscalls.swift: one `system_<name>` per call, @inline(never) so that errno is read
// before any ARC traffic, and SluiceCore's `valueOrErrno` retries EINTR.
// The server's own sockets are NIO's.

/// socket(2). The corresponding C function is `socket`.
@inline(never)
func system_socket(_ domain: CInt, _ type: CInt, _ proto: CInt) -> CInt { socket(domain, type, proto) }

/// connect(2). The corresponding C function is `connect`.
@inline(never)
func system_connect(_ fd: CInt, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> CInt {
    connect(fd, address, length)
}

/// setsockopt(2). The corresponding C function is `setsockopt`.
@inline(never)
func system_setsockopt(_ fd: CInt, _ level: CInt, _ name: CInt, _ value: UnsafeRawPointer, _ length: socklen_t) -> CInt {
    setsockopt(fd, level, name, value, length)
}

/// send(2). The corresponding C function is `send`.
@inline(never)
func system_send(_ fd: CInt, _ buf: UnsafeRawPointer, _ count: Int, _ flags: CInt) -> Int { send(fd, buf, count, flags) }

/// recv(2). The corresponding C function is `recv`.
@inline(never)
func system_recv(_ fd: CInt, _ buf: UnsafeMutableRawPointer, _ count: Int, _ flags: CInt) -> Int { recv(fd, buf, count, flags) }

/// poll(2). The corresponding C function is `poll`.
@inline(never)
func system_poll(_ fds: UnsafeMutablePointer<pollfd>, _ count: nfds_t, _ timeout: CInt) -> CInt {
    poll(fds, count, timeout)
}

/// fchmodat(2). The corresponding C function is `fchmodat`.
@inline(never)
func system_fchmodat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ mode: mode_t, _ flags: CInt) -> CInt {
    fchmodat(dirfd, path, mode, flags)
}

/// fchownat(2). The corresponding C function is `fchownat`.
@inline(never)
func system_fchownat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ uid: uid_t, _ gid: gid_t, _ flags: CInt) -> CInt {
    fchownat(dirfd, path, uid, gid, flags)
}

/// geteuid(2). The corresponding C function is `geteuid`; it cannot fail.
@inline(never)
func system_geteuid() -> UInt32 { geteuid() }

/// getpwuid_r(3). The corresponding C function is `getpwuid_r`. Returns 0 or an error number (not -1
/// and errno); ERANGE means `buffer` is too small.
@inline(never)
func system_getpwuid_r(
    _ uid: uid_t, _ entry: UnsafeMutablePointer<passwd>, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int,
    _ result: UnsafeMutablePointer<UnsafeMutablePointer<passwd>?>
) -> CInt {
    getpwuid_r(uid, entry, buffer, size, result)
}

/// getgrgid_r(3). The corresponding C function is `getgrgid_r`. Returns 0 or an error number.
@inline(never)
func system_getgrgid_r(
    _ gid: gid_t, _ entry: UnsafeMutablePointer<group>, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int,
    _ result: UnsafeMutablePointer<UnsafeMutablePointer<group>?>
) -> CInt {
    getgrgid_r(gid, entry, buffer, size, result)
}

/// getgrouplist(3). The corresponding C function is `getgrouplist`. Returns the number of groups, or -1
/// with `count` set to the number needed when `groups` is too small.
@inline(never)
func system_getgrouplist(
    _ user: UnsafePointer<CChar>, _ primary: gid_t, _ groups: UnsafeMutablePointer<gid_t>, _ count: UnsafeMutablePointer<CInt>
) -> CInt {
    getgrouplist(user, primary, groups, count)
}
