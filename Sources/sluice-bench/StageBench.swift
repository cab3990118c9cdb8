import ArgumentParser
import Foundation
import Glibc
import SluiceCore
import SluiceStore
import SluiceText

/// `sluice-bench stages`: what each stage costs per article on one core, in a release build.
///
/// parse (raw mode: decode, metadata, title) and tag (the whole text pipeline) per article over the
/// corpus texts; commit per file: `Journal.append` of pre-parsed records in batches of `batch` to a
/// store file (one transaction and fsync per batch, FTS5 and entity index included), in raw and full
/// mode (full: tagged records and story matching). Records are `prepare`d first, as the daemon's workers
/// do, so the commit is the single writer's part.
struct StageBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Time parse, tag and commit per article; prints µs per article as JSON.")

    @Option(name: .long, help: ArgumentHelp("Passes over the corpus for parse and tag.", valueName: "n")) var rounds = 20
    @Option(name: .long, help: ArgumentHelp("Files appended per commit measurement.", valueName: "n")) var files = 5120
    @Option(name: .long, help: ArgumentHelp("Files per transaction (the daemon's batch-size).", valueName: "n")) var batch = 256
    @Option(name: .long, help: ArgumentHelp("A scratch directory for the commit stores.", valueName: "dir")) var scratch: String
    @OptionGroup var corpus: CorpusOptions

    func run() async throws {
        let corpus = try corpus.corpus()
        let raws = corpus.bases.map(\.raw)
        let plain = ArticlePipeline()
        let tagger = ArticleTagger()
        let parse = StageBench.perItem(raws, rounds: rounds) { bytes in _ = try? plain.parse(bytes, name: SpoolName("x")) }
        let tag = StageBench.perItem(raws, rounds: rounds) { bytes in _ = try? tagger.parse(bytes, name: SpoolName("x")) }
        let (commitRaw, commitRawCPU) = try await commit(corpus, tagged: false, name: "raw")
        let (commitFull, commitFullCPU) = try await commit(corpus, tagged: true, name: "full")
        let bytes = raws.reduce(0) { $0 + $1.count } / raws.count
        print(#"{"articles":\#(raws.count),"average_bytes":\#(bytes),"parse_us":\#(parse),"tag_us":\#(tag),"commit_raw_us":\#(commitRaw),"commit_raw_cpu_us":\#(commitRawCPU),"commit_full_us":\#(commitFull),"commit_full_cpu_us":\#(commitFullCPU),"batch":\#(batch)}"#)
    }

    /// Median over `rounds` passes of the time per item, after one warm-up pass.
    static func perItem(_ items: [[UInt8]], rounds: Int, _ body: ([UInt8]) -> Void) -> Double {
        for item in items { body(item) }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, rounds) {
            let elapsed = clock.measure { for item in items { body(item) } }
            samples.append(elapsed.micros / Double(items.count))
        }
        return samples.sorted()[samples.count / 2]
    }

    /// µs per file of appending `files` pre-built records in batches to a new store: elapsed, and the
    /// process's CPU time (the rest is waiting, mostly for fsync).
    func commit(_ corpus: BenchCorpus, tagged: Bool, name: String) async throws -> (Double, Double) {
        let path = scratch + "/commit-\(name).db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let journal = try Journal.open(path: path, stories: tagged ? StoryClusterer() : nil)
        // The daemon's workers prepare records (derived data as JSON) in parallel; the commit is the append.
        var records = (0..<files).map { corpus.record($0, tagged: tagged, receivedAt: nowMicros()) }
        for i in records.indices { journal.prepare(&records[i]) }
        let clock = ContinuousClock()
        let cpuBefore = StageBench.cpuMicros()
        let elapsed = try await clock.measure {
            var start = 0
            while start < records.count {
                let end = min(records.count, start + batch)
                _ = try await journal.append(Array(records[start..<end]))
                start = end
            }
        }
        let cpu = StageBench.cpuMicros() - cpuBefore
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return (elapsed.micros / Double(files), cpu / Double(files))
    }

    /// The process's CPU time (user + system, all threads) in microseconds.
    static func cpuMicros() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
    }
}
