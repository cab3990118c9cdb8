import Glibc

/// Group lookups for `ControlAuthorization`, through the passwd and group databases (NSS).
enum GroupMembership {
    /// Whether the user `uid` belongs to `gid`: its passwd entry's primary group, or any group
    /// `getgrouplist(3)` lists for it. False when the uid has no passwd entry.
    static func user(uid: UInt32, isMemberOf gid: UInt32) -> Bool {
        guard let (name, primary) = passwdEntry(uid: uid) else { return false }
        if primary == gid { return true }
        return groupList(user: name, primary: primary).contains(gid)
    }

    /// The name and primary gid of `uid`'s passwd entry.
    static func passwdEntry(uid: UInt32) -> (name: String, gid: UInt32)? {
        var size = 1024
        while size <= 1 << 20 {
            var entry = passwd()
            var result: UnsafeMutablePointer<passwd>? = nil
            var buffer = [CChar](repeating: 0, count: size)
            let rc = buffer.withUnsafeMutableBufferPointer { buf in
                system_getpwuid_r(uid, &entry, buf.baseAddress!, size, &result)
            }
            if rc == ERANGE { size *= 4; continue }
            if rc == EINTR { continue }
            guard rc == 0, result != nil, let namePointer = entry.pw_name else { return nil }
            return (String(cString: namePointer), entry.pw_gid)
        }
        return nil
    }

    /// The name of group `gid`, if the group database has it.
    static func groupName(_ gid: UInt32) -> String? {
        var size = 1024
        while size <= 1 << 20 {
            var entry = group()
            var result: UnsafeMutablePointer<group>? = nil
            var buffer = [CChar](repeating: 0, count: size)
            let rc = buffer.withUnsafeMutableBufferPointer { buf in
                system_getgrgid_r(gid, &entry, buf.baseAddress!, size, &result)
            }
            if rc == ERANGE { size *= 4; continue }
            if rc == EINTR { continue }
            guard rc == 0, result != nil, let namePointer = entry.gr_name else { return nil }
            return String(cString: namePointer)
        }
        return nil
    }

    /// Every group of user `name` (whose passwd entry has `primary`), supplementary ones included.
    static func groupList(user name: String, primary: UInt32) -> [UInt32] {
        var capacity: CInt = 64
        while capacity <= 1 << 16 {
            var groups = [gid_t](repeating: 0, count: Int(capacity))
            var count = capacity
            let rc = name.withCString { user in
                groups.withUnsafeMutableBufferPointer { buf in
                    system_getgrouplist(user, primary, buf.baseAddress!, &count)
                }
            }
            if rc >= 0 { return Array(groups.prefix(Int(count))) }
            capacity = max(count, capacity * 2)
        }
        return [primary]
    }
}
