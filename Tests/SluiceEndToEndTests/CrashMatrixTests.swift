import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// The crash matrix (docs/reliability.md): a burst of files dropped in chunks, the daemon killed with
/// SIGKILL at chosen moments (test-only fault points, `SLUICE_FAULTS`) and at random ones (from
/// outside, after a random number of stored files), restarted each time; after every restart that
/// settles, every good file is in the store exactly once, every bad one in failed/ once with its
/// reason, the spool is empty and `sluicectl verify` passes.
///
/// Sizes (`SLUICE_TORTURE`): quick 2,000 files / 6 kills, ci 8,000 / 20, full 20,000 / 24.
/// `SLUICE_CRASH_FILES`, `SLUICE_CRASH_KILLS` and `SLUICE_CRASH_SEED` override.
@Suite(.serialized, .timeLimit(.minutes(20)))
struct CrashMatrixTests {
    /// A moment the daemon dies at.
    enum Moment: CustomStringConvertible {
        /// A fault point, hit `hit` times before it fires (the count is drawn when the round starts).
        case fault(String, maxHit: Int)
        /// Start-up recovery of what the previous kill left in active/.
        case duringRecovery
        /// SIGKILL from outside once `stored` more files are in the store.
        case sigkill(stored: Int)

        var description: String {
            switch self {
            case .fault(let name, _): name
            case .duringRecovery: "crash-during-recovery"
            case .sigkill: "sigkill-random"
            }
        }
    }

    /// The moments, in order, for `kills` kills of rounds of `chunk` files; recovery crashes come right
    /// after a kill that leaves files in active/.
    static func schedule(kills: Int, chunk: Int, rng: inout SeededGenerator) -> [Moment] {
        let half = max(1, chunk / 2)
        let cycle: [Moment] = [
            .fault("crash-after-claim", maxHit: half),
            .fault("crash-mid-batch", maxHit: 2),
            .duringRecovery,
            .fault("crash-after-commit", maxHit: 2),
            .fault("crash-mid-quarantine", maxHit: 2),
            .sigkill(stored: Int.random(in: 1...half, using: &rng)),
            .fault("crash-mid-read", maxHit: half),
            .fault("crash-mid-release", maxHit: half),
            .duringRecovery,
            .sigkill(stored: Int.random(in: 1...half, using: &rng)),
        ]
        return (0..<kills).map { i in
            if case .sigkill = cycle[i % cycle.count] { return .sigkill(stored: Int.random(in: 1...half, using: &rng)) }
            return cycle[i % cycle.count]
        }
    }

    /// What one kill looked like.
    struct Kill: CustomStringConvertible {
        var moment: String
        var spec: String
        var incoming: Int
        var active: Int
        var description: String { "\(spec): left incoming \(incoming), active \(active)" }
    }

