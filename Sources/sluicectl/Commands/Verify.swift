import ArgumentParser
import Foundation
import SluiceCore
import SluiceControl
import SluiceStore

extension SluiceCtl {
    /// `sluicectl verify`: recompute every hash; exit 4 on corruption.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every content hash and the hash chain.",
            discussion: """
                Exits 4 and names the first bad entry when any entry was edited, deleted or reordered, \
                when entries recorded as committed in STATE/sluice.db-head are missing (a truncated WAL, \
                an older copy of the store), or, without naming an entry, when SQLite finds the database \
                file itself damaged ("database corrupt").
                """)

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let report: VerifyReport
            do {
                report = try await global.call("verify")
            } catch let error as StoreError where error.code == .corrupt {
                // SQLite refused to open the file at all (the daemon is down): corruption too.
                report = VerifyReport(checked: 0, problem: error.message)
            }
            if output.json {
                try Output.json(report)
            } else if report.ok {
                print("ok: \(report.checked) entries verified")
            } else {
                if let seq = report.firstBadSeq {
                    print("corrupt: entry \(seq): \(report.problem ?? "unknown problem") (\(report.checked) entries before it verified)")
                } else {
                    print("corrupt: \(report.problem ?? "unknown problem")")
                }
            }
            if !report.ok { throw ExitCode(4) }
        }
    }
}
