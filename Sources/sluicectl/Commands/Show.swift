import ArgumentParser
import Foundation
import SluiceControl
import SluiceCore

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
            let shown: ShowResult = try await global.call("show", ["seq": .int(Int(seq)), "raw": .bool(raw)])
            if raw {
                FileHandle.standardOutput.write(Data(base64Encoded: shown.rawBase64 ?? "") ?? Data())
                return
            }
            let entry = shown.entry
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
            for entity in entry.entities {
                // Where the tag came from: the words of the text it was read from.
                let forms = Array(Set(entity.mentions.map(\.text))).sorted().joined(separator: ", ")
                rows.append(["entity", "\(entity.name) (\(entity.kind)) from: \(forms.isEmpty ? "-" : forms)"])
            }
            if !entry.topics.isEmpty { rows.append(["topics", entry.topics.joined(separator: ", ")]) }
            if let story = entry.story { rows.append(["story", story]) }
            Output.table(["", ""], rows, lastWidth: 200)
            print("")
            print(entry.text ?? "")
        }
    }
}
