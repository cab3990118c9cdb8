import Foundation
import Logging
import SluiceCore
import SluiceTestSupport
import Testing

@Suite struct ConfigurationTests {
    /// Writes `toml` to a file and loads it.
    func load(_ toml: String) throws -> SluiceConfiguration {
        let dir = try TemporaryDirectory("config")
        defer { dir.remove() }
        return try SluiceConfiguration.load(file: try dir.write("sluiced.toml", toml))
    }

    /// Loads `toml` expecting a `ConfigError`.
    func loadError(_ toml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ConfigError? {
        let dir = try TemporaryDirectory("config")
        defer { dir.remove() }
        let path = try dir.write("sluiced.toml", toml)
        return #expect(throws: ConfigError.self, sourceLocation: sourceLocation) { try SluiceConfiguration.load(file: path) }
    }

    @Test func load_whenEveryKeyGiven_setsEveryField() throws {
        let config = try load("""
            # sluiced configuration
            spool = "/var/spool/sluice"
            state = "/var/lib/sluice"
            batch-size = 128
            batch-window = "50ms"
            batch-bytes = "32MiB"
            max-file-size = "8MiB"
            rescan-interval = "30s"
            queue-capacity = 1000
            workers = 3
            log-level = "debug"
            accept-broken-chain = true
            """)
        #expect(config.spoolDirectory == "/var/spool/sluice")
        #expect(config.stateDirectory == "/var/lib/sluice")
        #expect(config.batchSize == 128)
        #expect(config.batchWindow == .milliseconds(50))
        #expect(config.batchBytes == 32 << 20)
        #expect(config.maxFileSize == 8 << 20)
        #expect(config.rescanInterval == .seconds(30))
        #expect(config.queueCapacity == 1000)
        #expect(config.workers == 3)
        #expect(config.logLevel == .debug)
        #expect(config.acceptBrokenChain)
        #expect(config.databasePath == "/var/lib/sluice/sluice.db")
        #expect(config.lockPath == "/var/lib/sluice/sluiced.lock")
    }

    @Test func load_whenEmptyFile_keepsDefaults() throws {
        let config = try load("# nothing\n")
        #expect(config == SluiceConfiguration())
        #expect(config.batchSize == 256)
        #expect(config.batchWindow == .milliseconds(20))
        #expect(config.batchBytes == 64 << 20)
        #expect(config.maxFileSize == 64 << 20)
        #expect(config.rescanInterval == .seconds(30))
        #expect(config.queueCapacity == 4096)
        #expect(config.logLevel == .info)
        #expect(!config.acceptBrokenChain)
        #expect((1...8).contains(config.workers))
    }

    @Test func load_whenSomeKeysGiven_keepsDefaultsForTheRest() throws {
        let config = try load("workers = 2\n")
        var expected = SluiceConfiguration()
        expected.workers = 2
        #expect(config == expected)
    }

    // MARK: - Durations

    @Test(arguments: [
        ("\"20ms\"", Duration.milliseconds(20)),
        ("\"0ms\"", .zero),
        ("\"1.5s\"", .milliseconds(1500)),
        ("\"2s\"", .seconds(2)),
        ("\" 250 ms \"", .milliseconds(250)),
        ("\"0.25\"", .milliseconds(250)),
        ("3", .seconds(3)),
        ("0.5", .milliseconds(500)),
        ("\"10s\"", .seconds(10)),
    ])
    func load_whenBatchWindowDuration_parsesIt(value: String, expected: Duration) throws {
        #expect(try load("batch-window = \(value)").batchWindow == expected)
    }

    @Test(arguments: [
        ("\"30s\"", Duration.seconds(30)),
        ("\"100ms\"", .milliseconds(100)),
        ("\"5m\"", .seconds(300)),
        ("\"1h\"", .seconds(3600)),
        ("\"1.5h\"", .seconds(5400)),
        ("45", .seconds(45)),
        ("\"45\"", .seconds(45)),
    ])
    func load_whenRescanIntervalDuration_parsesIt(value: String, expected: Duration) throws {
        #expect(try load("rescan-interval = \(value)").rescanInterval == expected)
    }

    @Test func duration_whenText_parsesUnitsAndRejectsGarbage() {
        #expect(SluiceConfiguration.duration("20ms") == .milliseconds(20))
        #expect(SluiceConfiguration.duration("30S") == .seconds(30))
        #expect(SluiceConfiguration.duration("7") == .seconds(7))
        #expect(SluiceConfiguration.duration("fast") == nil)
        #expect(SluiceConfiguration.duration("-1s") == nil)
        #expect(SluiceConfiguration.duration("1d") == nil)
        #expect(SluiceConfiguration.duration("") == nil)
        #expect(SluiceConfiguration.duration("infs") == nil)
    }

    // MARK: - Sizes

    @Test(arguments: [
        ("\"64MiB\"", 64 << 20),
        ("\"8M\"", 8 << 20),
        ("\"512K\"", 512 << 10),
        ("\"512KiB\"", 512 << 10),
        ("\"1G\"", 1 << 30),
        ("\"1GiB\"", 1 << 30),
        ("\"100B\"", 100),
        ("\"100\"", 100),
        ("\"1.5KiB\"", 1536),
        ("4096", 4096),
        ("1", 1),
    ])
    func load_whenMaxFileSize_parsesIt(value: String, expected: Int) throws {
        #expect(try load("max-file-size = \(value)").maxFileSize == expected)
    }

    @Test(arguments: [("\"1MiB\"", 1 << 20), ("\"64MiB\"", 64 << 20), ("2097152", 2 << 20), ("\"2gb\"", 2 << 30)])
    func load_whenBatchBytes_parsesIt(value: String, expected: Int) throws {
        #expect(try load("batch-bytes = \(value)").batchBytes == expected)
    }

    @Test func size_whenText_parsesUnitsAndRejectsGarbage() {
        #expect(SluiceConfiguration.size("64MiB") == 64 << 20)
        #expect(SluiceConfiguration.size("64 mib") == 64 << 20)
        #expect(SluiceConfiguration.size("10kb") == 10 << 10)
        #expect(SluiceConfiguration.size("12") == 12)
        #expect(SluiceConfiguration.size("-5") == nil)
        #expect(SluiceConfiguration.size("-5K") == nil)
        #expect(SluiceConfiguration.size("lots") == nil)
        #expect(SluiceConfiguration.size("5TiB") == nil)
    }

    @Test(arguments: ["trace", "debug", "info", "notice", "warning", "error", "critical", "WARNING"])
    func load_whenLogLevel_parsesIt(value: String) throws {
        #expect(try load("log-level = \"\(value)\"").logLevel.rawValue == value.lowercased())
    }

    // MARK: - Errors

    @Test func load_whenUnknownKey_throwsUnknownKeyNamingIt() throws {
        let error = try loadError("""
            workers = 2
            batch_size = 10
            """)
        #expect(error?.code == .unknownKey)
        #expect(error?.code.rawValue == "config-unknown-key")
        #expect(error?.message.contains("'batch_size'") == true)
        #expect(error?.message.contains("batch-size") == true, "lists the known keys")
    }

    @Test func load_whenUnknownTable_throwsUnknownKeyNamingIt() throws {
        let error = try loadError("[daemon]\nworkers = 2\n")
        #expect(error?.code == .unknownKey)
        #expect(error?.message.contains("'daemon'") == true)
    }

    @Test(arguments: [
        ("batch-size", "0"), ("batch-size", "65537"), ("batch-size", "\"ten\""), ("batch-size", "1.5"),
        ("batch-window", "\"11s\""), ("batch-window", "\"soon\""), ("batch-window", "-1"), ("batch-window", "true"),
        ("batch-bytes", "\"512K\""), ("batch-bytes", "1000"), ("batch-bytes", "-1"),
        ("max-file-size", "0"), ("max-file-size", "\"2GiB\""), ("max-file-size", "\"big\""),
        ("rescan-interval", "\"50ms\""), ("rescan-interval", "0"), ("rescan-interval", "\"1d\""),
        ("queue-capacity", "0"), ("queue-capacity", "1000001"), ("queue-capacity", "\"many\""),
        ("workers", "0"), ("workers", "65"), ("workers", "[1, 2]"),
        ("log-level", "\"loud\""), ("log-level", "3"),
        ("spool", "\"\""), ("spool", "42"), ("state", "\"\""), ("state", "false"),
    ])
    func load_whenInvalidValue_throwsInvalidValueNamingTheKey(key: String, value: String) throws {
        let error = try loadError("\(key) = \(value)\n")
        #expect(error?.code == .invalidValue)
        #expect(error?.code.rawValue == "config-invalid-value")
        #expect(error?.message.contains("'\(key)'") == true)
    }

    @Test(arguments: ["batch-size = = 3", "workers = ", "[unclosed", "spool = \"no end", "a = 1\na = 2"])
    func load_whenNotValidTOML_throwsSyntax(text: String) throws {
        let error = try loadError(text)
        #expect(error?.code == .syntax)
        #expect(error?.code.rawValue == "config-syntax")
        #expect(error?.message.contains("sluiced.toml") == true)
    }

    @Test func load_whenFileMissing_throwsUnreadable() throws {
        let dir = try TemporaryDirectory("config")
        defer { dir.remove() }
        let error = #expect(throws: ConfigError.self) { try SluiceConfiguration.load(file: dir.appending("absent.toml")) }
        #expect(error?.code == .unreadable)
        #expect(error?.message.contains("absent.toml") == true)
    }

    @Test func apply_whenLayeredOnExistingConfiguration_overridesOnlyGivenKeys() throws {
        var config = SluiceConfiguration()
        config.workers = 5
        config.batchSize = 10
        try config.apply(toml: "batch-size = 20", source: "flags")
        #expect(config.workers == 5)
        #expect(config.batchSize == 20)
    }

    @Test func description_whenConfigError_isCodeColonMessage() throws {
        let error = try #require(try loadError("workers = 0"))
        #expect(error.description.hasPrefix("config-invalid-value: "))
        #expect(error.description.contains("'workers'"))
    }

    // MARK: - Out-of-range numbers must be rejected, not crash the daemon

    @Test func load_whenSizeOverflowsInt_throwsInvalidValueInsteadOfCrashing() async {
        await #expect(processExitsWith: .success) {
            var config = SluiceConfiguration()
            do throws(ConfigError) {
                try config.apply(toml: "max-file-size = \"99999999999GiB\"", source: "t")
                exit(2)
            } catch {
                exit(error.code == .invalidValue ? 0 : 3)
            }
        }
    }

    @Test func load_whenDurationOverflowsInt64_throwsInvalidValueInsteadOfCrashing() async {
        await #expect(processExitsWith: .success) {
            var config = SluiceConfiguration()
            do throws(ConfigError) {
                try config.apply(toml: "rescan-interval = \"1e300s\"", source: "t")
                exit(2)
            } catch {
                exit(error.code == .invalidValue ? 0 : 3)
            }
        }
    }

    @Test func load_whenFloatDurationOverflowsInt64_throwsInvalidValueInsteadOfCrashing() async {
        await #expect(processExitsWith: .success) {
            var config = SluiceConfiguration()
            do throws(ConfigError) {
                try config.apply(toml: "batch-window = 1e300", source: "t")
                exit(2)
            } catch {
                exit(error.code == .invalidValue ? 0 : 3)
            }
        }
    }
}