    @Test func sigkillAtEveryMoment_everyFileStoredExactlyOnce_orQuarantinedOnce() async throws {
        let files = Torture.size(quick: 2000, ci: 8000, full: 20_000, override: "SLUICE_CRASH_FILES")
        let killCount = Torture.size(quick: 6, ci: 20, full: 24, override: "SLUICE_CRASH_KILLS")
        let seed = UInt64(ProcessInfo.processInfo.environment["SLUICE_CRASH_SEED"] ?? "") ?? UInt64.random(in: 1...999_999)
        var rng = SeededGenerator(seed: seed)
        let chunk = files / killCount
        let moments = Self.schedule(kills: killCount, chunk: chunk, rng: &rng)
        print("crash matrix: \(files) files, \(killCount) kills, seed \(seed)")

        let box = try Sandbox("crash")
        defer { box.remove() }
        for dir in ["tmp", "incoming"] {
            try FileManager.default.createDirectory(atPath: box.spool + "/" + dir, withIntermediateDirectories: true)
        }
        // Small batches: more commits per round, so every moment has several places to land.
        let config = "batch-size = 64\n"
        let good = try distinctArticles(files, prefix: "crash")
        var dropped = DroppedFiles()
        var kills: [Kill] = []
        var settles = 0
        var findings: [DroppedFiles.Findings] = []

        for (round, planned) in moments.enumerated() {
            // A recovery crash needs files in active/; when the last kill left none, a random kill instead.
            var moment = planned
            if case .duringRecovery = planned, box.names(in: "active").isEmpty {
                moment = .sigkill(stored: Int.random(in: 1...max(1, chunk / 2), using: &rng))
            }
            // This round's files: its share of the burst, about 2% of them bad (binary or empty).
            let range = (round * chunk)..<(round == moments.count - 1 ? files : (round + 1) * chunk)
            var batch = Array(good[range])
            for item in batch { dropped.addGood(item.name, item.contents) }
            let badCount = max(2, range.count / 50)
            for i in 0..<badCount {
                let name = "bad-\(round)-\(i)"
                let empty = i % 4 == 3
                batch.append((name, empty ? [] : [0x7F, 0x45, 0x4C, 0x46, 0x00, UInt8(i & 0xFF), UInt8(round & 0xFF), 0x00]))
                dropped.addBad(name, code: empty ? "empty" : "binary")
            }

            var environment: [String: String] = [:]
            var spec = moment.description
            switch moment {
            case .fault(let name, let maxHit):
                spec = "\(name)@\(Int.random(in: 1...maxHit, using: &rng))"
                environment["SLUICE_FAULTS"] = spec
            case .duringRecovery:
                let left = box.names(in: "active").count
                spec = "crash-during-recovery@\(Int.random(in: 1...max(1, left), using: &rng))"
                environment["SLUICE_FAULTS"] = spec
            case .sigkill(let stored):
                spec = "sigkill after \(stored) stored"
            }

            // Even rounds find their files at start (the scan), odd ones get them live (inotify); a
            // recovery crash dies before it is ready, so its files are there first.
            let dropFirst: Bool
            if case .duringRecovery = moment { dropFirst = true } else { dropFirst = round % 2 == 0 }
            if dropFirst { try box.burst(batch) }
            let storedBefore = await round == 0 ? 0 : try box.status().ingested
            let daemon = try box.startRawDaemon(extraConfig: config, environment: environment)
            if !dropFirst {
                try await box.waitForSpool(daemon)
                try box.burst(batch)
            }

            // The kill
            if case .sigkill(let stored) = moment {
                try await waitUntil("\(stored) more stored", timeout: .seconds(120)) {
                    guard daemon.isRunning else { throw DeadlineExceeded(description: "sluiced exited: \(daemon.log)") }
                    return try await box.status().ingested >= storedBefore + stored
                }
                daemon.send(SIGKILL)
            }
            try await daemon.waitForExit(timeout: .seconds(120))
            #expect(daemon.terminatedBySignal, "\(spec): sluiced exited instead of being killed: \(daemon.log)")
            if case .sigkill = moment {} else {
                #expect(daemon.log.contains("fault injection: \(spec.split(separator: "@")[0]) fired"), "\(spec): \(daemon.log)")
            }
            let kill = Kill(moment: moment.description, spec: spec, incoming: box.names(in: "incoming").count, active: box.names(in: "active").count)
            kills.append(kill)

            // A recovery crash next needs files in active/; else restart and let it settle.
            if round + 1 < moments.count, case .duringRecovery = moments[round + 1], kill.active > 0 { continue }
            let settled = try box.startRawDaemon(extraConfig: config)
            try await box.waitForSpool(settled)
            try await waitUntil("round \(round) settles", timeout: .seconds(180)) {
                let s = try await box.status()
                return s.ingested == dropped.good.count && s.failed == dropped.bad.count && s.queued == 0
            }
            #expect(try await settled.stop() == 0)
            let found = try await dropped.check(box)
            #expect(found.isClean, "after \(spec): \(found)")
            findings.append(found)
            settles += 1
        }

        // The report
        let final = try #require(findings.last)
        let moments_ = Set(kills.map(\.moment))
        print("crash matrix: \(files) files (\(dropped.good.count) good, \(dropped.bad.count) bad), \(kills.count) kills at \(moments_.count) kinds of moment, \(settles) settled restarts; final: \(final)")
        for kill in kills { print("  kill: \(kill)") }
        let duplicatesCounter = try await box.status().duplicates
        print("crash matrix: store duplicates counter \(duplicatesCounter) (recovered re-commits that the store counted)")
        #expect(kills.count == killCount)
        #expect(final.entries == dropped.good.count)
        #expect(final.lost.isEmpty && final.duplicated.isEmpty)
        // Most kills must land while work was in flight, or the matrix proves little.
        #expect(kills.filter { $0.incoming + $0.active > 0 }.count >= killCount * 3 / 4, "\(kills)")
    }
}
