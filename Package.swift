// swift-tools-version: 6.1
// spillover: network analysis of industrial clusters of SMEs.
// Licensed GPL-3.0-or-later (it links igraph, GPL-2.0-or-later); see LICENSE.
import PackageDescription

let package = Package(
    name: "spillover",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SpilloverKit", targets: ["SpilloverKit"]),
        .executable(name: "spillover", targets: ["spillover"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        // Only for `make docs` (swift package generate-documentation); no target depends on it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CIgraph",
            pkgConfig: "igraph",
            providers: [.apt(["libigraph-dev"])]
        ),
        // The package's one lock type (a pthread mutex that ThreadSanitizer sees).
        .target(name: "SpilloverLock"),
        // The only target that imports CIgraph: every igraph call, under one lock.
        .target(
            name: "SpilloverIGraph",
            dependencies: ["CIgraph", "SpilloverLock"]
        ),
        .target(
            name: "SpilloverKit",
            dependencies: ["SpilloverIGraph", "SpilloverLock"]
        ),
        .executableTarget(
            name: "spillover",
            dependencies: [
                "SpilloverKit",
                "SpilloverLock",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SpilloverKitTests",
            dependencies: [
                "SpilloverKit",
                "SpilloverIGraph",
                "SpilloverLock",
                .product(name: "Numerics", package: "swift-numerics"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SpilloverCLITests",
            dependencies: ["spillover", "SpilloverKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
