import ArgumentParser
import SluiceControl
import SluiceCore

extension SluiceCtl {
    /// `sluicectl list`: the newest entries, filtered.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored entries, newest first.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "How many entries to show.")
        var limit: Int = 20

        @Option(name: .long, help: ArgumentHelp("Show entries after this seq, oldest first (for paging).", valueName: "seq"))
        var afterSeq: Int64?

        @Option(name: .customLong("lang"), help: ArgumentHelp("Only entries in this language (ISO 639-1).", valueName: "code"))
        var language: String?

        @Option(name: .long, help: ArgumentHelp("Only entries mentioning this entity (canonical name, e.g. \"Ilham Aliyev\").", valueName: "name"))
        var entity: String?

        @Option(name: .long, help: ArgumentHelp("Only entries with this topic.", valueName: "name"))
        var topic: String?

        @Option(name: .long, help: ArgumentHelp("Only entries published on or after this date (YYYY[-MM[-DD]]).", valueName: "date"))
        var since: String?

        @Option(name: .long, help: ArgumentHelp("Only entries published on or before this date (YYYY[-MM[-DD]]).", valueName: "date"))
        var until: String?

        @Flag(name: .long, help: "Print one JSON object per line.")
        var jsonl = false

        func validate() throws {
            guard limit >= 1 && limit <= 100_000 else { throw ValidationError("--limit must be from 1 to 100000") }
            for date in [since, until].compactMap({ $0 }) where !Self.isDate(date) {
                throw ValidationError("dates take the form YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'")
            }
        }

        static func isDate(_ s: String) -> Bool {
            let parts = s.split(separator: "-", omittingEmptySubsequences: false)
            let widths = [4, 2, 2]
            return (1...3).contains(parts.count) && zip(parts, widths).allSatisfy { p, w in p.count == w && p.allSatisfy(\.isASCII) && Int(p) != nil }
        }

        func run() async throws {
            var arguments: [String: JSONValue] = ["limit": .int(limit)]
            if let afterSeq { arguments["after_seq"] = .int(Int(afterSeq)) }
            if let language { arguments["lang"] = .string(language) }
            if let entity { arguments["entity"] = .string(entity) }
            if let topic { arguments["topic"] = .string(topic) }
            if let since { arguments["since"] = .string(since) }
            if let until { arguments["until"] = .string(until) }
            let entries: [StoredEntry] = try await global.call("list", arguments)
            if jsonl {
                for entry in entries { try Output.jsonLine(entry) }
                return
            }
            if output.json { return try Output.json(entries) }
            Output.entries(entries)
        }
    }
}
