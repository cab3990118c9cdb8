import ArgumentParser
import Foundation
import SluiceControl
import SluiceCore

extension SluiceCtl {
    /// `sluicectl export`: every entry, oldest first, one JSON object a line.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stream entries with their texts as JSON lines, oldest first.",
            discussion: "Runs in constant memory. Resumable: the last line on stderr names the last seq; pass it to --since to continue after it.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl

        @Option(name: .long, help: ArgumentHelp("Only entries after this seq.", valueName: "seq")) var since: Int64 = 0
        @Option(name: .long, help: ArgumentHelp("Output format (jsonl).", valueName: "format")) var format = "jsonl"
        @Option(name: .long, help: ArgumentHelp("At most this many entries.", valueName: "n")) var limit: Int?
        @Flag(name: .long, help: "Same as --format jsonl.") var json = false

        func validate() throws {
            guard format == "jsonl" else { throw ValidationError("--format takes jsonl") }
        }

        func run() async throws {
            var arguments: [String: JSONValue] = ["since": .int(Int(since))]
            if let limit { arguments["limit"] = .int(limit) }
            let session = try Session.open(globalOptions.resolved(root), for: "export")
            let summary = try await session.stream("export", arguments) { event in
                Output.line(event)
            }.decode(as: StreamSummary.self)
            FileHandle.standardError.write(Data("sluicectl: exported \(summary.count) entries; last seq \(summary.lastSeq)\n".utf8))
        }
    }

    /// `sluicectl follow`: new entries as they commit.
    struct Follow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print new entries as they are committed (like journalctl -f).",
            discussion: "Starts after the newest entry (or after --since SEQ) and runs until interrupted.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl

        @Option(name: .long, help: ArgumentHelp("Start after this seq instead of the newest entry.", valueName: "seq")) var since: Int64?
        @Option(name: .long, help: ArgumentHelp("Stop after this many entries.", valueName: "n")) var limit: Int?
        @Flag(name: .long, help: "One JSON object a line.") var json = false

        func run() async throws {
            var arguments: [String: JSONValue] = [:]
            if let since { arguments["since"] = .int(Int(since)) }
            if let limit { arguments["limit"] = .int(limit) }
            let session = try Session.open(globalOptions.resolved(root), for: "follow")
            let json = self.json
            _ = try await session.stream("follow", arguments) { event in
                if json { return Output.line(event) }
                guard let entry = try? event.decode(as: StoredEntry.self) else { return }
                print(Output.row(entry).joined(separator: "  "))
                fflush(nil)
            }
        }
    }
}

extension Output {
    /// One JSON value on its own line, flushed (for pipes such as `follow | jq`).
    static func line(_ value: JSONValue) {
        do { try jsonLine(value) } catch { return }
        fflush(nil)
    }
}
