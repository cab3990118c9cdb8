import CSystemd
import Glibc

/// The sockets systemd passed to this process (socket activation, `sd_listen_fds_with_names(3)`).
public struct ListenedSockets: Sendable {
    /// File descriptors by their `FileDescriptorName=`.
    public let named: [String: CInt]

    /// Takes the passed descriptors (once per process: the environment is unset afterwards so a
    /// second call, or a child, sees none). Empty when not socket-activated.
    public static func take() -> ListenedSockets {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = sd_listen_fds_with_names(1, &names)
        guard count > 0, let names else { return ListenedSockets(named: [:]) }
        defer { free(names) }
        var named: [String: CInt] = [:]
        for i in 0..<Int(count) {
            let fd = SD_LISTEN_FDS_START + CInt(i)
            let name = names[i].map { String(cString: $0) } ?? "unknown"
            names[i].map { free($0) }
            // Not inherited by anything the daemon might exec.
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            named[name] = fd
        }
        return ListenedSockets(named: named)
    }

    /// The descriptor named `name`, if systemd passed one; a single descriptor passed without a name
    /// (`FileDescriptorName=` unset: systemd calls it after the unit) is taken too.
    public func descriptor(named name: String) -> CInt? {
        if let fd = named[name] { return fd }
        return named.count == 1 ? named.values.first : nil
    }
}
