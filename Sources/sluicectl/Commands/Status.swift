import ArgumentParser
import Foundation
import SluiceControl
import SluiceCore

extension SluiceCtl {
    /// `sluicectl status`: the daemon's state, the store's totals and the spool's files.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the daemon's state, what was ingested, what failed and what is waiting.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        /// The JSON shape: DESIGN.md §7 requires at least ingested, duplicates, failed, queued.
        struct Report: Encodable {
            var ingested: Int64
            var duplicates: Int64
            var failed: Int
            var queued: Int
            var incoming: Int
            var active: Int
            var held: Int
            var lastSeq: Int64
            var store: String
            var spool: String
            /// The running daemon's view; null when it is down.
            var daemon: DaemonStatus?

            enum CodingKeys: String, CodingKey {
                case ingested, duplicates, failed, queued, incoming, active, held, lastSeq = "last_seq", store, spool, daemon
            }

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(ingested, forKey: .ingested)
                try c.encode(duplicates, forKey: .duplicates)
                try c.encode(failed, forKey: .failed)
                try c.encode(queued, forKey: .queued)
                try c.encode(incoming, forKey: .incoming)
                try c.encode(active, forKey: .active)
                try c.encode(held, forKey: .held)
                try c.encode(lastSeq, forKey: .lastSeq)
                try c.encode(store, forKey: .store)
                try c.encode(spool, forKey: .spool)
                try c.encode(daemon, forKey: .daemon)  // null, not absent, when down
            }
        }

        func run() async throws {
            let result: StatusResult = try await global.call("status")
            let files = result.spool
            let report = Report(
                ingested: result.store.entries, duplicates: result.store.duplicates, failed: files.failed,
                queued: files.incoming + files.active, incoming: files.incoming, active: files.active,
                held: files.hold, lastSeq: result.store.lastSeq, store: result.storePath, spool: result.spoolPath,
                daemon: result.daemon)
            if output.json { return try Output.json(report) }
            var rows: [[String]] = []
            if let d = result.daemon {
                rows += [
                    ["state", "\(d.state.rawValue) (pid \(d.pid), up \(Self.duration(d.uptime)))"],
                    ["condition", d.totals.condition.map { "\($0): not claiming until the store commits again" } ?? "-"],
                    ["rate", String(format: "%.1f files/s", d.rate)],
                    ["queue", "\(d.queued) waiting, \(d.inFlight) in flight"],
                    ["since start", "ingested \(d.totals.ingested), duplicates \(d.totals.duplicates), failed \(d.totals.failed)"],
                    ["last error", d.totals.lastError ?? "-"],
                ]
            } else {
                rows.append(["state", "not running"])
            }
            rows += [
                ["ingested", "\(report.ingested)"],
                ["duplicates", "\(report.duplicates)"],
                ["failed", "\(report.failed)"],
                ["queued", "\(report.queued) (incoming \(report.incoming), active \(report.active))"],
                ["held", "\(report.held)"],
                ["last seq", "\(report.lastSeq)"],
                ["store", report.store],
                ["spool", report.spool],
            ]
            Output.table(["", ""], rows, lastWidth: 200)
        }

        static func duration(_ seconds: Double) -> String {
            let s = Int(seconds)
            if s < 120 { return "\(s)s" }
            if s < 7200 { return "\(s / 60)m" }
            if s < 172_800 { return "\(s / 3600)h \(s % 3600 / 60)m" }
            return "\(s / 86400)d \(s % 86400 / 3600)h"
        }
    }
}
