// swift-tools-version:6.0
import PackageDescription

/// Release builds of the numeric code: no overflow or bounds traps in the kernels (their indices
/// are checked where the shapes are), AVX2 and FMA (x86-64-v3: every x86 server since 2015) for
/// the vector kernels, and square roots without the errno check that keeps them scalar.
/// Debug builds still optimise the numeric modules, so the test suite's training runs stay fast.
let releaseSpeed: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-Xcc", "-march=x86-64-v3", "-Xcc", "-fno-math-errno"], .when(platforms: [.linux], configuration: .release)),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]

/// The sixteen-lane kernels: x86-64-v4 (AVX-512) in release builds; NNCore calls them only on a
/// processor that reports those instructions.
let wideVectors: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-Xcc", "-march=x86-64-v4", "-Xcc", "-fno-math-errno"], .when(platforms: [.linux], configuration: .release)),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]

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
        .systemLibrary(name: "CMark", path: "Sources/CMark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .target(name: "NNKernels", swiftSettings: wideVectors),
        .target(
            name: "NNCore",
            dependencies: ["NNKernels", .target(name: "CBLAS", condition: .when(platforms: [.linux]))],
            swiftSettings: releaseSpeed
        ),
        .target(name: "NNPlot", dependencies: ["CZlib"]),
        .target(name: "NNShell", dependencies: ["NNCore", "NNPlot", "CLibEdit", "CMark"]),
        .executableTarget(name: "nnb", dependencies: ["NNShell"]),
        .executableTarget(name: "nnb-bench", dependencies: ["NNCore", "NNShell", "NNPlot"]),
        // Fuzz targets (scripts/fuzz.sh builds it with libFuzzer; an ordinary build replays inputs).
        .executableTarget(name: "nnb-fuzz", dependencies: ["NNShell"]),
        .testTarget(name: "NNCoreTests", dependencies: ["NNCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNPlotTests", dependencies: ["NNPlot", "CZlib"], exclude: ["Terminal/Snapshots"]),
        .testTarget(name: "NNShellTests", dependencies: ["NNShell", "NNCore", "NNPlot", "CZlib"]),
    ]
)
