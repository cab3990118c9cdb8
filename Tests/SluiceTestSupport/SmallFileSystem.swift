import Foundation
import Glibc

/// A size-limited tmpfs mounted over a directory in a private mount namespace, for disk-full tests.
///
/// A holder process (`unshare --mount --propagation private`, then `sleep`) owns the namespace, so
/// the mount lives as long as the test wants (across daemon restarts) and vanishes with the holder,
/// leaving nothing mounted on the machine. `launcher` runs a program inside the namespace; the test
/// reaches the files through `/proc/HOLDER/root`.
public final class SmallFileSystem: @unchecked Sendable {
    /// The directory the tmpfs covers (the same path inside and outside the namespace).
    public let mountPoint: String
    private let holder: Process

    /// Why this machine cannot run the disk-full tests, or nil when it can (root, mount namespaces).
    public static let unavailableReason: String? = {
        guard getuid() == 0 else { return "needs root to mount a small tmpfs in a private mount namespace" }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"), FileManager.default.isExecutableFile(atPath: "/usr/bin/nsenter") else {
            return "needs unshare and nsenter (util-linux)"
        }
        guard let dir = try? TemporaryDirectory("mountprobe") else { return "no temporary directory" }
        defer { dir.remove() }
        let probe = try? runBlocking("/usr/bin/unshare", ["--mount", "--propagation", "private", "--", "/bin/sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", dir.path])
        guard probe?.status == 0 else { return "cannot mount a tmpfs in a private mount namespace here: \(probe?.stderr ?? "unshare failed")" }
        return nil
    }()

    /// Mounts a tmpfs of `size` (mount's syntax: `8m`) over `mountPoint` in a new mount namespace.
    public init(mountPoint: String, size: String) async throws {
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        self.mountPoint = mountPoint
        holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        holder.arguments = ["--mount", "--propagation", "private", "--", "/bin/sh", "-c",
                            "mount -t tmpfs -o size=\(size),mode=0755 tmpfs \"$0\" && exec sleep 86400", mountPoint]
        holder.standardInput = FileHandle.nullDevice
        try holder.run()
        let mountinfo = "/proc/\(holder.processIdentifier)/mountinfo"
        try await waitUntil("tmpfs mounted on \(mountPoint)") { [holder] in
            guard holder.isRunning else { throw DeadlineExceeded(description: "the mount namespace holder exited \(holder.terminationStatus)") }
            let info = (try? String(contentsOfFile: mountinfo, encoding: .utf8)) ?? ""
            return info.split(separator: "\n").contains { $0.contains(" \(mountPoint) ") && $0.contains(" - tmpfs ") }
        }
    }

    /// The command prefix that runs a program inside the namespace.
    public var launcher: [String] { ["/usr/bin/nsenter", "--target", "\(holder.processIdentifier)", "--mount", "--"] }

    /// A path under the mount point, as the test reaches it from outside the namespace.
    public func outside(_ relative: String) -> String { "/proc/\(holder.processIdentifier)/root\(mountPoint)/\(relative)" }

    /// Writes a filler file until the file system is full. - Returns: the bytes written.
    @discardableResult
    public func fill(name: String = "filler") throws -> Int {
        let fd = open(outside(name), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw DeadlineExceeded(description: "cannot create \(outside(name)): errno \(errno)") }
        defer { close(fd) }
        let block = [UInt8](repeating: 0x5A, count: 64 * 1024)
        var total = 0
        while true {
            let n = block.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { total += n; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && errno != ENOSPC { throw DeadlineExceeded(description: "filling \(mountPoint): errno \(errno)") }
            break
        }
        // The last partial block: fill the remaining bytes one page at a time.
        let page = [UInt8](repeating: 0x5A, count: 4096)
        while page.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 { total += page.count }
        return total
    }

    /// Removes the filler file: space returns.
    public func free(name: String = "filler") throws {
        guard unlink(outside(name)) == 0 else { throw DeadlineExceeded(description: "cannot remove \(outside(name)): errno \(errno)") }
    }

    /// Ends the holder; the mount goes with its namespace.
    public func stop() {
        if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
        holder.waitUntilExit()
    }

    deinit { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) } }
}
