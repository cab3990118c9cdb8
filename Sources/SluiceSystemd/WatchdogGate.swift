/// Decides whether the watchdog may ping: only when the pipeline made progress since the last ping or
/// has nothing to do. A timer alone never pings, so a hung commit or a deadlocked stage stops the
/// pings and systemd restarts the service.
public struct WatchdogGate: Sendable {
    /// What the gate sees at each tick.
    public struct Observation: Sendable {
        /// `IngestStatistics.Snapshot.progress`: moves on every commit, failed commit attempt, quarantine.
        public var progress: Int
        /// Names waiting plus files in flight.
        public var pending: Int

        public init(progress: Int, pending: Int) {
            self.progress = progress
            self.pending = pending
        }
    }

    private var lastProgress: Int?

    public init() {}

    /// Whether to send `WATCHDOG=1` now; remembers the progress counter for the next tick.
    public mutating func shouldPing(_ observation: Observation) -> Bool {
        defer { lastProgress = observation.progress }
        if observation.pending == 0 { return true }
        guard let lastProgress else { return true }
        return observation.progress != lastProgress
    }
}
