import ArgumentParser
import Foundation
import SluiceCore
import SluiceStore

extension SluiceCtl {
    /// `sluicectl show SEQ`: one entry, all fields.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one entry with all its fields.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Argument(help: "The entry's sequence number.")
        var seq: Int64

        @Flag(name: .long, help: "Print the original bytes exactly as they were dropped.")
        var raw = false

        func run() async throws {
            let journal = try Journal.openReadOnly(path: global.databasePath)
            if raw {
                guard let bytes = try await journal.raw(seq: seq) else { throw notFound }
                FileHandle.standardOutput.write(Data(bytes))
                return
            }
            guard let entry = try await journal.entry(seq: seq) else { throw notFound }
            if output.json { return try Output.json(entry) }
            var rows: [[String]] = [
                ["seq", "\(entry.seq)"],
                ["title", entry.title ?? "-"],
                ["language", entry.language ?? "-"],
                ["published", entry.published.map { "\($0.date) (\($0.precision.rawValue), from \($0.source.rawValue))" } ?? "-"],
                ["source", "\(entry.sourceName) (uid \(entry.sourceUID))"],
                ["received", entry.receivedAt],
                ["size", "\(entry.size) bytes"],
                ["sha256", entry.sha256],
                ["entry hash", entry.entryHash ?? "-"],
                ["prev hash", entry.prevHash ?? "-"],
            ]
            for key in entry.metadata.keys.sorted() { rows.append(["meta \(key)", entry.metadata[key]!]) }
            if !entry.entities.isEmpty { rows.append(["entities", entry.entities.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")]) }
            if !entry.topics.isEmpty { rows.append(["topics", entry.topics.joined(separator: ", ")]) }
            if let story = entry.story { rows.append(["story", story]) }
            Output.table(["", ""], rows, lastWidth: 200)
            print("")
            print(entry.text ?? "")
        }

        var notFound: some Error {
            StoreError(.readFailed, "no entry with seq \(seq) in \(global.databasePath)")
        }
    }
}
