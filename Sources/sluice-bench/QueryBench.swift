import ArgumentParser
import Foundation
import SluiceCore
import SluiceStore

/// `sluice-bench query`: times `search`, `list --entity` and `show` in-process, through the same
/// `JournalReader` / `JournalSearching` calls the control server makes, on a store opened read-only.
struct QueryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Time search, list --entity and show against a store; prints the samples (µs) as JSON.")

    @Option(name: .long, help: ArgumentHelp("The store (made by bulk-load).", valueName: "file")) var store: String
    @Option(name: .long, help: ArgumentHelp("Queries per kind.", valueName: "n")) var queries = 100
    @Option(name: .long, help: ArgumentHelp("Hits (or entries) asked for, as sluicectl's default.", valueName: "n")) var limit = 20
    @OptionGroup var corpus: CorpusOptions

    func run() async throws {
        let corpus = try corpus.corpus()
        let journal = try Journal.openReadOnly(path: store)
        let last = try await journal.counts().lastSeq
        guard last > 0 else { throw BenchError("the store \(store) is empty") }
        let words = QueryBench.searchQueries(corpus, count: queries)
        let entities = QueryBench.entityNames(corpus)
        let clock = ContinuousClock()
        // Warm up the page cache a little, as a store in use would be.
        for query in words.prefix(5) { _ = try await journal.search(query, limit: limit) }

        var search: [Double] = []
        var hits: [Int] = []
        for query in words {
            var found = 0
            let elapsed = try await clock.measure { found = try await journal.search(query, limit: limit).count }
            search.append(elapsed.micros)
            hits.append(found)
        }
        var entity: [Double] = []
        for i in 0..<queries {
            let filter = EntryFilter(limit: limit, entity: entities[i % entities.count])
            entity.append(try await clock.measure { _ = try await journal.list(filter) }.micros)
        }
        var show: [Double] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<queries {
            let seq = Int64.random(in: 1...last, using: &generator)
            show.append(try await clock.measure { _ = try await journal.entry(seq: seq) }.micros)
        }
        let result = QueryResult(entries: last, search: search, searchQueries: words, searchHits: hits, entity: entity, show: show)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        FileHandle.standardOutput.write(try encoder.encode(result))
        print()
    }

    struct QueryResult: Encodable {
        var entries: Int64
        var search: [Double]
        var searchQueries: [String]
        var searchHits: [Int]
        var entity: [Double]
        var show: [Double]
    }

    /// Queries in the languages of the corpus: per base text one word and one pair of words from its
    /// clean text (words of 6+ letters at fixed relative positions, not picked by hand), then rare
    /// made-up words of the generated tail; `count` in all.
    static func searchQueries(_ corpus: BenchCorpus, count: Int) -> [String] {
        var single: [String] = []
        var pairs: [String] = []
        for base in corpus.bases {
            let words = base.tagged.text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 6 }.map(String.init)
            guard words.count >= 4 else { continue }
            single.append(words[words.count / 3])
            pairs.append(words[words.count / 2] + " " + words[(words.count * 3) / 4])
        }
        var out: [String] = []
        var i = 0
        while out.count < count * 3 / 4 && (i < single.count || i < pairs.count) {
            if i < single.count { out.append(single[i]) }
            if i < pairs.count && out.count < count * 3 / 4 { out.append(pairs[i]) }
            i += 1
        }
        var k = 0
        while out.count < count {
            out.append(BenchCorpus.word(k * 7919, k % 3))
            k += 1
        }
        return out
    }

    /// The canonical names of the people, places and organisations of the base texts.
    static func entityNames(_ corpus: BenchCorpus) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for base in corpus.bases {
            for tag in base.tagged.entities where tag.kind != "other" && seen.insert(tag.name).inserted {
                names.append(tag.name)
            }
        }
        return names.isEmpty ? ["none"] : names
    }
}
