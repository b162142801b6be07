// swift-tools-version:6.0
// Plexe Data: a self-hosted data-management API (FastCGI behind nginx).
//
// The targets mirror the design, outside in:
//   plexe-data (CLI)  →  PlexeServer (transport, HTTP, API handlers, catalog, jobs)
//                     →  domain modules, each unaware of HTTP:
//                        PlexeIngest · PlexeQuery · PlexeLanguage · PlexeModel · PlexeAnalysis · PlexeCharts · PlexeExport · PlexeNotify
//                     →  PlexeFoundation (SQLite, crypto, JSON, dataset vocabulary)
//                     →  system libraries (libfcgi, libcrypto, libssl, libsqlite3, zlib, libcurl, libzstd, libxml2, libpq)
// Sources/README.md draws the house: which module and which PlexeServer folder owns what.
import PackageDescription

let package = Package(
    name: "plexe-data",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plexe-data", targets: ["plexe-data"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Operations: /metrics in the Prometheus text format (README, "Operations"); brings
        // swift-metrics' CoreMetrics, whose types its registry implements.
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // System libraries (Debian: libsqlite3-dev, libssl-dev, libfcgi-dev, zlib1g-dev, libcurl4-openssl-dev,
        // libzstd-dev, libxml2-dev, libpq-dev).
        .systemLibrary(name: "CSQLite3", pkgConfig: "sqlite3"),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto"),
        .systemLibrary(name: "CFastCGI"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
        .systemLibrary(name: "CLibSSL", pkgConfig: "libssl"),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Parquet's ZSTD pages, and the streaming XML reader for .xlsx sheets.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        // The PostgreSQL catalog (PLEXE_CATALOG_URL): libpq's blocking API suits the FastCGI threads.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // C, because it is SQLite's allocator and functions: a per-query memory budget and
        // string functions whose cost cannot outrun a deadline (see the file's header).
        .target(name: "CSQLiteGuards", dependencies: ["CSQLite3"]),

        .target(name: "PlexeFoundation", dependencies: ["CSQLite3", "CLibCrypto"]),
        // The version stamped at build time (`plexe-data --version`); see its header.
        .target(name: "CBuildInfo"),

        // Domain: plain values in, plain values out. No HTTP types below this line.
        .target(name: "PlexeIngest", dependencies: ["PlexeFoundation", "CSQLite3", "CZlib", "CZstd", "CLibXML2"]),
        .target(name: "PlexeQuery", dependencies: ["PlexeFoundation", "CSQLite3", "CSQLiteGuards"]),
        .target(name: "PlexeLanguage", dependencies: ["PlexeFoundation"]),
        .target(name: "PlexeAnalysis", dependencies: ["PlexeFoundation", "CSQLite3"]),
        .target(name: "PlexeCharts", dependencies: ["PlexeFoundation", "CZlib"]),
        .target(name: "PlexeExport", dependencies: ["PlexeFoundation", "CZlib"]),
        .target(name: "PlexeNotify", dependencies: ["PlexeFoundation", "CLibSSL", .product(name: "Logging", package: "swift-log")]),
        // An OpenAI-compatible language model behind the embedded engine: prompt, client, SQL extraction.
        .target(name: "PlexeModel", dependencies: ["PlexeFoundation", "CSQLite3", "CCurl"]),
        // An S3-compatible object store: SigV4 signing (presigned URLs, signed requests) and a
        // blocking libcurl client for the few calls the server makes (HEAD, ranged GET, PUT, copy, delete).
        .target(name: "PlexeObjectStore", dependencies: ["PlexeFoundation", "CCurl"]),

        .target(
            name: "PlexeServer",
            dependencies: [
                "PlexeFoundation", "PlexeIngest", "PlexeQuery", "PlexeLanguage",
                "PlexeAnalysis", "PlexeCharts", "PlexeExport", "PlexeNotify", "PlexeModel", "PlexeObjectStore", "CFastCGI", "CBuildInfo", "CSQLite3",
                "CLibCrypto", "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ], swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]),
        .executableTarget(
            name: "plexe-data",
            dependencies: [
                "PlexeServer", "PlexeFoundation", "PlexeNotify",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        .testTarget(name: "PlexeFoundationTests", dependencies: ["PlexeFoundation"]),
        // Helpers more than one test target uses (Python reference scripts, seeded random data).
        .target(name: "PlexeTestSupport", path: "Tests/PlexeTestSupport"),
        .testTarget(name: "PlexeIngestTests", dependencies: ["PlexeIngest", "PlexeFoundation", "PlexeExport", "PlexeTestSupport"]),
        .testTarget(name: "PlexeQueryTests", dependencies: ["PlexeQuery", "PlexeFoundation", "CSQLiteGuards", "CSQLite3"]),
        .testTarget(name: "PlexeLanguageTests", dependencies: ["PlexeLanguage", "PlexeFoundation"]),
        .testTarget(name: "PlexeAnalysisTests", dependencies: ["PlexeAnalysis", "PlexeFoundation", "PlexeTestSupport"]),
        .testTarget(name: "PlexeChartsTests", dependencies: ["PlexeCharts", "PlexeFoundation", "CZlib"]),
        .testTarget(name: "PlexeExportTests", dependencies: ["PlexeExport", "PlexeFoundation", "PlexeTestSupport"]),
        .testTarget(name: "PlexeNotifyTests", dependencies: ["PlexeNotify", "PlexeFoundation", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "PlexeModelTests", dependencies: ["PlexeModel", "PlexeFoundation"], exclude: ["Snapshots"]),
        .testTarget(
            name: "PlexeObjectStoreTests", dependencies: ["PlexeObjectStore", "PlexeFoundation", "PlexeTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "PlexeServerTests", dependencies: ["PlexeServer", "PlexeFoundation", "PlexeObjectStore", "PlexeTestSupport", "CSQLite3"]),
    ]
)

// libFuzzer targets (fuzz/), declared only when PLEXE_FUZZ is set: they link only when built
// with `-sanitize=fuzzer`, which brings libFuzzer, so the normal build and `swift test` must not
// see them. `scripts/fuzz` sets it and builds in `.build-fuzz`.
if Context.environment["PLEXE_FUZZ"] != nil {
    package.targets += [
        .systemLibrary(name: "CLibFuzzer", path: "fuzz/Sources/CLibFuzzer"),
        .target(
            name: "FuzzSupport", dependencies: ["CLibFuzzer", "PlexeFoundation", "PlexeIngest", "PlexeQuery", "CSQLite3"],
            path: "fuzz/Sources/FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", "PlexeIngest", "PlexeFoundation"], path: "fuzz/Sources/FuzzCSV"),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport", "PlexeIngest", "PlexeFoundation"], path: "fuzz/Sources/FuzzJSON"),
        .executableTarget(
            name: "FuzzURLSigner", dependencies: ["FuzzSupport", "PlexeServer", "PlexeFoundation"], path: "fuzz/Sources/FuzzURLSigner"),
        .executableTarget(
            name: "FuzzSQL", dependencies: ["FuzzSupport", "PlexeQuery", "PlexeIngest", "PlexeFoundation"], path: "fuzz/Sources/FuzzSQL"),
        .executableTarget(
            name: "FuzzLanguage", dependencies: ["FuzzSupport", "PlexeLanguage", "PlexeQuery", "PlexeFoundation"],
            path: "fuzz/Sources/FuzzLanguage"),
    ]
}
