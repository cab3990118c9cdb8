import ArgumentParser
import SluiceCore
import SluiceStore

extension SluiceCtl {
    /// `sluicectl list`: the newest entries.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored entries, newest first.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "How many entries to show.")
        var limit: Int = 20

        @Option(name: .long, help: ArgumentHelp("Show entries after this seq, oldest first (for paging).", valueName: "seq"))
        var afterSeq: Int64?

        @Flag(name: .long, help: "Print one JSON object per line.")
        var jsonl = false

        func validate() throws {
            guard limit >= 1 && limit <= 100_000 else { throw ValidationError("--limit must be from 1 to 100000") }
        }

        func run() async throws {
            let journal = try Journal.openReadOnly(path: global.databasePath)
            let entries = try await journal.list(limit: limit, afterSeq: afterSeq, descending: afterSeq == nil)
            if jsonl {
                for entry in entries { try Output.jsonLine(entry) }
                return
            }
            if output.json { return try Output.json(entries) }
            Output.table(["SEQ", "RECEIVED", "LANG", "PUBLISHED", "SOURCE", "TITLE"], entries.map { e in
                ["\(e.seq)", String(e.receivedAt.prefix(19)).replacingOccurrences(of: "T", with: " "),
                 e.language ?? "-", e.published?.date ?? "-", e.sourceName, e.title ?? "-"]
            })
        }
    }
}
