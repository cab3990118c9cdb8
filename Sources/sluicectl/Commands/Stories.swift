import ArgumentParser
import SluiceCore
import SluiceControl

extension SluiceCtl {
    /// `sluicectl stories`: entries grouped by the event they report.
    struct Stories: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List stories: entries that report the same event, across languages.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "How many stories to show.")
        var limit: Int = 20

        @Option(name: .long, help: ArgumentHelp("Only stories with at least this many entries.", valueName: "n"))
        var minSize: Int = 1

        func run() async throws {
            let stories: [StorySummary] = try await global.call("stories", ["limit": .int(limit), "min_size": .int(minSize)])
            if output.json { return try Output.json(stories) }
            Output.table(["STORY", "ENTRIES", "LANGS", "PUBLISHED", "SEQS", "TITLE"], stories.map { s in
                [s.id, "\(s.entries)", s.languages.joined(separator: ","), s.published ?? "-",
                 s.seqs.map(String.init).joined(separator: ","), s.title ?? "-"]
            })
        }
    }
}
