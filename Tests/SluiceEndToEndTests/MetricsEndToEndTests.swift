import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc
import SluiceControl
import SluiceTestSupport
import Testing

/// The built `sluiced` answering `metrics` on its control socket and, with `metrics-listen`, over HTTP.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct MetricsEndToEndTests {
    /// The value of `series` (`name` or `name{labels}` exactly as printed) in a Prometheus text.
    func value(_ series: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    /// `metrics` through the daemon's control socket (STATE/control.sock).
    func controlMetrics(_ box: Sandbox) throws -> String {
        let client = try ControlClient.connect(path: box.state + "/control.sock", timeout: .seconds(10))
        defer { client.close() }
        let result = try client.call("metrics")
        guard let text = result["text"]?.stringValue else { throw DeadlineExceeded(description: "metrics reply without text: \(result)") }
        return text
    }

    /// A control command without arguments (pause, resume).
    func control(_ box: Sandbox, _ command: String) throws {
        let client = try ControlClient.connect(path: box.state + "/control.sock", timeout: .seconds(10))
        defer { client.close() }
        _ = try client.call(command)
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let rc = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { p in bind(fd, p, length) == 0 ? getsockname(fd, p, &length) : -1 }
        }
        guard rc == 0 else { throw DeadlineExceeded(description: "no free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func ingestedAndBinaryFiles_areCounted_overTheControlSocketAndHTTP() async throws {
        // Given a daemon with the HTTP listener on a free local port
        let box = try Sandbox("metrics")
        defer { box.remove() }
        let port = try freePort()
        let daemon = try box.startRawDaemon(extraConfig: "metrics-listen = \"127.0.0.1:\(port)\"\n")
        try await box.waitForSpool(daemon)

        // When three articles and one binary file are dropped
        try box.burst(try distinctArticles(3))
        try box.drop("blob.bin", (0..<64).map { UInt8($0) })

        // Then `metrics` on the control socket counts them, the binary one under its reason
        try await waitUntil("3 ingested and 1 binary in the metrics") {
            let text = try controlMetrics(box)
            return value("sluice_files_ingested_total", in: text) == 3
                && value("sluice_files_failed_total{reason=\"binary\"}", in: text) == 1
        }
        let text = try controlMetrics(box)
        #expect(value("sluice_files_duplicate_total", in: text) == 0)
        #expect((value("sluice_bytes_ingested_total", in: text) ?? 0) > 0)
        #expect((value("sluice_batch_size_count", in: text) ?? 0) >= 1)
        #expect((value("sluice_commit_seconds_count", in: text) ?? 0) >= 1)
        #expect((value("sluice_last_commit_timestamp_seconds", in: text) ?? 0) > Date().timeIntervalSince1970 - 600)
        #expect((value("sluice_store_size_bytes", in: text) ?? 0) > 0)
        #expect(value("sluice_paused", in: text) == 0)
        #expect(value("sluice_up", in: text) == 1)
        #expect(box.names(in: "failed").contains("blob.bin"))

        // And the HTTP listener serves the same series
        let (body, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/metrics")!)
        let http = try #require(response as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        let scraped = String(decoding: body, as: UTF8.self)
        #expect(value("sluice_files_ingested_total", in: scraped) == 3)
        #expect(value("sluice_files_failed_total{reason=\"binary\"}", in: scraped) == 1)
        let (_, missing) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/other")!)
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)

        // And pausing shows in sluice_paused
        try control(box, "pause")
        #expect(value("sluice_paused", in: try controlMetrics(box)) == 1)
        try control(box, "resume")
        #expect(value("sluice_paused", in: try controlMetrics(box)) == 0)

        // And the daemon stops cleanly with the listener in its group
        #expect(try await daemon.stop() == 0)
    }

    @Test func withoutMetricsListen_thereIsNoHTTPListener_butTheControlSocketAnswers() async throws {
        let box = try Sandbox("metrics-off")
        defer { box.remove() }
        let daemon = try box.startRawDaemon()
        try await box.waitForSpool(daemon)

        try box.drop("one.txt", Array("A short article.\n\nWith a body line.\n".utf8))
        try await waitUntil("1 ingested in the metrics") {
            value("sluice_files_ingested_total", in: try controlMetrics(box)) == 1
        }
        #expect(!daemon.log.contains("metrics listener listening"))
        #expect(try await daemon.stop() == 0)
    }

    @Test func metricsListen_withAnUnusablePort_isRefusedAtStartup() async throws {
        let box = try Sandbox("metrics-bad")
        defer { box.remove() }
        let daemon = try box.startRawDaemon(extraConfig: "metrics-listen = \"127.0.0.1:metrics\"\n")

        let status = try await daemon.waitForExit()
        #expect(status == 78)
        #expect(daemon.log.contains("metrics-listen"))
    }
}
