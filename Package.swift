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
        .executable(name: "ifeval", targets: ["IFEvalCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "IFEvalEngine"),
        .target(name: "IFEvalReporter", dependencies: ["IFEvalEngine"]),
        .executableTarget(
            name: "IFEvalCLI",
            dependencies: [
                "IFEvalEngine",
                "IFEvalReporter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IFEvalEngineTests", dependencies: ["IFEvalEngine"], resources: [.copy("Vectors")]),
        .testTarget(name: "IFEvalReporterTests", dependencies: ["IFEvalReporter", "IFEvalEngine"]),
        // Runs the built `ifeval` executable as a user would.
        .testTarget(name: "IFEvalCLITests", dependencies: ["IFEvalCLI"]),
    ]
)
