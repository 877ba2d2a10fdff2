// swift-tools-version: 6.1
// spillover's own performance regressions (issue 9), with ordo-one/benchmark:
//
//   cd Benchmarks && swift package --disable-sandbox benchmark
//   swift package --disable-sandbox benchmark baseline check --check-absolute-path Thresholds
//
// A separate package so that the benchmark harness is no dependency of spillover itself.
// The root package is named by its checkout folder (SwiftPM derives a path dependency's
// identity from the last path component), so the name is derived here, not hard-coded:
// the benchmarks build in /work/main, in a worktree or in a CI clone alike.
import Foundation
import PackageDescription

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "spillover-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SpilloverBenchmarks",
            dependencies: [
                .product(name: "SpilloverKit", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SpilloverBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // A plain-main driver of the diffusion engine for callgrind (see its main.swift); outside
        // Benchmarks/, where the benchmark plugin looks for its targets.
        .executableTarget(
            name: "CascadeProfile",
            dependencies: [.product(name: "SpilloverKit", package: root)],
            path: "Profile/CascadeProfile"
        ),
        // The same for the per-firm measures of `spillover metrics` (MetricsTable.compute).
        .executableTarget(
            name: "MetricsProfile",
            dependencies: [.product(name: "SpilloverKit", package: root)],
            path: "Profile/MetricsProfile"
        ),
    ],
    swiftLanguageModes: [.v6]
)
