import Glibc

/// The process's limit on open file descriptors (RLIMIT_NOFILE).
public enum OpenFileLimit {
    /// Descriptors kept for the spool, the store, inotify and the event loops, whatever the control
    /// socket's clients take.
    public static let reserved = 256

    /// Raises the soft limit to the hard one (systemd starts services at a soft 1024 under a hard
    /// 524288) and returns the soft limit in effect afterwards.
    @discardableResult
    public static func raiseToHard() -> Int {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return Int(clamping: limit.rlim_cur)  // RLIM_INFINITY (all ones) clamps to Int.max
    }

    /// How many control clients `configured` allows with `limit` descriptors, keeping `reserved` free.
    public static func clientBudget(configured: Int, limit: Int) -> Int {
        min(configured, max(1, limit - reserved))
    }
}
