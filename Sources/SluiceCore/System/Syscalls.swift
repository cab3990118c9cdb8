import CSluiceLinux
import Glibc
public import SystemPackage

// Every system call sluice makes goes through one `system_<name>` here, and each is retried on EINTR by
// `valueOrErrno`. Nothing else in the code calls Glibc I/O directly. The wrappers are @inline(never) so
// that errno is read before any ARC traffic can clobber it (the same trick as SwiftNIO's System.swift).

/// Runs `body` until it does not fail with EINTR and returns its value, or the errno it failed with.
/// Public so that other modules' own wrappers (the control socket's) follow the same rule.
public func valueOrErrno<I: FixedWidthInteger>(
    retryOnInterrupt: Bool = true, _ body: () -> I
) -> Result<I, Errno> {
    while true {
        let rc = body()
        if rc != -1 { return .success(rc) }
        let err = Errno(rawValue: errno)
        if retryOnInterrupt && err == .interrupted { continue }
        return .failure(err)
    }
}

/// openat(2). The corresponding C function is `openat`.
@inline(never)
func system_openat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ flags: CInt, _ mode: mode_t) -> CInt {
    openat(dirfd, path, flags, mode)
}

/// fstat(2). The corresponding C function is `fstat`.
@inline(never)
func system_fstat(_ fd: CInt, _ buf: inout stat) -> CInt { fstat(fd, &buf) }

/// fstatat(2) without following a final symlink. The corresponding C function is `fstatat`.
@inline(never)
func system_lstatat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ buf: inout stat) -> CInt {
    fstatat(dirfd, path, &buf, AT_SYMLINK_NOFOLLOW)
}

/// read(2). The corresponding C function is `read`.
@inline(never)
func system_read(_ fd: CInt, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buf, count) }

/// write(2). The corresponding C function is `write`.
@inline(never)
func system_write(_ fd: CInt, _ buf: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buf, count) }

/// close(2). The corresponding C function is `close`. EINTR is not retried: on Linux the descriptor is
/// released whatever close returns.
@inline(never)
func system_close(_ fd: CInt) -> CInt { close(fd) }

/// fsync(2). The corresponding C function is `fsync`.
@inline(never)
func system_fsync(_ fd: CInt) -> CInt { fsync(fd) }

/// renameat2(2). The corresponding C function is `renameat2` (through CSluiceLinux).
@inline(never)
func system_renameat2(
    _ olddirfd: CInt, _ old: UnsafePointer<CChar>, _ newdirfd: CInt, _ new: UnsafePointer<CChar>,
    _ flags: CUnsignedInt
) -> CInt {
    CSluiceLinux_renameat2(olddirfd, old, newdirfd, new, flags)
}

/// unlinkat(2). The corresponding C function is `unlinkat`.
@inline(never)
func system_unlinkat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ flags: CInt) -> CInt {
    unlinkat(dirfd, path, flags)
}

/// mkdirat(2). The corresponding C function is `mkdirat`.
@inline(never)
func system_mkdirat(_ dirfd: CInt, _ path: UnsafePointer<CChar>, _ mode: mode_t) -> CInt {
    mkdirat(dirfd, path, mode)
}

/// fchmod(2). The corresponding C function is `fchmod`.
@inline(never)
func system_fchmod(_ fd: CInt, _ mode: mode_t) -> CInt { fchmod(fd, mode) }

/// flock(2). The corresponding C function is `flock`.
@inline(never)
func system_flock(_ fd: CInt, _ op: CInt) -> CInt { flock(fd, op) }

/// ftruncate(2). The corresponding C function is `ftruncate`.
@inline(never)
func system_ftruncate(_ fd: CInt, _ length: off_t) -> CInt { ftruncate(fd, length) }

/// fcntl(fd, F_SETLEASE, type). The corresponding C call is `fcntl(F_SETLEASE)` (through CSluiceLinux).
@inline(never)
func system_setlease(_ fd: CInt, _ type: CInt) -> CInt { CSluiceLinux_setlease(fd, type) }

/// inotify_init1(2). The corresponding C function is `inotify_init1`.
@inline(never)
func system_inotify_init1(_ flags: CInt) -> CInt { inotify_init1(flags) }

/// inotify_add_watch(2). The corresponding C function is `inotify_add_watch`.
@inline(never)
func system_inotify_add_watch(_ fd: CInt, _ path: UnsafePointer<CChar>, _ mask: UInt32) -> CInt {
    inotify_add_watch(fd, path, mask)
}

/// poll(2). The corresponding C function is `poll`.
@inline(never)
func system_poll(_ fds: UnsafeMutablePointer<pollfd>, _ count: nfds_t, _ timeout: CInt) -> CInt {
    poll(fds, count, timeout)
}

/// fdopendir(3)/readdir(3) are used through `DirectoryListing`; readdir reports errors via errno only.
@inline(never)
func system_fdopendir(_ fd: CInt) -> OpaquePointer? { fdopendir(fd) }
