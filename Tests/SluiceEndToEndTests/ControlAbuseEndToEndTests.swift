import Foundation
import Glibc
import SluiceTestSupport
import Testing

extension ReliabilityEndToEndTests {
    /// Issue 7, part B: the control socket of the built `sluiced` under abuse — random bytes, 10 MB lines,
    /// 1,000 idle connections, half-closed sockets, a `follow` that never reads — while files keep arriving.
    /// No crash, memory bounded (the daemon's RSS from /proc), ingestion unaffected.
    @Suite(.serialized, .timeLimit(.minutes(5)))
    struct ControlAbuseEndToEndTests {
        @Test func abusiveClients_neitherCrashTheDaemon_norGrowItsMemory_norStallIngestion() async throws {
            // Given a daemon that holds up to 1,100 control connections, with some entries stored
            let box = try Sandbox("ctl-abuse")
            defer { box.remove() }
            let daemon = try await Self.startDaemon(box)
            let socket = box.state + "/control.sock"
            try box.burst(try distinctArticles(100, prefix: "warm"))
            try await waitUntil("warm-up ingested") { try await box.status().ingested == 100 }
            let baseline = Self.rss(daemon.pid)

            // When a follow client subscribes and never reads a byte
            let follower = try Self.connect(socket)
            try Self.send(follower, Array("{\"v\":1,\"id\":1,\"cmd\":\"follow\"}\n".utf8))

            // ... 1,000 idle connections are opened and held, and junk and 10 MB lines are sent (blocking
            // socket calls: on a thread of their own, off the cooperative pool)
            var idle = try await offloaded { try Self.abuse(socket) }

            // ... 100 clients send a request and shut down their sending side (half-closed): each still
            // gets its reply
            let replies = try await offloaded {
                try (0..<100).map { i in
                    let fd = try Self.connect(socket)
                    defer { close(fd) }
                    try Self.send(fd, Array("{\"v\":1,\"id\":\(i),\"cmd\":\"status\"}".utf8))  // no newline: EOF ends it
                    shutdown(fd, CInt(SHUT_WR))
                    return Self.readLine(fd)
                }
            }
            for (i, reply) in replies.enumerated() {
                #expect(reply.contains("\"id\":\(i)") && reply.contains("\"ok\":true"), "half-closed client \(i): \(reply.prefix(200))")
            }

            // ... while 300 files are dropped
            let files = try distinctArticles(300, prefix: "abuse")
            try box.burst(files)

            // Then every file is ingested, the daemon still answers, and its memory stayed bounded
            try await waitUntil("files dropped during the abuse ingested", timeout: .seconds(120)) { try await box.status().ingested == 400 }
            #expect(daemon.isRunning)
            let during = Self.rss(daemon.pid)
            for fd in idle { close(fd) }
            close(follower)
            let status = try await box.ctl(["status"])
            #expect(status.status == 0, "\(status.stderr)")

            // And a second round of the same abuse reuses the memory of the first rather than adding to it
            idle = try await offloaded { try Self.abuse(socket) }
            try await waitUntil("second round answered") { try await box.ctl(["status"]).status == 0 }
            let again = Self.rss(daemon.pid)
            for fd in idle { close(fd) }
            print("control abuse: daemon RSS \(baseline) KiB before, \(during) KiB during the first round (1,000 idle connections, 300 files ingested), \(again) KiB during the second")
            #expect(during - baseline < 96 << 10, "RSS grew from \(baseline) KiB to \(during) KiB")
            #expect(again - during < 16 << 10, "RSS grew from \(during) KiB to \(again) KiB in a second round of the same abuse")
            #expect(try await box.ctl(["verify"]).status == 0)
            #expect(try await daemon.stop() == 0)
            #expect(!daemon.log.contains("Fatal error"))
        }

