import Foundation
import Glibc
@testable import SluiceControl
import SluiceTestSupport
import Testing

@Suite struct ControlAuthorizationTests {
    let root = PeerCredentials(pid: 10, uid: 0, gid: 0)
    let nobody = PeerCredentials(pid: 11, uid: 65534, gid: 65534)

    @Test func readCommands_arePermittedToEveryone() {
        let policy = ControlAuthorization(rootIsPrivileged: false, daemonUID: nil, group: nil)
        #expect(policy.permits(.read, peer: nobody))
        #expect(policy.permits(.read, peer: root))
    }

    @Test func root_isPrivilegedUnlessTurnedOff() {
        #expect(ControlAuthorization(daemonUID: nil).permits(.mutating, peer: root))
        #expect(!ControlAuthorization(rootIsPrivileged: false, daemonUID: nil).permits(.mutating, peer: root))
    }

    @Test func daemonUID_isPrivileged_otherUIDsAreNot() {
        let policy = ControlAuthorization(rootIsPrivileged: false, daemonUID: 4242)
        #expect(policy.isPrivileged(PeerCredentials(pid: 1, uid: 4242, gid: 100)))
        #expect(!policy.isPrivileged(PeerCredentials(pid: 1, uid: 4243, gid: 100)))
        #expect(ControlAuthorization().daemonUID == geteuid())
    }

    @Test func groupMember_byPrimaryGidAtConnectTime_isPrivileged() {
        let policy = ControlAuthorization(rootIsPrivileged: false, daemonUID: nil, group: 65534)
        #expect(policy.isPrivileged(nobody))
        #expect(!policy.isPrivileged(PeerCredentials(pid: 1, uid: 4243, gid: 100)))
    }

    @Test func groupMember_byItsPasswdEntry_isPrivileged() {
        // root's passwd entry has gid 0: a root process running with another gid is still a member.
        let policy = ControlAuthorization(rootIsPrivileged: false, daemonUID: nil, group: 0)
        #expect(policy.isPrivileged(PeerCredentials(pid: 1, uid: 0, gid: 1234)))
        // nobody is not in group 0, and a uid without a passwd entry is in no group.
        #expect(!policy.isPrivileged(PeerCredentials(pid: 1, uid: 65534, gid: 1234)))
        #expect(!policy.isPrivileged(PeerCredentials(pid: 1, uid: 3_999_999, gid: 1234)))
    }

