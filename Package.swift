// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "sluice",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sluiced", targets: ["sluiced"]),
        .executable(name: "sluicectl", targets: ["sluicectl"]),
        .library(name: "SluiceCore", targets: ["SluiceCore"]),
        .library(name: "SluiceStore", targets: ["SluiceStore"]),
        .library(name: "SluiceText", targets: ["SluiceText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C shims: prototypes and one-line wrappers only, no logic.
        .target(
            name: "CSluiceLinux",
            cSettings: [.define("_GNU_SOURCE")]
        ),

        // libsystemd (Debian's libsystemd-dev): sd_notify, sd_listen_fds_with_names, sd_journal_sendv.
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),

        // CLD2 (Debian's libcld2-dev) behind a C header. cld2_full before cld2: libcld2.so holds the code
        // with small tables, libcld2_full.so the full tables, which then take over (nn vs no, …).
        .target(
            name: "CCLD2",
            cxxSettings: [.unsafeFlags(["-w"])],
            linkerSettings: [.linkedLibrary("cld2_full"), .linkedLibrary("cld2")]
        ),

        // Spool, queue, pipeline, configuration, errors.
        .target(
            name: "SluiceCore",
            dependencies: [
                "CSluiceLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        // The journaled store (SQLite through GRDB).
        .target(
            name: "SluiceStore",
            dependencies: [
                "SluiceCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // What sluiced tells systemd: readiness, status, watchdog, socket activation, journald fields.
        .target(
            name: "SluiceSystemd",
            dependencies: [
                "CSystemd", "SluiceCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // The control socket: protocol, server (SwiftNIO) and client.
        .target(
            name: "SluiceControl",
            dependencies: [
                "SluiceCore", "CSluiceLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Metrics exposition: the Prometheus registry the pipeline records into, and the optional HTTP listener.
        .target(
            name: "SluiceMetrics",
            dependencies: [
                "SluiceCore",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Decoding and parsing of articles.
        .target(
            name: "SluiceText",
            dependencies: [
                "SluiceCore", "CCLD2",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),

        .executableTarget(
            name: "sluiced",
            dependencies: [
                "SluiceCore", "SluiceStore", "SluiceText", "SluiceSystemd", "SluiceControl", "SluiceMetrics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "sluicectl",
            dependencies: [
                "SluiceCore", "SluiceStore", "SluiceText", "SluiceControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),

        // Benchmark helpers for `make bench` (bulk-load a store, time queries and stages); not installed.
        .executableTarget(
            name: "sluice-bench",
            dependencies: [
                "SluiceCore", "SluiceStore", "SluiceText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),

        .target(
            name: "SluiceTestSupport",
            dependencies: ["SluiceCore", .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/SluiceTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceCoreTests",
            dependencies: ["SluiceCore", "SluiceTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceStoreTests",
            dependencies: ["SluiceStore", "SluiceTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceTextTests",
            dependencies: ["SluiceText", "SluiceTestSupport"],
            exclude: ["DevSet", "Holdout", "Blind", "Blind2", "Blind3", "Blind4"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceSystemdTests",
            dependencies: ["SluiceSystemd", "SluiceTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceControlTests",
            dependencies: ["SluiceControl", "SluiceTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceMetricsTests",
            dependencies: [
                "SluiceMetrics", "SluiceCore", "SluiceTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SluiceEndToEndTests",
            dependencies: ["SluiceTestSupport", "SluiceCore", "SluiceControl", "sluiced", "sluicectl"],
            swiftSettings: strict
        ),
    ]
)
