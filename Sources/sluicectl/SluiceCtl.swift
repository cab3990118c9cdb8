import ArgumentParser
import Foundation
import SluiceCore

/// `sluicectl`: the operator's tool for a sluice spool and store.
struct SluiceCtl: AsyncParsableCommand {
    /// `--state` / `--spool` given before the command name.
    @OptionGroup var global: GlobalOptions

    static let configuration = CommandConfiguration(
        commandName: "sluicectl",
        abstract: "Inspect and feed a sluice spool and its journaled store.",
        discussion: """
            Reads the store in STATE/sluice.db read-only (it is safe while sluiced runs) and the spool \
            directories. Exit status: 0 ok, 1 failure, 2 usage error, 4 verify found corruption.
            """,
        version: "0.1.0",
        subcommands: [Submit.self, Status.self, List.self, Show.self, Verify.self, Tag.self, Stories.self, Retag.self])

    /// Maps errors to the exit codes of DESIGN.md §5: usage 2, verify corruption 4, anything else 1.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .validationFailure || code.rawValue == 64 {
                if code != .success { FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8)) }
                else { print(fullMessage(for: error)) }
                Foundation.exit(code == .success ? 0 : 2)
            }
            FileHandle.standardError.write(Data("sluicectl: \(Self.describe(error))\n".utf8))
            Foundation.exit(1)
        }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? any SluiceError { return e.message }
        return fullMessage(for: error)
    }
}

@main
enum Entry {
    static func main() async { await SluiceCtl.main() }
}

/// Options every subcommand takes, before or after the command name
/// (`sluicectl --state DIR list` and `sluicectl list --state DIR` both work).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("State directory holding sluice.db (default ./state).", valueName: "dir"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Spool directory (default ./spool).", valueName: "dir"))
    var spool: String?
}

/// The resolved global options of a subcommand: its own flags, else the root's, else the defaults.
struct Locations {
    var state: String
    var spool: String
    var databasePath: String { Spool.absolute(state) + "/sluice.db" }
}

extension GlobalOptions {
    /// These options, else the root command's, else the defaults.
    func resolved(_ root: SluiceCtl) -> Locations {
        Locations(
            state: state ?? root.global.state ?? "./state",
            spool: spool ?? root.global.spool ?? "./spool")
    }
}

/// `--json` on every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false
}