    @Test func privilegedDescription_namesWhoMayMutate() {
        #expect(ControlAuthorization(daemonUID: 997, group: 0).privilegedDescription
            == "root, the daemon's user (uid 997) or members of group root (gid 0)")
        #expect(ControlAuthorization(daemonUID: 0).privilegedDescription == "root")
        #expect(ControlAuthorization(rootIsPrivileged: false, daemonUID: nil).privilegedDescription == "nobody")
    }

    @Test func server_refusesEveryMutatingCommand_toAnUnprivilegedPeer_andLogsIt() async throws {
        // The tests run as root: make root unprivileged so that this process is an ordinary peer.
        let configuration = ControlServer.Configuration(
            authorization: ControlAuthorization(rootIsPrivileged: false, daemonUID: 4242, group: nil))
        let (logger, logs) = CapturingLogHandler.logger()
        try await withServer(configuration: configuration, logger: logger) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            for command in mutatingCommands {
                let error = try await #require(throws: ControlError.self, "\(command)") { try await client.call(command) }
                #expect(error.code == .permissionDenied, "\(command)")
                #expect(error.message.contains(command))
                #expect(error.message.contains("uid \(geteuid())"))
            }
            // Read commands still work on the same connection
            #expect(try await client.call("ping") == ["pong": true])
            let refusals = logs.entries(at: .warning).filter { $0.message.contains("refused") }
            #expect(refusals.count == mutatingCommands.count)
            #expect(refusals.allSatisfy { $0.metadata["peer.uid"] == "\(geteuid())" && $0.metadata["peer.pid"] == "\(getpid())" })
            #expect(Set(refusals.compactMap { $0.metadata["control.command"] }) == Set(mutatingCommands))
        }
    }

    @Test func server_allowsMutatingCommands_toAGroupMember() async throws {
        let configuration = ControlServer.Configuration(
            authorization: ControlAuthorization(rootIsPrivileged: false, daemonUID: nil, group: getegid()))
        try await withServer(configuration: configuration) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            for command in mutatingCommands {
                #expect(try await client.call(command) == ["done": .string(command)])
            }
        }
    }

    @Test func streamingCommand_refused_endsWithDone() async throws {
        let router = testRouter { router in
            router.registerStreaming("export-all", access: .mutating) { _, _, _ in ["exported": 0] as JSONValue }
        }
        let configuration = ControlServer.Configuration(
            authorization: ControlAuthorization(rootIsPrivileged: false, daemonUID: nil))
        try await withServer(router: router, configuration: configuration) { server in
            let client = try await TestClient.connect(server.path)
            defer { client.close() }
            try await client.send(ControlRequest(id: 1, command: "export-all"))
            let reply = try await client.reply()
            #expect(reply.error?.code == .permissionDenied)
            #expect(reply.done)
        }
    }

    // MARK: A real client under another uid

    static var canSwitchUser: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    /// Sends each command as uid/gid 65534 over one connection and returns the reply lines.
    private func runAsNobody(path: String, commands: [String]) async throws -> [ControlReply] {
        let script = """
            import json, socket, sys
            s = socket.socket(socket.AF_UNIX)
            s.connect(sys.argv[1])
            f = s.makefile("rwb")
            for i, cmd in enumerate(sys.argv[2:]):
                f.write(json.dumps({"v": 1, "id": i + 1, "cmd": cmd}).encode() + b"\\n")
                f.flush()
                sys.stdout.write(f.readline().decode())
            """
        let result = try await run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", script, path] + commands)
        #expect(result.status == 0, "client failed: \(result.stderr)")
        return try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(ControlReply.self, from: Data($0.utf8)) }
    }

    @Test(.enabled(if: canSwitchUser, "needs root, setpriv and /usr/bin/python3"))
    func anotherUser_isRefusedMutatingCommands_andServedReadCommands() async throws {
        // The default policy: root, the daemon's uid (root here) and no group. The socket is open to all.
        let configuration = ControlServer.Configuration(socketMode: 0o666)
        let (logger, logs) = CapturingLogHandler.logger()
        try await withServer(configuration: configuration, logger: logger) { server in
            try #require(chmod(server.directory.path, 0o755) == 0)
            let replies = try await runAsNobody(path: server.path, commands: mutatingCommands + ["ping", "whoami"])
            try #require(replies.count == mutatingCommands.count + 2)
            for (command, reply) in zip(mutatingCommands, replies) {
                #expect(reply.ok == false, "\(command)")
                #expect(reply.error?.code == .permissionDenied, "\(command)")
            }
            #expect(replies[mutatingCommands.count].result == ["pong": true])
            #expect(replies[mutatingCommands.count + 1].result?["uid"] == 65534)
            #expect(replies[mutatingCommands.count + 1].result?["gid"] == 65534)
            let refusals = logs.entries(at: .warning).filter { $0.message.contains("refused") }
            #expect(refusals.count == mutatingCommands.count)
            #expect(refusals.allSatisfy { $0.metadata["peer.uid"] == "65534" && $0.metadata["peer.pid"] != "\(getpid())" })
        }
    }

    @Test(.enabled(if: canSwitchUser, "needs root, setpriv and /usr/bin/python3"))
    func anotherUser_inTheConfiguredGroup_mayMutate() async throws {
        let configuration = ControlServer.Configuration(socketMode: 0o660, group: 65534)
        try await withServer(configuration: configuration) { server in
            try #require(chmod(server.directory.path, 0o755) == 0)
            let replies = try await runAsNobody(path: server.path, commands: ["pause", "resume"])
            #expect(replies.map(\.result) == [["done": "pause"], ["done": "resume"]])
        }
    }
}
