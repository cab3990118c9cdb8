/// What the daemon is doing, for `STATUS=`, `sluicectl status` and the control protocol.
public struct DaemonStatus: Sendable, Codable, Equatable {
    /// The daemon's phase.
    public enum State: String, Sendable, Codable {
        /// Recovering, opening the store, binding the socket, scanning: not ready yet.
        case starting
        /// Claiming and committing files.
        case running
        /// An operator paused claiming: files stay in incoming/.
        case paused
        /// Re-reading its configuration.
        case reloading
        /// Finishing its last batch before exit.
        case stopping
    }

    public var state: State
    /// The daemon's process id.
    public var pid: Int32
    /// Seconds since the daemon started.
    public var uptime: Double
    /// Names waiting for a worker.
    public var queued: Int
    /// Files being read, parsed or committed.
    public var inFlight: Int
    /// Files finished (stored, duplicate or quarantined) per second over the last few seconds.
    public var rate: Double
    /// What this process has done since it started.
    public var totals: IngestStatistics.Snapshot

    enum CodingKeys: String, CodingKey {
        case state, pid, uptime, queued, inFlight = "in_flight", rate, totals
    }

    public init(state: State, pid: Int32, uptime: Double, queued: Int, inFlight: Int, rate: Double, totals: IngestStatistics.Snapshot) {
        self.state = state
        self.pid = pid
        self.uptime = uptime
        self.queued = queued
        self.inFlight = inFlight
        self.rate = rate
        self.totals = totals
    }

    /// One line for `STATUS=` (shown by `systemctl status`).
    public var summary: String {
        var line = state == .running ? "" : "\(state.rawValue); "
        if let condition = totals.condition { line += "\(condition): not claiming; " }
        line += "queue \(queued), \(Int(rate.rounded())) files/s; ingested \(totals.ingested), duplicates \(totals.duplicates), failed \(totals.failed)"
        if let error = totals.lastError { line += "; last error: \(error.prefix(120))" }
        return line
    }
}
