import ArgumentParser
import Foundation
import SluiceCore
import SluiceStore
import SluiceText

extension SluiceCtl {
    /// `sluicectl retag`: recompute derived tags from the stored raw bytes.
    struct Retag: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute tags of stored entries from their raw bytes (after the gazetteer, rules or code improved).",
            discussion: "Works in transactions of --batch entries beside a running sluiced (which keeps ingesting). The raw bytes, the journal fields and the hash chain are not touched. Interrupted? Run again with --since the last seq it printed.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Start after this seq.", valueName: "seq"))
        var since: Int64 = 0

        @Option(name: .long, help: ArgumentHelp("Entries per transaction.", valueName: "n"))
        var batch: Int = 500

        @Option(name: .long, help: ArgumentHelp("Topic rules (TOML); default: /etc/sluice/topics.toml when it exists, else the built-in rules.", valueName: "file"))
        var topics: String?

        struct Report: Encodable { var retagged: Int; var lastSeq: Int64 }

        func run() async throws {
            var configuration = SluiceConfiguration()
            configuration.topicsFile = topics
            let tagger = ArticleTagger(topics: try TopicClassifier.forConfiguration(configuration))
            _ = try Journal.openReadOnly(path: global.databasePath)  // exists, and not from a newer sluice
            let journal = try Journal.open(path: global.databasePath, stories: StoryClusterer())
            let json = output.json
            let count = try await journal.retag(afterSeq: since, batchSize: max(1, batch), parse: { raw, name in
                try? tagger.parse(raw, name: SpoolName(name))
            }, progress: { seq in
                if !json { FileHandle.standardError.write(Data("retagged up to seq \(seq)\n".utf8)) }
            })
            let last = try await journal.counts().lastSeq
            if json { try Output.json(Report(retagged: count, lastSeq: last)) } else { print("retagged \(count) entries") }
        }
    }
}
