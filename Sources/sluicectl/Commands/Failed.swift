import ArgumentParser
import SluiceControl
import SluiceCore

extension SluiceCtl {
    /// `sluicectl failed`: quarantined files with their reasons.
    struct Failed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List quarantined files (SPOOL/failed/) with their reason codes.",
            discussion: "`sluicectl retry NAME` puts one back into incoming/ once its cause is fixed.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let records: [QuarantineRecord] = try await global.call("failed")
            if output.json { return try Output.json(records) }
            Output.table(["TIME", "CODE", "NAME", "MESSAGE"], records.map { [$0.time, $0.code, $0.name, $0.message] })
        }
    }
}
