import ArgumentParser
import Foundation
import SluiceCore
import SluiceControl

extension SluiceCtl {
    /// `sluicectl verify`: recompute every hash; exit 4 on corruption.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every content hash and the hash chain.",
            discussion: "Exits 4 and names the first bad entry when any entry was edited, deleted or reordered.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let report: VerifyReport = try await global.call("verify")
            if output.json {
                try Output.json(report)
            } else if report.ok {
                print("ok: \(report.checked) entries verified")
            } else {
                print("corrupt: entry \(report.firstBadSeq.map(String.init) ?? "?"): \(report.problem ?? "unknown problem") (\(report.checked) entries before it verified)")
            }
            if !report.ok { throw ExitCode(4) }
        }
    }
}
