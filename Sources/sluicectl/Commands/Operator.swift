import ArgumentParser
import SluiceControl
import SluiceCore

/// One name, for `retry`, `hold` and `release`.
struct SpoolMoveCommand {
    static func run(_ command: String, name: String?, all: Bool = false, global: Locations, output: OutputOptions) async throws {
        var arguments: [String: JSONValue] = [:]
        if let name { arguments["name"] = .string(name) }
        if all { arguments["all"] = .bool(true) }
        let result: MoveResult = try await global.call(command, arguments)
        if output.json { return try Output.json(result) }
        let target = command == "hold" ? "hold/" : "incoming/"
        for moved in result.moved { print("\(command): \(target)\(moved)") }
        if result.moved.isEmpty { print("\(command): nothing to move") }
    }
}

/// `pause` and `resume`: switch claiming and print the daemon's state.
struct ClaimingCommand {
    static func run(_ command: String, global: Locations, output: OutputOptions) async throws {
        let status: DaemonStatus = try await global.call(command)
        if output.json { return try Output.json(status) }
        print("sluiced: \(status.state.rawValue); \(status.queued) waiting")
    }
}

extension SluiceCtl {
    /// `sluicectl retry NAME|--all`.
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move quarantined files back into incoming/ to be tried again (postsuper -r).")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The name in failed/.", valueName: "name")) var name: String?
        @Flag(name: .long, help: "Retry every quarantined file.") var all = false

        func validate() throws {
            if (name == nil) == !all { throw ValidationError("give a NAME or --all") }
        }
        func run() async throws {
            try await SpoolMoveCommand.run("retry", name: name, all: all, global: globalOptions.resolved(root), output: output)
        }
    }

    /// `sluicectl hold NAME`.
    struct Hold: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a waiting file aside in hold/ so the daemon leaves it alone (postsuper -h).")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The name in incoming/.", valueName: "name")) var name: String

        func run() async throws {
            try await SpoolMoveCommand.run("hold", name: name, global: globalOptions.resolved(root), output: output)
        }
    }

    /// `sluicectl release NAME`.
    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a held file back into incoming/ (postsuper -H).")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The name in hold/.", valueName: "name")) var name: String

        func run() async throws {
            try await SpoolMoveCommand.run("release", name: name, global: globalOptions.resolved(root), output: output)
        }
    }

    /// `sluicectl pause`.
    struct Pause: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop claiming files; they wait in incoming/ until resume.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions

        func run() async throws { try await ClaimingCommand.run("pause", global: globalOptions.resolved(root), output: output) }
    }

    /// `sluicectl resume`.
    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Claim files again after pause.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions

        func run() async throws { try await ClaimingCommand.run("resume", global: globalOptions.resolved(root), output: output) }
    }

    /// `sluicectl reload`.
    struct Reload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the daemon re-read its configuration and topic rules (like SIGHUP).",
            discussion: "Fails (exit 1) when the new configuration is invalid; the daemon then keeps the running one. systemd's ExecReload= runs this.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let result: ReloadResult = try await globalOptions.resolved(root).call("reload")
            if output.json { return try Output.json(result) }
            print("sluiced: configuration reloaded")
            if !result.restartRequired.isEmpty {
                print("changed settings that apply after a restart: \(result.restartRequired.joined(separator: ", "))")
            }
        }
    }

    /// `sluicectl metrics`.
    struct Metrics: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the daemon's metrics in Prometheus text format.")
        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let result: MetricsResult = try await globalOptions.resolved(root).call("metrics")
            if output.json { return try Output.json(result) }
            print(result.text, terminator: result.text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
