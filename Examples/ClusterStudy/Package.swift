// swift-tools-version: 6.1
// ClusterStudy: SpilloverKit used as another Swift package would use it, through its public
// API only. `make example` (from the repository root) builds and runs it.
//
// SwiftPM names a path dependency after its folder, so the root package's name (the
// checkout folder: main, a worktree, a CI clone) is derived here rather than hard-coded.
import Foundation
import PackageDescription

let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "ClusterStudy",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ClusterStudy",
            dependencies: [.product(name: "SpilloverKit", package: root)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
