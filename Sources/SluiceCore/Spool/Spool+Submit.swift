import Foundation
import Glibc
import SystemPackage

extension Spool {
    /// Copies `file` into tmp/, fsyncs it, and renames it into incoming/ under its base name (with a
    /// `.N` suffix when that name is waiting already). The rename is what makes it visible, whole.
    ///
    /// - Returns: the name it has in incoming/.
    /// - Throws: `SpoolError` `spool-io` naming the file or directory that failed.
    public func submit(file: String) throws(SpoolError) -> SpoolName {
        let source = SystemPath(file)
        let input: FileDescriptor
        switch Sys.open(source, flags: O_RDONLY) {
        case .success(let fd): input = fd
        case .failure(let e): throw SpoolError.io("opening", source, errno: e)
        }
        defer { Sys.close(input) }
        let status: FileStatus
        switch Sys.status(input) {
        case .success(let st) where st.kind == .regular: status = st
        case .success: throw SpoolError(.io, "\(file) is not a regular file")
        case .failure(let e): throw SpoolError.io("reading", source, errno: e)
        }
        let bytes: [UInt8]
        switch Sys.readAll(input, sizeHint: Int(status.size), limit: Int.max - 1) {
        case .success(let r): bytes = r.bytes
        case .failure(let e): throw SpoolError.io("reading", source, errno: e)
        }
        let base = SpoolName(bytes: Array(file.utf8.split(separator: UInt8(ascii: "/")).last ?? []))
        let staged = SpoolName(".\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).part")
        let stagedPath = SystemPath(tmp, staged)
        let output: FileDescriptor
        switch Sys.open(stagedPath, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o644) {
        case .success(let fd): output = fd
        case .failure(let e): throw SpoolError.io("creating", stagedPath, errno: e)
        }
        let written = Sys.writeAll(output, bytes).flatMap { Sys.fsync(output) }
        Sys.close(output)
        if case .failure(let e) = written {
            _ = Sys.unlink(stagedPath)
            throw SpoolError.io("writing", stagedPath, errno: e)
        }
        var attempt = 0
        while true {
            let target = attempt == 0 ? base : base.appending(".\(attempt)")
            switch Sys.rename(stagedPath, to: SystemPath(incoming, target)) {
            case .success:
                _ = Sys.fsyncDirectory(SystemPath(incoming))
                return target
            case .failure(.fileExists) where attempt < 10_000:
                attempt += 1
            case .failure(let e):
                _ = Sys.unlink(stagedPath)
                throw SpoolError.io("renaming into incoming/", stagedPath, errno: e)
            }
        }
    }
}
