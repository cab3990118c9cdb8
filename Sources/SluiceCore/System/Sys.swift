import CSluiceLinux
import Glibc
public import SystemPackage

/// What `fstat(2)` says about a file, reduced to what the spool checks.
public struct FileStatus: Sendable, Equatable {
    /// The kind of file, from `st_mode & S_IFMT`.
    public enum Kind: Sendable, Equatable {
        case regular, directory, symlink, fifo, socket, characterDevice, blockDevice, unknown
    }

    public var kind: Kind
    public var linkCount: UInt64
    public var uid: UInt32
    public var gid: UInt32
    public var size: Int64
    public var mode: UInt32
    /// Modification time in nanoseconds since the epoch.
    public var modifiedNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64

    init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        default: kind = .unknown
        }
        linkCount = UInt64(st.st_nlink)
        uid = st.st_uid
        gid = st.st_gid
        size = Int64(st.st_size)
        mode = st.st_mode & 0o7777
        modifiedNanoseconds = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// Typed wrappers over the `system_*` calls: each returns `Result<_, Errno>` and retries EINTR.
///
/// Paths are `SystemPath`s (bytes), so names that are not UTF-8 work like any other.
public enum Sys {
    /// Opens `path` with `flags` (O_CLOEXEC is always added).
    public static func open(
        _ path: SystemPath, flags: CInt, mode: UInt32 = 0o644
    ) -> Result<FileDescriptor, Errno> {
        path.withCString { p in
            valueOrErrno { system_openat(AT_FDCWD, p, flags | O_CLOEXEC, mode) }
        }.map(FileDescriptor.init(rawValue:))
    }

    /// fstat(2) on an open descriptor.
    public static func status(_ fd: FileDescriptor) -> Result<FileStatus, Errno> {
        var st = stat()
        return valueOrErrno { system_fstat(fd.rawValue, &st) }.map { _ in FileStatus(st) }
    }

    /// fstatat(2) without following a final symlink.
    public static func linkStatus(_ path: SystemPath) -> Result<FileStatus, Errno> {
        var st = stat()
        return path.withCString { p in valueOrErrno { system_lstatat(AT_FDCWD, p, &st) } }.map { _ in FileStatus(st) }
    }

    /// Reads until end of file, at most `limit` bytes. Returns the bytes and whether more remained.
    public static func readAll(_ fd: FileDescriptor, sizeHint: Int, limit: Int) -> Result<(bytes: [UInt8], truncated: Bool), Errno> {
        var capacity = max(min(sizeHint, limit) + 1, 4096)
        var buffer = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == capacity {
                if capacity > limit { return .success((Array(buffer[0..<limit]), true)) }
                capacity = min(capacity * 2, limit + 1)
                buffer.append(contentsOf: repeatElement(0, count: capacity - buffer.count))
            }
            let want = capacity - count
            let r = buffer.withUnsafeMutableBytes { raw in
                valueOrErrno { system_read(fd.rawValue, raw.baseAddress! + count, want) }
            }
            switch r {
            case .failure(let e): return .failure(e)
            case .success(0):
                buffer.removeSubrange(count...)
                if count > limit { return .success((Array(buffer[0..<limit]), true)) }
                return .success((buffer, false))
            case .success(let n): count += n
            }
        }
    }

    /// Writes all of `bytes`.
    public static func writeAll(_ fd: FileDescriptor, _ bytes: some Collection<UInt8>) -> Result<Void, Errno> {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let r = array.withUnsafeBytes { raw in
                valueOrErrno { system_write(fd.rawValue, raw.baseAddress! + offset, array.count - offset) }
            }
            switch r {
            case .failure(let e): return .failure(e)
            case .success(let n): offset += n
            }
        }
        return .success(())
    }

    /// fsync(2).
    public static func fsync(_ fd: FileDescriptor) -> Result<Void, Errno> {
        valueOrErrno { system_fsync(fd.rawValue) }.map { _ in () }
    }

    /// close(2); EINTR is not retried (the descriptor is gone either way on Linux).
    public static func close(_ fd: FileDescriptor) {
        _ = system_close(fd.rawValue)
    }

    /// Opens a directory (O_DIRECTORY | O_RDONLY), fsyncs it and closes it: makes renames in it durable.
    public static func fsyncDirectory(_ path: SystemPath) -> Result<Void, Errno> {
        open(path, flags: O_RDONLY | O_DIRECTORY).flatMap { fd in
            defer { close(fd) }
            return fsync(fd)
        }
    }

    /// renameat2(2); with `noReplace` it fails with EEXIST rather than replace the target.
    public static func rename(
        _ from: SystemPath, to: SystemPath, noReplace: Bool = true
    ) -> Result<Void, Errno> {
        let flags = noReplace ? CSluiceLinux_RENAME_NOREPLACE : 0
        return from.withCString { f in
            to.withCString { t in
                valueOrErrno { system_renameat2(AT_FDCWD, f, AT_FDCWD, t, flags) }
            }
        }.map { _ in () }
    }

    /// unlinkat(2) of a file (or, with `directory`, an empty directory).
    public static func unlink(_ path: SystemPath, directory: Bool = false) -> Result<Void, Errno> {
        path.withCString { p in
            valueOrErrno { system_unlinkat(AT_FDCWD, p, directory ? AT_REMOVEDIR : 0) }
        }.map { _ in () }
    }

    /// mkdirat(2); an existing directory is not an error.
    public static func makeDirectory(_ path: SystemPath, mode: UInt32) -> Result<Void, Errno> {
        let r = path.withCString { p in valueOrErrno { system_mkdirat(AT_FDCWD, p, mode) } }
        switch r {
        case .success: return .success(())
        case .failure(.fileExists): return .success(())
        case .failure(let e): return .failure(e)
        }
    }

    /// fchmod(2).
    public static func changeMode(_ fd: FileDescriptor, _ mode: UInt32) -> Result<Void, Errno> {
        valueOrErrno { system_fchmod(fd.rawValue, mode) }.map { _ in () }
    }

    /// flock(2) with LOCK_EX | LOCK_NB: `.failure(.wouldBlock)` when another process holds it.
    public static func lockExclusive(_ fd: FileDescriptor) -> Result<Void, Errno> {
        valueOrErrno { system_flock(fd.rawValue, LOCK_EX | LOCK_NB) }.map { _ in () }
    }

    /// ftruncate(2).
    public static func truncate(_ fd: FileDescriptor, to length: Int64) -> Result<Void, Errno> {
        valueOrErrno { system_ftruncate(fd.rawValue, off_t(length)) }.map { _ in () }
    }

    /// fcntl(F_SETLEASE, F_RDLCK) then F_UNLCK: tells whether anyone holds `fd`'s file open for writing.
    ///
    /// - Returns: `.success(true)` when nobody writes it, `.success(false)` when a writer has it open
    ///   (EAGAIN), `.failure` when leases are not available here (EACCES without CAP_LEASE, EINVAL on
    ///   file systems without lease support).
    public static func hasNoWriters(_ fd: FileDescriptor) -> Result<Bool, Errno> {
        switch valueOrErrno({ system_setlease(fd.rawValue, CInt(F_RDLCK)) }) {
        case .success:
            _ = system_setlease(fd.rawValue, CInt(F_UNLCK))
            return .success(true)
        case .failure(.resourceTemporarilyUnavailable):
            return .success(false)
        case .failure(let e):
            return .failure(e)
        }
    }
}
