import ArgumentParser
import SluiceControl
import SluiceCore

extension SluiceCtl {
    /// `sluicectl search QUERY`: full-text search, best first.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search titles and texts, best matches first.",
            discussion: "Every word must occur (in any case, diacritics ignored: erdogan finds Erdoğan); a word ending in * is a prefix. Hits are shown bold on a terminal.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The words to find.", valueName: "query"))
        var query: [String]

        @Option(name: .long, help: "How many hits to show.")
        var limit: Int = 20

        func validate() throws {
            guard limit >= 1 && limit <= 100_000 else { throw ValidationError("--limit must be from 1 to 100000") }
        }

        func run() async throws {
            let hits: [SearchHit] = try await global.call("search", ["query": .string(query.joined(separator: " ")), "limit": .int(limit)])
            if output.json { return try Output.json(hits) }
            for hit in hits {
                let e = hit.entry
                print(Output.bold("\(e.seq)") + "  \(e.language ?? "-")  \(e.published?.date ?? "-")  \(e.title ?? e.sourceName)")
                print("    " + Output.highlight(hit.snippet))
            }
        }
    }
}
