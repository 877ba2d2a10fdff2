// swift-tools-version: 6.1
// Loader benchmark for spillover (issue 2): times EdgeListReader / GraphBuilder against a
// CSV package doing the equivalent work. Kept out of the root package so that the CSV
// packages are not dependencies of spillover itself. Run through scripts/bench-load.
import PackageDescription

let package = Package(
    name: "loader-bench",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "spillover", path: "../.."),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "loader-bench",
            dependencies: [
                .product(name: "SpilloverKit", package: "spillover"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Sources/LoaderBench"
        )
    ],
    swiftLanguageModes: [.v6]
)
