// swift-tools-version:6.0
import PackageDescription

/// nnb: a neural-network notebook shell.
///
/// Dependencies point one way: `nnb` → `NNShell` → (`NNPlot`, `NNCore`) → system libraries.
let package = Package(
    name: "nnb",
    products: [
        .executable(name: "nnb", targets: ["nnb"]),
        .executable(name: "nnb-bench", targets: ["nnb-bench"]),
        .library(name: "NNCore", targets: ["NNCore"]),
    ],
    targets: [
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "NNCore",
            dependencies: [.target(name: "CBLAS", condition: .when(platforms: [.linux]))]
        ),
        .target(name: "NNPlot", dependencies: ["CZlib"]),
        .target(name: "NNShell", dependencies: ["NNCore", "NNPlot", "CLibEdit"]),
        .executableTarget(name: "nnb", dependencies: ["NNShell"]),
        .executableTarget(name: "nnb-bench", dependencies: ["NNCore", "NNShell", "NNPlot"]),
        .testTarget(name: "NNCoreTests", dependencies: ["NNCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNPlotTests", dependencies: ["NNPlot", "CZlib"], exclude: ["Snapshots"]),
        .testTarget(name: "NNShellTests", dependencies: ["NNShell", "NNCore"]),
    ]
)
