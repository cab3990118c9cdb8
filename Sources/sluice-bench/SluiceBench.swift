import ArgumentParser

/// `sluice-bench`: the in-process parts of `make bench` (bench/run.py drives it).
///
/// Not installed and not part of the operator's tools: it builds large stores through the journal's own
/// append path and times single stages, so that the benchmark need not go through the spool for them.
@main
struct SluiceBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-bench",
        abstract: "Benchmark helpers for sluice (used by `make bench`, see docs/bench.md).",
        subcommands: [BulkLoad.self, QueryBench.self, StageBench.self])
}

/// Where the generated articles come from: directories of `*.txt` articles.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A directory of *.txt articles to generate from (repeatable).", valueName: "dir"))
    var texts: [String] = []

    func corpus() throws -> BenchCorpus {
        guard !texts.isEmpty else { throw ValidationError("give at least one --texts DIR") }
        return try BenchCorpus(directories: texts)
    }
}