        @Test func controlClientsTakingEveryDescriptor_delayFiles_neverQuarantineOrStrandThem() async throws {
            // Given a daemon allowed 1,100 clients but (lowered after its start) only 300 descriptors
            let box = try Sandbox("ctl-nofile")
            defer { box.remove() }
            let daemon = try await Self.startDaemon(box)
            let lowered = try await run("/usr/bin/prlimit", ["--pid", "\(daemon.pid)", "--nofile=300:300"])
            #expect(lowered.status == 0, "\(lowered.stderr)")

            // When clients take every descriptor the daemon has left, and files arrive
            let clients = try await offloaded {
                var clients: [CInt] = []
                while clients.count < 600, let fd = try? Self.connect(box.state + "/control.sock", giveUpAfter: timeval(tv_sec: 0, tv_usec: 200_000)) {
                    clients.append(fd)
                }
                return clients
            }
            let files = try distinctArticles(20, prefix: "starved")
            try box.burst(files)
            try await waitUntil("the daemon hits the limit") {
                let log = daemon.log
                return log.contains("cannot read file now") || log.contains("file quarantined") || log.contains("cannot quarantine")
            }
            #expect(box.names(in: "failed").isEmpty, "files were quarantined for the daemon's own lack of descriptors")

            // Then once the clients are gone every file is ingested: none quarantined, none left in active/
            for fd in clients { close(fd) }
            try await waitUntil("files ingested once descriptors are free", timeout: .seconds(60)) {
                (try? await box.status().ingested) == 20
            }
            #expect(box.names(in: "failed").isEmpty && box.names(in: "active").isEmpty && box.names(in: "incoming").isEmpty)
            #expect(try await daemon.stop() == 0)
        }

        // MARK: - Helpers

        /// A raw-mode daemon that holds up to 1,100 control clients (this process may open as many).
        static func startDaemon(_ box: Sandbox) async throws -> DaemonProcess {
            raiseOpenFileLimit(to: 4096)
            let daemon = try box.startRawDaemon(extraConfig: "control-max-clients = 1100\n")
            try await box.waitForSpool(daemon)
            return daemon
        }

        /// Opens 1,000 idle connections (returned, still open), has 100 clients send random bytes with
        /// newlines and 10 clients a 10 MB line each, all leaving without reading.
        static func abuse(_ socket: String) throws -> [CInt] {
            let idle = try (0..<1000).map { _ in try connect(socket) }
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<100 {
                let fd = try connect(socket)
                var junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
                junk[100] = 0x0A
                junk[4095] = 0x0A
                try? send(fd, junk)
                close(fd)
            }
            let tenMB = [UInt8](repeating: UInt8(ascii: "{"), count: 10_000_000)
            for _ in 0..<10 {
                let fd = try connect(socket)
                try? send(fd, tenMB)  // EPIPE once the server closed it after 64 KiB: expected
                close(fd)
            }
            return idle
        }

        /// The daemon's resident set size in KiB (VmRSS).
        static func rss(_ pid: Int32) -> Int {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }

        /// Raises this process's soft RLIMIT_NOFILE (inherited by the daemon it starts) up to `wanted`.
        static func raiseOpenFileLimit(to wanted: rlim_t) {
            var limit = rlimit()
            guard getrlimit(RLIMIT_NOFILE_VALUE, &limit) == 0, limit.rlim_cur < wanted else { return }
            limit.rlim_cur = min(wanted, limit.rlim_max)
            _ = setrlimit(RLIMIT_NOFILE_VALUE, &limit)
        }

        static let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)

        /// Connects to the control socket. With `giveUpAfter`, a connect waiting that long on a full backlog
        /// (the daemon stopped accepting) fails: a blocking AF_UNIX connect waits at most SO_SNDTIMEO.
        static func connect(_ path: String, giveUpAfter timeout: timeval? = nil) throws -> CInt {
            let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { throw DeadlineExceeded(description: "socket failed: errno \(errno)") }
            if var timeout { setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size)) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                for (i, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[i] = byte }
            }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            guard connected == 0 else {
                close(fd)
                throw DeadlineExceeded(description: "connect to \(path) failed: errno \(errno)")
            }
            return fd
        }

        /// Writes all of `bytes` (MSG_NOSIGNAL: a peer that closed is an error, not a SIGPIPE).
        static func send(_ fd: CInt, _ bytes: [UInt8]) throws {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, CInt(MSG_NOSIGNAL)) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw DeadlineExceeded(description: "send failed: errno \(errno)") }
                offset += n
            }
        }

        /// Reads one reply line (bounded by a receive timeout).
        static func readLine(_ fd: CInt) -> String {
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                out += buffer[0..<n]
                if out.contains(0x0A) { break }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
