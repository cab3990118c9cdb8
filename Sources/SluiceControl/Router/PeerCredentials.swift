/// Who is on the other end of a control connection, as the kernel reports it (`SO_PEERCRED`):
/// the credentials of the process that called `connect(2)`, which the peer cannot forge.
public struct PeerCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The peer's process id at connect time.
    public var pid: Int32
    /// The peer's effective user id.
    public var uid: UInt32
    /// The peer's effective primary group id.
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// `pid 123 uid 1000 gid 1000`.
    public var description: String { "pid \(pid) uid \(uid) gid \(gid)" }
}

/// The memory layout of Linux's `struct ucred` (`pid_t pid; uid_t uid; gid_t gid;`), which Swift's
/// Glibc module hides behind `_GNU_SOURCE`. Read through NIO's `unsafeGetSocketOption`, because the
/// accepted channel does not expose its descriptor to `CSluiceLinux_peercred`.
struct SocketPeerCredentials: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0

    var credentials: PeerCredentials { PeerCredentials(pid: pid, uid: uid, gid: gid) }
}
