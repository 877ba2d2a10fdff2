// swift-tools-version: 6.1
// A libFuzzer target over spillover's readers and graph builder; a package of its own so
// that the root package's products never carry fuzzer instrumentation. Run `make fuzz`.
import PackageDescription

let package = Package(
    name: "spillover-fuzz",
    dependencies: [.package(name: "spillover", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzReaders",
            dependencies: ["FuzzDriver", .product(name: "SpilloverKit", package: "spillover")],
            // No top-level code: FuzzReaders_main (what SwiftPM links as main) runs libFuzzer.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
