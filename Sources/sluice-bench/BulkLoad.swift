import ArgumentParser
import Foundation
import SluiceCore
import SluiceStore

/// `sluice-bench bulk-load`: fills a store with N generated articles through `Journal.append`, in big
/// batches (one transaction each), for the query benchmark.
struct BulkLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulk-load",
        abstract: "Append N generated articles to a store through the journal's append path.",
        discussion: "Entries are raw mode (as with tagging = false), but every --tagged-every-th carries the text pipeline's tags of its base text (entities, language, topics), so that `list --entity` has something to find; stories are not assigned. Resumable: a store with k entries gets entries k+1 to N.")

    @Option(name: .long, help: ArgumentHelp("The store to create or extend.", valueName: "file")) var store: String
    @Option(name: .long, help: ArgumentHelp("How many entries the store should hold.", valueName: "n")) var count: Int
    @Option(name: .long, help: ArgumentHelp("Files per transaction.", valueName: "n")) var batch = 5000
    @Option(name: .long, help: ArgumentHelp("Every n-th entry carries the text pipeline's tags, the others are raw mode (0: none).", valueName: "n"))
    var taggedEvery = 10
    @OptionGroup var corpus: CorpusOptions

    func run() async throws {
        let corpus = try corpus.corpus()
        let journal = try Journal.open(path: store)
        let start = Int(try await journal.counts().lastSeq)
        let clock = ContinuousClock()
        let began = clock.now
        var next = start
        while next < count {
            let end = min(count, next + batch)
            let receivedAt = nowMicros()
            var records = (next..<end).map { corpus.record($0, tagged: taggedEvery > 0 && $0 % taggedEvery == 0, receivedAt: receivedAt) }
            for i in records.indices { journal.prepare(&records[i]) }
            _ = try await journal.append(records)
            next = end
            if (next / batch) % 20 == 0 || next == count {
                let rate = Double(next - start) / ((clock.now - began).micros / 1e6)
                FileHandle.standardError.write(Data("bulk-load: \(next) / \(count) entries, \(Int(rate)) per second\n".utf8))
            }
        }
        let seconds = (clock.now - began).micros / 1e6
        print(#"{"entries":\#(count),"added":\#(count - start),"seconds":\#(seconds)}"#)
    }
}
