import Foundation

/// A spool and a state directory for one end-to-end test, with helpers to drop files and to ask
/// `sluicectl` about them.
public struct Sandbox: Sendable {
    public let root: TemporaryDirectory
    public var spool: String { root.appending("spool") }
    public var state: String { root.appending("state") }

    /// A command prefix that `sluiced` and `sluicectl` are run through (e.g. `nsenter --target PID
    /// --mount --` when the state directory is a mount in another namespace); empty: run directly.
    public var launcher: [String] = []

    public init(_ label: String) throws {
        root = try TemporaryDirectory(label)
    }

    /// What `sluicectl status --json` prints.
    public struct Status: Decodable, Sendable {
        public var ingested: Int
        public var duplicates: Int
        public var failed: Int
        public var queued: Int
        public var incoming: Int
        public var active: Int
    }

    /// One entry of `sluicectl list --json`.
    public struct Entry: Decodable, Sendable {
        public var seq: Int
        public var sha256: String
        public var source_name: String
        public var title: String?
        public var published: Published?
        public struct Published: Decodable, Sendable { public var date: String; public var precision: String }
    }

    /// Starts a daemon on this sandbox (through `launcher` when set).
    public func startDaemon(_ extraArguments: [String] = [], environment: [String: String] = [:]) throws -> DaemonProcess {
        try DaemonProcess(spool: spool, state: state, extraArguments: extraArguments, environment: environment, logPath: root.appending("sluiced.log"), launcher: launcher)
    }

    /// Starts a daemon in raw mode (`tagging = false`, plus `extraConfig` lines): the ingest core's tests
    /// move thousands of files, which the text pipeline would slow down in a debug build.
    public func startRawDaemon(extraConfig: String = "", environment: [String: String] = [:]) throws -> DaemonProcess {
        let config = try root.write("raw.toml", "tagging = false\n" + extraConfig)
        return try startDaemon(["--config", config], environment: environment)
    }

    /// Runs `sluicectl ARGS --state STATE --spool SPOOL`.
    public func ctl(_ arguments: [String]) async throws -> CommandResult {
        let command = launcher + [Binaries.sluicectl] + arguments + ["--state", state, "--spool", spool]
        return try await run(command[0], Array(command.dropFirst()))
    }

    /// `sluicectl status --json`, decoded.
    public func status() async throws -> Status {
        let result = try await ctl(["status", "--json"])
        guard result.status == 0 else { throw DeadlineExceeded(description: "sluicectl status failed: \(result.stderr)") }
        return try JSONDecoder().decode(Status.self, from: result.stdoutData)
    }

    /// `sluicectl list --json --limit N`, oldest first.
    public func entries(limit: Int = 100_000) async throws -> [Entry] {
        let result = try await ctl(["list", "--json", "--limit", "\(limit)", "--after-seq", "0"])
        guard result.status == 0 else { throw DeadlineExceeded(description: "sluicectl list failed: \(result.stderr)") }
        return try JSONDecoder().decode([Entry].self, from: result.stdoutData)
    }

    /// Every entry, oldest first, fetched in pages of `sluicectl list`'s largest limit.
    public func allEntries() async throws -> [Entry] {
        var all: [Entry] = []
        while true {
            let result = try await ctl(["list", "--json", "--limit", "100000", "--after-seq", "\(all.last?.seq ?? 0)"])
            guard result.status == 0 else { throw DeadlineExceeded(description: "sluicectl list failed: \(result.stderr)") }
            let page = try JSONDecoder().decode([Entry].self, from: result.stdoutData)
            all += page
            if page.count < 100_000 { return all }
        }
    }

    /// Writes `contents` into spool/tmp/NAME and renames it into spool/incoming/NAME (the producer protocol).
    public func drop(_ name: String, _ contents: [UInt8]) throws {
        let tmp = spool + "/tmp/" + name
        try Data(contents).write(to: URL(fileURLWithPath: tmp))
        guard rename(tmp, spool + "/incoming/" + name) == 0 else {
            throw DeadlineExceeded(description: "rename into incoming failed: errno \(errno)")
        }
    }

    /// Writes several files into tmp/ first, then renames them all into incoming/ as fast as possible.
    public func burst(_ files: [(name: String, contents: [UInt8])]) throws {
        for f in files { try Data(f.contents).write(to: URL(fileURLWithPath: spool + "/tmp/" + f.name)) }
        for f in files {
            guard rename(spool + "/tmp/" + f.name, spool + "/incoming/" + f.name) == 0 else {
                throw DeadlineExceeded(description: "rename into incoming failed: errno \(errno)")
            }
        }
    }

    /// The names in a spool subdirectory.
    public func names(in sub: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: spool + "/" + sub)) ?? []).sorted()
    }

    /// Waits until the daemon is ready: spool and store open, watch set, first scan done, signal
    /// handlers installed (it logs "sluiced is ready"). Signals sent earlier would kill it outright.
    public func waitForSpool(_ daemon: DaemonProcess) async throws {
        try await waitUntil("sluiced ready") {
            guard daemon.isRunning else { throw DeadlineExceeded(description: "sluiced exited: \(daemon.log)") }
            return daemon.log.contains("sluiced is ready")
        }
    }

    public func remove() { root.remove() }
}

/// `count` distinct small articles named `docNNNNN.txt`.
public func distinctArticles(_ count: Int, prefix: String = "doc") throws -> [(name: String, contents: [UInt8])] {
    let seeds = try Seeds.names.map { try Seeds.bytes($0) }
    return (0..<count).map { i in
        (String(format: "%@%05d.txt", prefix, i), seeds[i % seeds.count] + Array("\n\nref \(prefix) \(i)\n".utf8))
    }
}
