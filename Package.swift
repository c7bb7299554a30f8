// swift-tools-version:6.0
import PackageDescription

/// `NNB_PORTABLE=1 swift build` makes a build without any `-march` flag: only the reference and
/// Swift-SIMD kernel families, no AVX code anywhere, so it runs on any processor of its
/// architecture. The Swift code sees it as the compilation condition `NNB_PORTABLE`.
let portable = ["1", "yes", "true", "on"].contains(Context.environment["NNB_PORTABLE"]?.lowercased() ?? "")

/// Architecture-specific code generation applies only on an x86-64 host outside a portable
/// build; arm64 has NEON in its baseline and needs no flag.
#if arch(x86_64)
let x86Release = !portable
#else
let x86Release = false
#endif

/// `-march=LEVEL` for a release build of an x86-64 host, nothing elsewhere.
func march(_ level: String) -> [String] {
    x86Release ? ["-Xcc", "-march=\(level)"] : []
}

/// Marks a portable build for the Swift code (`#if NNB_PORTABLE`).
let portableCondition: [SwiftSetting] = portable ? [.define("NNB_PORTABLE")] : []

/// Release builds of the numeric code: no overflow or bounds traps in the kernels (their indices
/// are checked where the shapes are), AVX2 and FMA on x86-64 (x86-64-v3: every x86 server since
/// 2015) for the vector kernels, and square roots without the errno check that keeps them scalar.
/// Debug builds still optimise the numeric modules, so the test suite's training runs stay fast.
let releaseSpeed: [SwiftSetting] = portableCondition + [
    .unsafeFlags(["-Ounchecked", "-Xcc", "-fno-math-errno"] + march("x86-64-v3"),
                 .when(platforms: [.linux, .macOS], configuration: .release)),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]

/// The sixteen-lane kernels: x86-64-v4 (AVX-512) in x86-64 release builds; NNCore calls them
/// only on a processor that reports those instructions, and a portable build leaves them out.
let wideVectors: [SwiftSetting] = portableCondition + [
    .unsafeFlags(["-Ounchecked", "-Xcc", "-fno-math-errno"] + march("x86-64-v4"),
                 .when(platforms: [.linux, .macOS], configuration: .release)),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]

/// The processor check before `main`: told which instruction set the release build needs.
let processorCheck: [CSetting] = x86Release
    ? [.define("NNB_NEEDS_X86_64_V3", .when(configuration: .release))]
    : []

/// nnb: a neural-network notebook shell.
///
/// Dependencies point one way: `nnb` → `NNShell` → (`NNPlot`, `NNCore`) → system libraries.
let package = Package(
    name: "nnb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nnb", targets: ["nnb"]),
        .executable(name: "nnb-bench", targets: ["nnb-bench"]),
        .library(name: "NNCore", targets: ["NNCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CMark", path: "Sources/CMark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .target(name: "CProcessorCheck", cSettings: processorCheck),
        .target(name: "NNKernels", swiftSettings: wideVectors),
        .target(
            name: "NNCore",
            dependencies: ["NNKernels", .target(name: "CBLAS", condition: .when(platforms: [.linux]))],
            swiftSettings: releaseSpeed,
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]
        ),
        .target(name: "NNPlot", dependencies: ["CZlib"]),
        .target(
            name: "NNShell",
            dependencies: ["NNCore", "NNPlot", "CLibEdit", "CMark",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: portableCondition
        ),
        .executableTarget(name: "nnb", dependencies: ["CProcessorCheck", "NNShell"]),
        .executableTarget(name: "nnb-bench", dependencies: ["CProcessorCheck", "NNCore", "NNShell", "NNPlot"]),
        // Fuzz targets (scripts/fuzz.sh builds it with libFuzzer; an ordinary build replays inputs).
        .executableTarget(name: "nnb-fuzz", dependencies: ["NNShell"]),
        .testTarget(name: "NNCoreTests", dependencies: ["NNCore"], resources: [.copy("Fixtures")],
                    swiftSettings: portableCondition),
        .testTarget(name: "NNPlotTests", dependencies: ["NNPlot", "CZlib"], exclude: ["Terminal/Snapshots"]),
        .testTarget(name: "NNShellTests", dependencies: ["NNShell", "NNCore", "NNPlot", "CZlib", "CProcessorCheck"],
                    swiftSettings: portableCondition),
    ]
)
