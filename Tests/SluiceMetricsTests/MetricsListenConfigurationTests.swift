import Logging
import SluiceCore
import SluiceMetrics
import SluiceTestSupport
import Testing

/// The `metrics-listen` key: parsing, validation and the listener's own check at startup.
@Suite struct MetricsListenConfigurationTests {
    func apply(_ toml: String) throws(ConfigError) -> SluiceConfiguration {
        var config = SluiceConfiguration()
        try config.apply(toml: toml, source: "test.toml")
        return config
    }

    @Test func metricsListen_isOffByDefault() {
        #expect(SluiceConfiguration().metricsListen == nil)
        #expect(SluiceConfiguration.knownKeys.contains("metrics-listen"))
    }

    @Test(arguments: ["127.0.0.1:9464", "localhost:1", "[::1]:65535", "0.0.0.0:9464"])
    func metricsListen_whenHostAndPort_isSet(_ listen: String) throws {
        let config = try apply("metrics-listen = \"\(listen)\"")
        #expect(config.metricsListen == listen)
    }

    @Test(arguments: [
        "\"127.0.0.1\"", "\"127.0.0.1:http\"", "\"127.0.0.1:0\"", "\"127.0.0.1:65536\"", "\":9464\"",
        "\"::1:9464\"", "\"127.0.0.1:+80\"", "\"127.0.0.1: 80\"", "\"\"", "9464",
    ])
    func metricsListen_whenNotHostAndPort_isRefusedNamingTheKey(_ value: String) {
        let error = #expect(throws: ConfigError.self) { try apply("metrics-listen = \(value)") }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains("metrics-listen") == true)
    }

    @Test func listenAddress_splitsHostAndPort_unbracketingIPv6() {
        #expect(SluiceConfiguration.listenAddress("127.0.0.1:9464").map { [$0.host, "\($0.port)"] } == ["127.0.0.1", "9464"])
        #expect(SluiceConfiguration.listenAddress("[::1]:80").map { [$0.host, "\($0.port)"] } == ["::1", "80"])
        #expect(SluiceConfiguration.listenAddress("[]:80") == nil)
    }

    @Test func server_whenPortIsNotNumeric_throwsConfigErrorAtStartup() {
        let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let error = #expect(throws: ConfigError.self) {
            try MetricsHTTPServer(listen: "127.0.0.1:metrics", logger: quiet) { "" }
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains("127.0.0.1:metrics") == true)
    }
}
