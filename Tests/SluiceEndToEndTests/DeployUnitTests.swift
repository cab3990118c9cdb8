import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// deploy/: the systemd units pass systemd-analyze (verify silent, security exposure ≤ 1.0), and
/// `make install-files` lays out binaries, resource bundle, units, sysusers/tmpfiles entries and config
/// under DESTDIR/PREFIX, with the unit pointing at PREFIX's binaries.
@Suite("deploy/ units and make install")
struct DeployUnitTests {
    static let repo = Seeds.repositoryRoot
    static let service = repo + "/deploy/sluiced.service"
    static let socket = repo + "/deploy/sluiced.socket"

    /// The environment for `make` and the scripts: without the MAKEFLAGS of an enclosing `make test`
    /// (whose command-line variables would leak in) nor install variables of the caller.
    static var cleanEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "DESTDIR", "PREFIX", "BINDIR", "CONFIG"] {
            env[key] = nil
        }
        env["LANG"] = "C.UTF-8"
        env["SYSTEMD_COLORS"] = "0"
        return env
    }

    static func tool(_ name: String) throws -> String {
        try #require(SystemdNamespace.which(name), "\(name) is not installed (scripts/install-deps --test installs it)")
    }

    @Test("systemd-analyze security --offline: overall exposure ≤ 1.0")
    func securityExposure() async throws {
        let result = try await run(try Self.tool("systemd-analyze"), ["security", "--offline=yes", "--threshold=10", Self.service], environment: Self.cleanEnvironment)
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "systemd-analyze security failed (\(result.status)):\n\(output)")
        // "→ Overall exposure level for sluiced.service: 0.6 SAFE 😀"
        let line = try #require(output.split(separator: "\n").first { $0.contains("Overall exposure level") }, "no overall exposure in:\n\(output)")
        let number = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "cannot read the exposure in \(line)")
        print("sluiced.service: \(line.trimmingCharacters(in: .whitespaces))")
        #expect(number <= 1.0, "exposure \(number) > 1.0; the exposed settings:\n\(output.split(separator: "\n").filter { $0.hasPrefix("✗") }.joined(separator: "\n"))")
    }

    @Test("systemd-analyze verify prints nothing for sluiced.service and sluiced.socket")
    func verifyIsSilent() async throws {
        let analyze = try Self.tool("systemd-analyze")
        // verify checks that ExecStart=/ExecReload= name executables. Inside a private mount namespace,
        // /usr/local/bin is the build directory (where sluiced and sluicectl are), so the shipped files
        // are verified exactly as they are. Without the privilege for that (not root), verify copies whose
        // /usr/local/bin/ paths point at the build directory instead.
        let result: CommandResult
        if getuid() == 0, let unshare = SystemdNamespace.which("unshare"), FileManager.default.fileExists(atPath: "/usr/local/bin") {
            result = try await run(unshare, [
                "--mount", "--propagation", "private", "sh", "-c",
                "mount --bind \"$1\" /usr/local/bin && exec \"$2\" verify --man=no \"$3\" \"$4\"",
                "sh", Binaries.directory, analyze, Self.service, Self.socket,
            ], environment: Self.cleanEnvironment)
        } else {
            let dir = try TemporaryDirectory("verify")
            defer { dir.remove() }
            var copies: [String] = []
            for unit in [Self.service, Self.socket] {
                let text = try String(contentsOfFile: unit, encoding: .utf8).replacingOccurrences(of: "/usr/local/bin/", with: Binaries.directory + "/")
                copies.append(try dir.write((unit as NSString).lastPathComponent, text))
            }
            result = try await run(analyze, ["verify", "--man=no"] + copies, environment: Self.cleanEnvironment)
        }
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty,
                "systemd-analyze verify (status \(result.status)) printed:\n\(result.stdout)\(result.stderr)")
    }

    /// `make install-files DESTDIR=… BINDIR=… [PREFIX=…]` (the part of `make install` after its release build).
    func makeInstall(_ destdir: String, prefix: String? = nil, target: String = "install-files") async throws -> CommandResult {
        var arguments = ["make", "--no-print-directory", "-C", Self.repo, target, "DESTDIR=\(destdir)", "BINDIR=\(Binaries.directory)"]
        if let prefix { arguments.append("PREFIX=\(prefix)") }
        return try await run("/usr/bin/env", arguments, environment: Self.cleanEnvironment)
    }

    static func mode(_ path: String) -> Int? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Int(st.st_mode & 0o7777)
    }

    @Test("make install-files lays out binaries, bundle, units, sysusers, tmpfiles, config and docs")
    func installLayout() async throws {
        let dest = try TemporaryDirectory("destdir")
        defer { dest.remove() }
        let result = await try makeInstall(dest.path)
        try #require(result.status == 0, "make install-files failed (\(result.status)):\n\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("systemctl enable --now sluiced.socket sluiced.service"), "no next steps printed:\n\(result.stdout)")

        let d = dest.path
        for binary in ["sluiced", "sluicectl"] {
            #expect(Self.mode("\(d)/usr/local/bin/\(binary)") == 0o755, "\(binary) is not installed 0755 in /usr/local/bin")
        }
        for resource in ["gazetteer.json", "topics.toml"] {
            #expect(FileManager.default.fileExists(atPath: "\(d)/usr/local/bin/sluice_SluiceText.resources/Resources/\(resource)"),
                    "the resource bundle beside the binaries lacks \(resource)")
        }
        let expectedFiles: [(String, Int)] = [
            ("usr/local/lib/systemd/system/sluiced.service", 0o644),
            ("usr/local/lib/systemd/system/sluiced.socket", 0o644),
            ("usr/local/lib/sysusers.d/sluice.conf", 0o644),
            ("usr/local/lib/tmpfiles.d/sluice.conf", 0o644),
            ("etc/sluice/sluiced.toml", 0o644),
            ("etc/sluice/topics.toml", 0o644),
            ("usr/local/share/doc/sluice/README.md", 0o644),
        ]
        for (file, mode) in expectedFiles {
            #expect(Self.mode("\(d)/\(file)") == mode, "\(file) missing or not mode \(String(mode, radix: 8))")
        }
        // Installed copies are byte-identical to deploy/ with the default PREFIX.
        for (installed, shipped) in [("usr/local/lib/systemd/system/sluiced.service", "deploy/sluiced.service"),
                                     ("usr/local/lib/tmpfiles.d/sluice.conf", "deploy/tmpfiles.d/sluice.conf"),
                                     ("etc/sluice/sluiced.toml", "deploy/sluiced.toml")] {
            #expect(FileManager.default.contentsEqual(atPath: "\(d)/\(installed)", andPath: "\(Self.repo)/\(shipped)"), "\(installed) differs from \(shipped)")
        }
        let unit = try String(contentsOfFile: "\(d)/usr/local/lib/systemd/system/sluiced.service", encoding: .utf8)
        #expect(unit.contains("\nExecStart=/usr/local/bin/sluiced --config /etc/sluice/sluiced.toml\n"))
        #expect(unit.contains("\nExecReload=/usr/local/bin/sluicectl reload --socket /run/sluice/control.sock\n"))

        // An edited configuration survives a second install; the shipped one goes beside it.
        let config = "\(d)/etc/sluice/sluiced.toml"
        try Data("# mine\nspool = \"/srv/spool\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let again = await try makeInstall(dest.path)
        try #require(again.status == 0, "second make install-files failed:\n\(again.stdout)\(again.stderr)")
        #expect(try String(contentsOfFile: config, encoding: .utf8).hasPrefix("# mine"), "make install overwrote an edited /etc/sluice/sluiced.toml")
        #expect(FileManager.default.contentsEqual(atPath: config + ".dist", andPath: Self.repo + "/deploy/sluiced.toml"))

        // make uninstall removes what it placed and keeps the edited configuration.
        let gone = await try makeInstall(dest.path, target: "uninstall")
        try #require(gone.status == 0, "make uninstall failed:\n\(gone.stdout)\(gone.stderr)")
        for file in ["usr/local/bin/sluiced", "usr/local/bin/sluicectl", "usr/local/bin/sluice_SluiceText.resources",
                     "usr/local/lib/systemd/system/sluiced.service", "usr/local/lib/systemd/system/sluiced.socket",
                     "usr/local/lib/sysusers.d/sluice.conf", "usr/local/lib/tmpfiles.d/sluice.conf",
                     "etc/sluice/topics.toml", "etc/sluice/sluiced.toml.dist", "usr/local/share/doc/sluice"] {
            #expect(!FileManager.default.fileExists(atPath: "\(d)/\(file)"), "make uninstall left \(file)")
        }
        #expect(FileManager.default.fileExists(atPath: config), "make uninstall removed an edited configuration")
    }

    @Test("with another PREFIX the installed unit runs PREFIX's binaries")
    func installPrefix() async throws {
        let dest = try TemporaryDirectory("destdir-prefix")
        defer { dest.remove() }
        let result = await try makeInstall(dest.path, prefix: "/opt/sluice")
        try #require(result.status == 0, "make install-files PREFIX=/opt/sluice failed:\n\(result.stdout)\(result.stderr)")
        let d = dest.path + "/opt/sluice"
        #expect(FileManager.default.isExecutableFile(atPath: d + "/bin/sluiced"))
        #expect(FileManager.default.fileExists(atPath: d + "/bin/sluice_SluiceText.resources"))
        let unit = try String(contentsOfFile: d + "/lib/systemd/system/sluiced.service", encoding: .utf8)
        #expect(unit.contains("\nExecStart=/opt/sluice/bin/sluiced --config /etc/sluice/sluiced.toml\n"), "ExecStart not rewritten:\n\(unit)")
        #expect(unit.contains("\nExecReload=/opt/sluice/bin/sluicectl reload --socket /run/sluice/control.sock\n"), "ExecReload not rewritten")
        #expect(!unit.contains("/usr/local/"), "the unit still names /usr/local/")
        #expect(FileManager.default.fileExists(atPath: d + "/lib/sysusers.d/sluice.conf"))
        #expect(FileManager.default.fileExists(atPath: dest.path + "/etc/sluice/sluiced.toml"), "the configuration belongs in /etc/sluice whatever PREFIX is")
    }

    @Test("the installed sluicectl finds its resource bundle beside itself, not in the build directory")
    func installedBinaryFindsBundle() async throws {
        guard getuid() == 0, let unshare = SystemdNamespace.which("unshare") else {
            print("DeployUnitTests.installedBinaryFindsBundle skipped: needs root and unshare to hide the build directory")
            return
        }
        let dest = try TemporaryDirectory("destdir-bundle")
        defer { dest.remove() }
        let install = await try makeInstall(dest.path)
        try #require(install.status == 0, "make install-files failed:\n\(install.stdout)\(install.stderr)")
        let seed = try #require(Seeds.names.first { $0.hasPrefix("001") } ?? Seeds.names.first)
        let ctl = dest.path + "/usr/local/bin/sluicectl"
        // Bundle.module falls back to the build directory's bundle (a path compiled into the binary): an
        // empty tmpfs over the build directory, in a private mount namespace, takes that fallback away.
        func tag() async throws -> CommandResult {
            try await run(unshare, ["--mount", "--propagation", "private", "sh", "-c",
                              "mount -t tmpfs tmpfs \"$1\" && exec \"$2\" tag \"$3\"",
                              "sh", Binaries.directory, ctl, Seeds.directory + "/" + seed],
                    environment: Self.cleanEnvironment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 })
        }
        let tagged = await try tag()
        #expect(tagged.status == 0, "installed sluicectl tag failed (\(tagged.status)):\n\(tagged.stderr.suffix(2000))")
        let json = try JSONSerialization.jsonObject(with: tagged.stdoutData) as? [String: Any]
        #expect((json?["entities"] as? [Any])?.isEmpty == false, "no entities from the installed sluicectl tag:\n\(tagged.stdout.prefix(500))")

        // Without the installed bundle it really has nowhere else to look.
        try FileManager.default.removeItem(atPath: dest.path + "/usr/local/bin/sluice_SluiceText.resources")
        let broken = await try tag()
        #expect(broken.status != 0, "sluicectl tag worked without a bundle beside it: the check above proves nothing")
    }
}
