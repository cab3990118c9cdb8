public import Foundation
import Glibc
public import SystemPackage

/// The spool directory tree and every file operation on it (DESIGN.md §2).
///
/// ```
/// tmp/       producers write here
/// incoming/  producers rename finished files here (the watched directory)
/// active/    claimed files, until their batch is durable
/// failed/    quarantined files with NAME.reason.json
/// hold/      files an operator put aside
/// ```
/// All operations are synchronous system calls on local directories.
public struct Spool: Sendable {
    /// The spool's root directory (absolute).
    public let root: String
    public var tmp: String { root + "/tmp" }
    public var incoming: String { root + "/incoming" }
    public var active: String { root + "/active" }
    public var failed: String { root + "/failed" }
    public var hold: String { root + "/hold" }

    /// The directories and the modes they are created with (before the umask). Producers need to
    /// write tmp/ and incoming/; the rest is the daemon's.
    var layout: [(String, mode_t)] {
        [(tmp, 0o2775), (incoming, 0o2775), (active, 0o750), (failed, 0o750), (hold, 0o750)]
    }

    public init(root: String) {
        self.root = Spool.absolute(root)
    }

    /// Makes `path` absolute against the working directory and drops a trailing slash.
    public static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        // Drop "." segments and repeated or trailing slashes; ".." stays (it may cross a symlink).
        let parts = joined.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }

    // MARK: - Start-up

    /// Creates the spool tree where missing and checks that every part is a real directory.
    ///
    /// - Throws: `SpoolError` `spool-unusable` when a part cannot be created, is a symlink or is not a
    ///   directory.
    public func prepare() throws(SpoolError) {
        let parent = (root as NSString).deletingLastPathComponent
        if !parent.isEmpty && !FileManager.default.fileExists(atPath: parent) {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        for (path, mode) in [(root, mode_t(0o755))] + layout {
            let existed = (try? Sys.linkStatus(SystemPath(path)).get()) != nil
            if !existed {
                // Created without the setgid bit (a seccomp RestrictSUIDSGID= filter refuses any mkdir
                // asking for it), then given the intended mode explicitly, since mkdir(2) also applies
                // the umask. Existing directories (systemd-tmpfiles made them) are left as they are.
                if case .failure(let e) = Sys.makeDirectory(SystemPath(path), mode: mode & 0o777) {
                    throw SpoolError.unusable(path, errno: e)
                }
                _ = Sys.open(SystemPath(path), flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW).flatMap { fd in
                    defer { Sys.close(fd) }
                    return Sys.changeMode(fd, mode)
                }
            }
            switch Sys.linkStatus(SystemPath(path)) {
            case .failure(let e): throw SpoolError.unusable(path, errno: e)
            case .success(let st) where st.kind == .symlink:
                throw SpoolError(.unusable, "\(path) is a symbolic link; point --spool at the real directory so that renames stay inside one file system")
            case .success(let st) where st.kind != .directory:
                throw SpoolError(.unusable, "\(path) exists but is not a directory; move it away")
            case .success: break
            }
        }
    }

    /// Moves everything left in active/ (by a crash) back to incoming/ so it is processed again.
    ///
    /// A name already taken in incoming/ gets a `.recovered-N` suffix rather than replacing a newer file.
    /// - Returns: the names the files have in incoming/ now.
    public func recoverActive() throws(SpoolError) -> [SpoolName] {
        let names: [SpoolName]
        switch DirectoryListing.names(in: active) {
        case .failure(let e): throw SpoolError.unusable(active, errno: e)
        case .success(let n): names = n
        }
        var recovered: [SpoolName] = []
        for name in names.sorted() {
            var target = name
            var attempt = 0
            while true {
                switch Sys.rename(SystemPath(active, name), to: SystemPath(incoming, target)) {
                case .success:
                    recovered.append(target)
                    FaultInjection.crash(.crashDuringRecovery, target.description)
                case .failure(.fileExists) where attempt < 1000:
                    attempt += 1
                    target = name.appending(".recovered-\(attempt)")
                    continue
                case .failure(.noSuchFileOrDirectory):
                    break
                case .failure(let e):
                    throw SpoolError.io("moving back", SystemPath(active, name), errno: e)
                }
                break
            }
        }
        return recovered
    }

    // MARK: - Claiming and reading

    /// Whether a name that just appeared by creation (IN_CREATE) is complete already: anything that
    /// is not a regular file (a symlink, FIFO, directory, device) or a hard link to an existing file.
    /// A new regular file is still being written; its IN_CLOSE_WRITE says when it is done.
    public func isCreatedComplete(_ name: SpoolName) -> Bool {
        guard case .success(let st) = Sys.linkStatus(SystemPath(incoming, name)) else { return false }
        return st.kind != .regular || st.linkCount > 1
    }

    /// The outcome of `claim(_:)`.
    public enum Claim: Sendable, Equatable {
        /// The file is in active/ now and belongs to the caller.
        case claimed
        /// Not in incoming/ (already taken, or removed by its producer).
        case gone
        /// A producer still has it open for writing (it was written in place, not renamed in).
        case busy
        /// active/ already holds a file of that name (its batch is not durable yet).
        case conflict
    }

    /// Whether leases can tell if a file is still being written (false without CAP_LEASE for files
    /// owned by other users, or on file systems without lease support).
    public enum WriterProbe: Sendable { case available, unavailable(Errno) }

    /// Claims `name`: checks that no producer still writes it, then renames it from incoming/ into
    /// active/ with RENAME_NOREPLACE.
    public func claim(_ name: SpoolName, probe: (Errno) -> Void = { _ in }) throws(SpoolError) -> Claim {
        let source = SystemPath(incoming, name)
        if case .success(let st) = Sys.linkStatus(source), st.kind == .regular,
           case .success(let fd) = Sys.open(source, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK) {
            let writers = Sys.hasNoWriters(fd)
            Sys.close(fd)
            switch writers {
            case .success(false): return .busy
            case .success(true): break
            case .failure(let e): probe(e)
            }
        }
        switch Sys.rename(source, to: SystemPath(active, name)) {
        case .success: return .claimed
        case .failure(.noSuchFileOrDirectory): return .gone
        case .failure(.fileExists): return .conflict
        case .failure(let e): throw SpoolError.io("claiming", source, errno: e)
        }
    }

    /// A claimed file, read whole and checked.
    public struct ClaimedFile: Sendable {
        public var name: SpoolName
        public var bytes: [UInt8]
        public var status: FileStatus
    }

    /// The outcome of `read(_:maxSize:)`.
    public enum ReadResult: Sendable {
        case file(ClaimedFile)
        /// The file must be quarantined; `status` is what fstat said, when it got that far.
        case reject(QuarantineError, FileStatus?)
        /// It vanished from active/ (an operator moved it).
        case gone
        /// The daemon is out of a resource (file descriptors, memory): nothing is wrong with the file,
        /// which must be tried again rather than quarantined.
        case transient(Errno)
    }

    /// Errors of open(2) and read(2) that say the daemon ran out of something, not that the file is bad.
    static let transientErrors: Set<Errno> = [.tooManyOpenFiles, .tooManyOpenFilesInSystem, .noMemory]

    /// Opens a claimed file with O_NOFOLLOW | O_NONBLOCK, checks it with fstat (regular file, one
    /// link, at most `maxSize` bytes) and reads it whole.
    public func read(_ name: SpoolName, maxSize: Int) -> ReadResult {
        let path = SystemPath(active, name)
        let fd: FileDescriptor
        switch Sys.open(path, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY) {
        case .success(let f): fd = f
        case .failure(.tooManySymbolicLinkLevels):
            return .reject(QuarantineError(.symlink, "\(name) is a symbolic link; drop the file itself, not a link to it"), try? Sys.linkStatus(path).get())
        case .failure(.noSuchFileOrDirectory): return .gone
        case .failure(let e) where Spool.transientErrors.contains(e): return .transient(e)
        case .failure(.permissionDenied), .failure(.notPermitted):
            return .reject(QuarantineError(.unreadable, "\(name) is not readable by the daemon; make it readable by its user or group"), try? Sys.linkStatus(path).get())
        case .failure(let e):
            return .reject(QuarantineError(.readError, "\(name) could not be opened: \(e)"), try? Sys.linkStatus(path).get())
        }
        defer { Sys.close(fd) }
        let st: FileStatus
        switch Sys.status(fd) {
        case .success(let s): st = s
        case .failure(let e): return .reject(QuarantineError(.readError, "\(name): fstat failed: \(e)"), nil)
        }
        return read(fd, name, st, maxSize: maxSize)
    }

    /// Checks and reads an open file whose fstat said `st`.
    private func read(_ fd: FileDescriptor, _ name: SpoolName, _ st: FileStatus, maxSize: Int) -> ReadResult {
        if let rejection = Spool.check(st, name: name, maxSize: maxSize) { return .reject(rejection, st) }
        FaultInjection.crash(.crashMidRead, name.description)
        switch Sys.readAll(fd, sizeHint: Int(st.size), limit: maxSize) {
        case .failure(let e) where Spool.transientErrors.contains(e):
            return .transient(e)
        case .failure(let e):
            return .reject(QuarantineError(.readError, "\(name) could not be read: \(e)"), st)
        case .success(let r) where r.truncated:
            return .reject(QuarantineError(.tooLarge, "\(name) grew past the limit of \(maxSize) bytes while being read"), st)
        case .success(let r):
            return .file(ClaimedFile(name: name, bytes: r.bytes, status: st))
        }
    }

    /// The outcome of `take(_:maxSize:probe:)`: `claim` and `read` in one.
    public enum Take: Sendable {
        /// Claimed (in active/ now) and read.
        case file(ClaimedFile)
        /// Claimed (in active/ now); it must be quarantined.
        case reject(QuarantineError, FileStatus?)
        /// Claimed (in active/ now) but not readable for lack of a resource (`ReadResult.transient`):
        /// to be put back and tried again.
        case transient(Errno)
        /// As `Claim.gone`, `.busy`, `.conflict`: nothing was claimed.
        case gone, busy, conflict
    }

    /// Claims and reads `name` with one descriptor: opens it in incoming/, asks the writer probe on that
    /// descriptor, renames it into active/ (RENAME_NOREPLACE), makes sure the name moved is still the
    /// file opened, then reads it. Same outcomes as `claim` followed by `read`, with three system calls
    /// fewer per file. Anything unusual (not a regular file, cannot be opened, replaced in incoming/
    /// between the open and the rename) goes the way of `claim` and `read`.
    public func take(_ name: SpoolName, maxSize: Int, probe: (Errno) -> Void = { _ in }) throws(SpoolError) -> Take {
        let source = SystemPath(incoming, name)
        let fd: FileDescriptor
        switch Sys.open(source, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY) {
        case .success(let f): fd = f
        case .failure(.noSuchFileOrDirectory): return .gone
        case .failure: return try claimThenRead(name, maxSize: maxSize, probe: probe)
        }
        defer { Sys.close(fd) }
        guard case .success(let st) = Sys.status(fd), st.kind == .regular else {
            return try claimThenRead(name, maxSize: maxSize, probe: probe)
        }
        switch Sys.hasNoWriters(fd) {
        case .success(false): return .busy
        case .success(true): break
        case .failure(let e): probe(e)
        }
        let target = SystemPath(active, name)
        switch Sys.rename(source, to: target) {
        case .success: FaultInjection.crash(.crashAfterClaim, name.description)
        case .failure(.noSuchFileOrDirectory): return .gone
        case .failure(.fileExists): return .conflict
        case .failure(let e): throw SpoolError.io("claiming", source, errno: e)
        }
        // A producer may have renamed another file over the name after the open: then active/ holds that
        // one, and it is the one to read.
        guard case .success(let moved) = Sys.linkStatus(target), moved.device == st.device, moved.inode == st.inode else {
            return Take(read(name, maxSize: maxSize))
        }
        return Take(read(fd, name, st, maxSize: maxSize))
    }

    private func claimThenRead(_ name: SpoolName, maxSize: Int, probe: (Errno) -> Void) throws(SpoolError) -> Take {
        switch try claim(name, probe: probe) {
        case .gone: return .gone
        case .busy: return .busy
        case .conflict: return .conflict
        case .claimed:
            FaultInjection.crash(.crashAfterClaim, name.description)
            return Take(read(name, maxSize: maxSize))
        }
    }

    /// The fd checks of DESIGN.md §2, each with its own reason code.
    static func check(_ st: FileStatus, name: SpoolName, maxSize: Int) -> QuarantineError? {
        switch st.kind {
        case .regular: break
        case .directory: return QuarantineError(.directory, "\(name) is a directory; drop files only")
        case .fifo: return QuarantineError(.fifo, "\(name) is a named pipe; drop regular files only")
        case .socket: return QuarantineError(.socket, "\(name) is a socket; drop regular files only")
        case .characterDevice, .blockDevice: return QuarantineError(.device, "\(name) is a device node; drop regular files only")
        case .symlink: return QuarantineError(.symlink, "\(name) is a symbolic link; drop the file itself")
        case .unknown: return QuarantineError(.readError, "\(name) is not a regular file")
        }
        if st.linkCount > 1 {
            return QuarantineError(.hardlink, "\(name) has \(st.linkCount) hard links; drop a file with a single link (copy it, or write it in tmp/ and rename it)")
        }
        if st.size > Int64(maxSize) {
            return QuarantineError(.tooLarge, "\(name) is \(st.size) bytes, more than max-file-size (\(maxSize)); split it or raise max-file-size")
        }
        return nil
    }

    // MARK: - Finishing

    /// Gives a claimed file back: renames it from active/ to incoming/ (never over a newer file of the
    /// same name; then it stays in active/, where the next start recovers it).
    public func unclaim(_ name: SpoolName) -> Result<Void, Errno> {
        Sys.rename(SystemPath(active, name), to: SystemPath(incoming, name))
    }

    /// Removes a committed file from active/. A file already gone is not an error.
    public func release(_ name: SpoolName) throws(SpoolError) {
        switch Sys.unlink(SystemPath(active, name)) {
        case .success, .failure(.noSuchFileOrDirectory): return
        case .failure(let e): throw SpoolError.io("removing committed file", SystemPath(active, name), errno: e)
        }
    }

    /// Puts a claimed file into failed/ with a `NAME.reason.json` sidecar.
    ///
    /// The sidecar is written (and fsync'd) first, then the file is renamed beside it: a crash in
    /// between leaves the file in active/, where recovery finds it and quarantines it again, over the
    /// orphaned sidecar.
    /// - Returns: the name it has in failed/ (suffixed `.N` when the dropped name was taken).
    @discardableResult
    public func quarantine(
        _ name: SpoolName, reason: QuarantineError, status: FileStatus?, now: Date = Date()
    ) throws(SpoolError) -> SpoolName {
        var attempt = 0
        while true {
            let target = attempt == 0 ? name : name.appending(".\(attempt)")
            let sidecar = target.appending(QuarantineRecord.sidecarSuffix)
            attempt += 1
            if attempt > 10_000 { throw SpoolError(.io, "no free name in \(failed) for \(name)") }
            if case .success = Sys.linkStatus(SystemPath(failed, target)) { continue }
            // A sidecar without its file is what a crash between the two steps below leaves: the file
            // went back to incoming/ by recovery and is being quarantined again. It is overwritten.
            let record = QuarantineRecord(
                name: target.description, originalName: name.description, code: reason.code.rawValue,
                message: reason.message, time: now, uid: status?.uid, size: status?.size)
            try writeDurably(SystemPath(failed, sidecar), Spool.encode(record))
            FaultInjection.crash(.crashMidQuarantine, name.description)
            switch Sys.rename(SystemPath(active, name), to: SystemPath(failed, target)) {
            case .success: return target
            case .failure(.fileExists):
                _ = Sys.unlink(SystemPath(failed, sidecar))
                continue
            case .failure(.noSuchFileOrDirectory):
                _ = Sys.unlink(SystemPath(failed, sidecar))
                return target
            case .failure(let e):
                _ = Sys.unlink(SystemPath(failed, sidecar))
                throw SpoolError.io("quarantining", SystemPath(active, name), errno: e)
            }
        }
    }

    static func encode(_ record: QuarantineRecord) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(record)) ?? Data()) + [0x0A]
    }

    /// Writes `bytes` to `path` through a temporary name, fsync, rename.
    func writeDurably(_ path: SystemPath, _ bytes: [UInt8]) throws(SpoolError) {
        let tmpPath = path.appending(".tmp")
        let fd: FileDescriptor
        switch Sys.open(tmpPath, flags: O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, mode: 0o640) {
        case .success(let f): fd = f
        case .failure(let e): throw SpoolError.io("creating", tmpPath, errno: e)
        }
        let written = Sys.writeAll(fd, bytes).flatMap { Sys.fsync(fd) }
        Sys.close(fd)
        if case .failure(let e) = written {
            _ = Sys.unlink(tmpPath)
            throw SpoolError.io("writing", tmpPath, errno: e)
        }
        if case .failure(let e) = Sys.rename(tmpPath, to: path, noReplace: false) {
            _ = Sys.unlink(tmpPath)
            throw SpoolError.io("renaming", tmpPath, errno: e)
        }
    }

    // MARK: - Listing

    /// The files waiting in incoming/ (ignored names left out), oldest first.
    public func incomingEntries() throws(SpoolError) -> PackedEntries {
        switch DirectoryListing.entriesOldestFirst(in: incoming, include: { !$0.isIgnored }) {
        case .success(let e): return e
        case .failure(let e): throw SpoolError.unusable(incoming, errno: e)
        }
    }

    /// How many files each directory holds (sidecars and ignored names not counted).
    public struct Counts: Sendable, Equatable, Codable {
        public var incoming = 0, active = 0, failed = 0, hold = 0
    }

    /// Counts the files in incoming/, active/, failed/ and hold/.
    public func counts() -> Counts {
        func count(_ dir: String, _ include: (SpoolName) -> Bool) -> Int {
            ((try? DirectoryListing.names(in: dir).get()) ?? []).filter(include).count
        }
        return Counts(
            incoming: count(incoming) { !$0.isIgnored },
            active: count(active) { _ in true },
            failed: count(failed) { !$0.isReasonSidecar && !$0.hasSuffix(".reason.json.tmp") },
            hold: count(hold) { _ in true })
    }

    /// The sidecars in failed/, oldest first.
    public func quarantined() -> [QuarantineRecord] {
        let names = ((try? DirectoryListing.names(in: failed).get()) ?? []).filter(\.isReasonSidecar)
        let decoder = JSONDecoder()
        return names.compactMap { name -> QuarantineRecord? in
            // Read by bytes: a name that is not UTF-8 has no faithful String spelling.
            guard case .success(let fd) = Sys.open(SystemPath(failed, name), flags: O_RDONLY | O_NOFOLLOW) else { return nil }
            defer { Sys.close(fd) }
            guard case .success(let read) = Sys.readAll(fd, sizeHint: 1024, limit: 1 << 20) else { return nil }
            return try? decoder.decode(QuarantineRecord.self, from: Data(read.bytes))
        }.sorted { ($0.time, $0.name) < ($1.time, $1.name) }
    }
}

extension Spool.Take {
    init(_ result: Spool.ReadResult) {
        switch result {
        case .file(let file): self = .file(file)
        case .reject(let reason, let status): self = .reject(reason, status)
        case .gone: self = .gone
        case .transient(let errno): self = .transient(errno)
        }
    }
}
