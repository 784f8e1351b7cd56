// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ifeval-swift",
    platforms: [.macOS(.v13)],
    products: [
        // The scoring engine: no package dependencies, so others can embed it.
        .library(name: "IFEvalEngine", targets: ["IFEvalEngine"]),
        // Summaries, tables, leaderboards, comparisons and gate rules.
        .library(name: "IFEvalReporter", targets: ["IFEvalReporter"]),
        // `ifeval serve`: the verifier server (Hummingbird); only this module depends on
        // the server stack.
        .library(name: "IFEvalServer", targets: ["IFEvalServer"]),
        .executable(name: "ifeval", targets: ["IFEvalCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .target(name: "IFEvalEngine"),
        .target(name: "IFEvalReporter", dependencies: ["IFEvalEngine"]),
        .target(
            name: "IFEvalServer",
            dependencies: [
                "IFEvalEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "IFEvalCLI",
            dependencies: [
                "IFEvalEngine",
                "IFEvalReporter",
                "IFEvalServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IFEvalEngineTests", dependencies: ["IFEvalEngine"], resources: [.copy("Vectors")]),
        .testTarget(name: "IFEvalReporterTests", dependencies: ["IFEvalReporter", "IFEvalEngine"]),
        // Runs the built `ifeval` executable as a user would.
        .testTarget(name: "IFEvalCLITests", dependencies: ["IFEvalCLI"]),
        // Starts the real server on an ephemeral loopback port and calls it over HTTP
        // (in process, and as `ifeval serve`); compares with `ifeval score`.
        .testTarget(
            name: "IFEvalServerTests",
            dependencies: [
                "IFEvalServer",
                "IFEvalCLI",
                "IFEvalEngine",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ]
)
