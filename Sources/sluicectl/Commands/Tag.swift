import ArgumentParser
import Foundation
import SluiceCore
import SluiceText

extension SluiceCtl {
    /// `sluicectl tag FILE…`: the text pipeline on files, without the daemon.
    struct Tag: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the text pipeline on files and print what it finds.",
            discussion: "Needs no daemon and writes nothing. Prints one JSON object per file (see docs/tagging.md): title, language, paragraph_languages, published, entities with mention offsets, topics, removed boilerplate with reasons, and the clean text.")

        @Option(name: .long, help: ArgumentHelp("Topic rules (TOML); default: /etc/sluice/topics.toml when it exists, else the built-in rules.", valueName: "file"))
        var topics: String?

        @Flag(name: .long, help: "Print JSON (always on; kept for symmetry with the other commands).")
        var json = false

        @Flag(name: .long, help: "Pretty-print the JSON.")
        var pretty = false

        @Option(name: .long, help: ArgumentHelp("Run the pipeline this many times over the files (as the daemon does: decode to topics plus the story signature, setup excluded) and print the time per article (wall and CPU time of the thread) instead of the results.", valueName: "n"))
        var benchmark: Int?

        @Argument(help: ArgumentHelp("Files to tag.", valueName: "file"))
        var files: [String]

        func run() async throws {
            var configuration = SluiceConfiguration()
            configuration.topicsFile = topics
            let tagger = ArticleTagger(topics: try TopicClassifier.forConfiguration(configuration))
            if let rounds = benchmark { return try measure(tagger, rounds: max(1, rounds)) }
            var failures = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("sluicectl: \(file): cannot read\n".utf8))
                    failures += 1
                    continue
                }
                let result: TagResult
                do throws(QuarantineError) {
                    result = try tagger.tag(Array(data), file: file)
                } catch {
                    FileHandle.standardError.write(Data("sluicectl: \(file): \(error.code.rawValue): \(error.message)\n".utf8))
                    failures += 1
                    continue
                }
                if pretty { try Output.json(result) } else { try Output.jsonLine(result) }
            }
            if failures > 0 { throw ExitCode(1) }
        }

        /// Times the daemon's per-file work (`ArticleTagger.parse`: decode to topics and the story
        /// signature) per article. Files are read before the clock starts, and one untimed pass first
        /// pays the one-time setup (gazetteer, CLDR tables).
        func measure(_ tagger: ArticleTagger, rounds: Int) throws {
            let inputs = files.compactMap { FileManager.default.contents(atPath: $0).map { Array($0) } }
            let name = SpoolName("benchmark.txt")
            for bytes in inputs { _ = try? tagger.parse(bytes, name: name) }
            let clock = ContinuousClock()
            let cpuStart = Self.threadCPUSeconds()
            let elapsed = clock.measure {
                for _ in 0..<rounds { for bytes in inputs { _ = try? tagger.parse(bytes, name: name) } }
            }
            let cpu = Self.threadCPUSeconds() - cpuStart
            let articles = rounds * inputs.count
            let bytes = rounds * inputs.reduce(0) { $0 + $1.count }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(String(format: "%d articles, %.1f KB average: %.3f ms per article (%.3f ms CPU), %.1f MB/s", articles,
                         Double(bytes) / Double(articles) / 1024, seconds * 1000 / Double(articles),
                         cpu * 1000 / Double(articles), Double(bytes) / seconds / 1e6))
        }

        /// CPU time of the calling thread: unlike wall time, it does not count time the thread waited for
        /// a core on a loaded machine.
        static func threadCPUSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
    }
}
