import ArgumentParser
import Foundation
import SluiceControl
import SluiceCore

/// `sluicectl`: the operator's tool for a sluice spool and store.
struct SluiceCtl: AsyncParsableCommand {
    /// `--state` / `--spool` given before the command name.
    @OptionGroup var global: GlobalOptions

    static let configuration = CommandConfiguration(
        commandName: "sluicectl",
        abstract: "Inspect and feed a sluice spool and its journaled store.",
        discussion: """
            Talks to sluiced over its control socket (--socket; else STATE/control.sock with --state; \
            else `control-socket` of the configuration file; else ./state/control.sock). When the daemon \
            is down, read commands and the spool moves (retry, hold, release) are answered from the \
            store (STATE/sluice.db, read-only) and the spool directly, with a note on stderr.

            Settings come from the configuration file (--config, else /etc/sluice/sluiced.toml when it \
            exists), then these flags.

            Exit status: 0 ok, 1 failure, 2 usage error, 3 daemon not reachable (for commands that \
            need it), 4 verify found corruption.
            """,
        version: "0.1.0",
        subcommands: [
            Status.self, List.self, Show.self, Search.self, Stories.self, Failed.self,
            Retry.self, Hold.self, Release.self, Pause.self, Resume.self, Reload.self,
            Verify.self, Export.self, Follow.self, Submit.self, Metrics.self, Tag.self, Retag.self,
        ])

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
            if let control = error as? ControlError, control.code == .unreachable { Foundation.exit(3) }
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
    @Option(name: .long, help: ArgumentHelp("The daemon's control socket.", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("State directory holding sluice.db and control.sock (default ./state).", valueName: "dir"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Spool directory (default ./spool).", valueName: "dir"))
    var spool: String?

    @Option(name: .long, help: ArgumentHelp("sluiced's configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).", valueName: "file"))
    var config: String?
}

/// The resolved global options of a subcommand: its own flags, else the root's, else the
/// configuration file's, else the defaults.
struct Locations {
    var state: String
    var spool: String
    var socket: String
    var databasePath: String { Spool.absolute(state) + "/sluice.db" }
}

extension GlobalOptions {
    /// These options, else the root command's, else the configuration file, else the defaults.
    func resolved(_ root: SluiceCtl) -> Locations {
        let other = root.global
        var configuration = SluiceConfiguration()
        if let file = config ?? other.config {
            do { configuration = try SluiceConfiguration.load(file: file) } catch {
                FileHandle.standardError.write(Data("sluicectl: \(error.message)\n".utf8))
                Foundation.exit(2)
            }
        } else if FileManager.default.fileExists(atPath: SluiceConfiguration.systemConfigPath) {
            configuration = (try? SluiceConfiguration.load(file: SluiceConfiguration.systemConfigPath)) ?? configuration
        }
        let stateFlag = state ?? other.state
        let state = stateFlag ?? configuration.stateDirectory
        let socket = socket ?? other.socket
            ?? (stateFlag.map { $0 + "/control.sock" } ?? configuration.controlSocketPath(environment: [:]))
        return Locations(state: state, spool: spool ?? other.spool ?? configuration.spoolDirectory, socket: socket)
    }
}

/// `--json` on every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false
}
