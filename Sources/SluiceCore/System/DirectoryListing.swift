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
        var names: [SpoolName] = []
        return walk(path) { name, _ in names.append(SpoolName(bytes: Array(name))) }.map { names }
    }

    /// Calls `body` with each name in `path` (`.` and `..` left out; the buffer is NUL-terminated)
    /// and the directory's descriptor, for calls relative to it.
    private static func walk(_ path: String, _ body: (UnsafeRawBufferPointer, CInt) -> Void) -> Result<Void, Errno> {
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
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(rawValue: errno)) }
                return .success(())
            }
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let name = UnsafeRawBufferPointer(rebasing: raw[..<length])
                if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { return }
                body(name, dirFD.rawValue)
            }
        }
    }

    /// The entries in `path` whose names pass `include`, with their modification times, oldest first
    /// (ties broken by name so the order is stable). Packed: a backlog of 200,000 files costs about
    /// 40 bytes each, not a `String`-sized object per name.
    public static func entriesOldestFirst(
        in path: String, include: (SpoolName) -> Bool
    ) -> Result<PackedEntries, Errno> {
        var entries = PackedEntries()
        let walked = walk(path) { raw, dirFD in
            let name = SpoolName(bytes: Array(raw))
            guard include(name) else { return }
            // Relative to the open directory (the buffer is NUL-terminated): no path built per name.
            var st = stat()
            let rc = system_lstatat(dirFD, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &st)
            entries.append(name, modifiedNanoseconds: rc == 0 ? FileStatus(st).modifiedNanoseconds : 0)
        }
        if case .failure(let e) = walked { return .failure(e) }
        entries.sortOldestFirst()
        return .success(entries)
    }
}

/// Directory entries packed for large listings: every name's bytes in one buffer and 16 bytes of
/// index per entry. A collection of `DirectoryEntry`, each made when it is read.
public struct PackedEntries: RandomAccessCollection, Sendable {
    private struct Slot: Sendable {
        var modifiedNanoseconds: Int64
        var start: UInt32
        var count: UInt32
    }
    private var bytes: [UInt8] = []
    private var slots: [Slot] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> DirectoryEntry {
        let slot = slots[position]
        let start = Int(slot.start)
        return DirectoryEntry(name: SpoolName(bytes: Array(bytes[start..<start + Int(slot.count)])), modifiedNanoseconds: slot.modifiedNanoseconds)
    }

    mutating func append(_ name: SpoolName, modifiedNanoseconds: Int64) {
        slots.append(Slot(modifiedNanoseconds: modifiedNanoseconds, start: UInt32(bytes.count), count: UInt32(name.bytes.count)))
        bytes += name.bytes
    }

    /// Sorts by modification time, then by name.
    mutating func sortOldestFirst() {
        let bytes = self.bytes
        bytes.withUnsafeBufferPointer { buffer in
            func name(_ slot: Slot) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[Int(slot.start)..<Int(slot.start) + Int(slot.count)])
            }
            slots.sort { a, b in
                a.modifiedNanoseconds != b.modifiedNanoseconds
                    ? a.modifiedNanoseconds < b.modifiedNanoseconds
                    : name(a).lexicographicallyPrecedes(name(b))
            }
        }
    }
}
