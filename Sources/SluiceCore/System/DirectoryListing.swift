import Glibc
public import SystemPackage

/// One entry of a directory listing.
public struct DirectoryEntry: Sendable, Equatable {
    public var name: SpoolName
    /// Modification time in nanoseconds since the epoch (0 when the entry vanished before it was stat'ed).
    public var modifiedNanoseconds: Int64
}

/// Lists a directory with opendir/readdir (the entries `.` and `..` left out).
public enum DirectoryListing {
    /// The names in `path`, unsorted, without `.` and `..`.
    public static func names(in path: String) -> Result<[SpoolName], Errno> {
        let dirFD: FileDescriptor
        switch Sys.open(SystemPath(path), flags: O_RDONLY | O_DIRECTORY) {
        case .failure(let e): return .failure(e)
        case .success(let fd): dirFD = fd
        }
        guard let dir = system_fdopendir(dirFD.rawValue) else {
            let e = Errno(rawValue: errno)
            Sys.close(dirFD)
            return .failure(e)
        }
        defer { closedir(dir) }
        var names: [SpoolName] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(rawValue: errno)) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(SpoolName(bytes: bytes))
        }
        return .success(names)
    }

    /// The entries in `path` whose names pass `include`, with their modification times, oldest first
    /// (ties broken by name so the order is stable).
    public static func entriesOldestFirst(
        in path: String, include: (SpoolName) -> Bool
    ) -> Result<[DirectoryEntry], Errno> {
        names(in: path).map { names in
            var entries: [DirectoryEntry] = []
            entries.reserveCapacity(names.count)
            for name in names where include(name) {
                let mtime = (try? Sys.linkStatus(SystemPath(path, name)).get())?.modifiedNanoseconds ?? 0
                entries.append(DirectoryEntry(name: name, modifiedNanoseconds: mtime))
            }
            entries.sort { a, b in
                a.modifiedNanoseconds != b.modifiedNanoseconds ? a.modifiedNanoseconds < b.modifiedNanoseconds : a.name < b.name
            }
            return entries
        }
    }
}
