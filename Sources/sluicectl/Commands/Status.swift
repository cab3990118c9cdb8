import ArgumentParser
import Foundation
import SluiceCore
import SluiceStore

extension SluiceCtl {
    /// `sluicectl status`: totals from the store and the spool.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what was ingested, what failed and what is waiting.")

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

            enum CodingKeys: String, CodingKey {
                case ingested, duplicates, failed, queued, incoming, active, held, lastSeq = "last_seq", store, spool
            }
        }

        func run() async throws {
            let spool = Spool(root: global.spool)
            var counts = JournalCounts(entries: 0, duplicates: 0, lastSeq: 0)
            do {
                counts = try await Journal.openReadOnly(path: global.databasePath).counts()
            } catch let error as StoreError where error.code == .missing {
                // No store yet: nothing ingested.
            }
            let files = spool.counts()
            let report = Report(
                ingested: counts.entries, duplicates: counts.duplicates, failed: files.failed,
                queued: files.incoming + files.active, incoming: files.incoming, active: files.active,
                held: files.hold, lastSeq: counts.lastSeq, store: global.databasePath, spool: spool.root)
            if output.json { return try Output.json(report) }
            Output.table(["", ""], [
                ["ingested", "\(report.ingested)"],
                ["duplicates", "\(report.duplicates)"],
                ["failed", "\(report.failed)"],
                ["queued", "\(report.queued) (incoming \(report.incoming), active \(report.active))"],
                ["held", "\(report.held)"],
                ["last seq", "\(report.lastSeq)"],
                ["store", report.store],
                ["spool", report.spool],
            ].map { $0 }, lastWidth: 200)
        }
    }
}
