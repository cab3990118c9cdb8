import Glibc
import Synchronization

/// Puts together the daemon's status from the queue, the statistics and the phase set by the parts
/// that start, reload and stop it, and measures the rate from periodic samples.
public final class DaemonMonitor: Sendable {
    private struct Sample { var at: ContinuousClock.Instant; var finished: Int }
    private struct State {
        var phase: DaemonStatus.State = .starting
        var samples: [Sample] = []
    }

    /// The pipeline's counters.
    public let statistics: IngestStatistics
    /// The queue between the watcher and the workers.
    public let queue: IngestQueue
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    /// How far back the rate looks.
    private let window: Duration

    public init(statistics: IngestStatistics, queue: IngestQueue, window: Duration = .seconds(5)) {
        self.statistics = statistics
        self.queue = queue
        self.window = window
    }

    /// Moves to `phase` (`running` after readiness, `reloading` and back, `stopping`).
    public func enter(_ phase: DaemonStatus.State) { state.withLock { $0.phase = phase } }

    /// Records the current totals for the rate; call about once a second.
    public func sample(now: ContinuousClock.Instant = .now) {
        let finished = Self.finished(statistics.snapshot)
        state.withLock { s in
            s.samples.append(Sample(at: now, finished: finished))
            s.samples.removeAll { now - $0.at > window }
        }
    }

    /// The status now.
    public func status(now: ContinuousClock.Instant = .now) -> DaemonStatus {
        let totals = statistics.snapshot
        let (phase, rate) = state.withLock { s -> (DaemonStatus.State, Double) in
            var rate = 0.0
            if let first = s.samples.first, now - first.at > .milliseconds(100) {
                rate = Double(Self.finished(totals) - first.finished) / (now - first.at).inSeconds
            }
            return (s.phase, rate)
        }
        let effective: DaemonStatus.State = (phase == .running && queue.phase == .paused) ? .paused : phase
        return DaemonStatus(
            state: effective, pid: getpid(),
            uptime: (now - started).inSeconds,
            queued: queue.depth, inFlight: queue.inFlight, rate: max(0, rate), totals: totals)
    }

    private static func finished(_ s: IngestStatistics.Snapshot) -> Int { s.ingested + s.duplicates + s.failed }
}

extension Duration {
    /// This duration in (fractional) seconds.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
