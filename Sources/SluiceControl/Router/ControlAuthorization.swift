/// Who may run mutating commands (pause, resume, retry, hold, release, reload).
///
/// Read-only commands are open to anyone who can connect (the socket's mode and group decide that).
/// Mutating commands need a *privileged* peer: uid 0 (unless `rootIsPrivileged` is false), the daemon's
/// own uid, or a member of `group` — by its primary gid at connect time, or by the group list of its
/// user's passwd entry (`getgrouplist(3)`, which also sees supplementary groups from NSS).
public struct ControlAuthorization: Sendable, Hashable {
    /// Whether uid 0 is privileged. Default true; tests (which run as root) turn it off.
    public var rootIsPrivileged: Bool
    /// The daemon's own uid, privileged; nil for none. Default `geteuid()`.
    public var daemonUID: UInt32?
    /// A group whose members are privileged; nil for none. Default nil.
    public var group: UInt32?

    /// - Parameters:
    ///   - rootIsPrivileged: whether uid 0 may mutate (default true).
    ///   - daemonUID: the daemon's uid, privileged (default the effective uid of this process).
    ///   - group: a gid whose members may mutate (default none).
    public init(rootIsPrivileged: Bool = true, daemonUID: UInt32? = ControlAuthorization.effectiveUID, group: UInt32? = nil) {
        self.rootIsPrivileged = rootIsPrivileged
        self.daemonUID = daemonUID
        self.group = group
    }

    /// The effective uid of this process (`geteuid(2)`).
    public static var effectiveUID: UInt32 { system_geteuid() }

    /// Whether `peer` may run a command of the given access.
    public func permits(_ access: ControlRouter.Access, peer: PeerCredentials) -> Bool {
        access == .read || isPrivileged(peer)
    }

    /// Whether `peer` may run mutating commands.
    ///
    /// - Important: the group check may read the passwd and group databases (NSS); call it off the
    ///   event loop.
    public func isPrivileged(_ peer: PeerCredentials) -> Bool {
        if rootIsPrivileged && peer.uid == 0 { return true }
        if let daemonUID, peer.uid == daemonUID { return true }
        guard let group else { return false }
        if peer.gid == group { return true }
        return GroupMembership.user(uid: peer.uid, isMemberOf: group)
    }

    /// Who is privileged, for a `permission-denied` message.
    var privilegedDescription: String {
        var who: [String] = []
        if rootIsPrivileged { who.append("root") }
        if let daemonUID, !(rootIsPrivileged && daemonUID == 0) { who.append("the daemon's user (uid \(daemonUID))") }
        if let group { who.append("members of group \(GroupMembership.groupName(group).map { "\($0) (gid \(group))" } ?? "gid \(group)")") }
        if who.isEmpty { return "nobody" }
        if who.count == 1 { return who[0] }
        return who.dropLast().joined(separator: ", ") + " or " + who.last!
    }
}
