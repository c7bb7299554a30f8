#if os(Linux)
import Foundation
#endif

/// The vector instructions the processor offers, read from /proc/cpuinfo once.
enum ProcessorFeatures {
    /// The flags of the first processor (empty where they cannot be read).
    private static let flags: Set<String> = {
        #if os(Linux) && arch(x86_64)
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return [] }
        return Set(line.split(separator: " ").map(String.init))
        #else
        return []
        #endif
    }()

    /// Whether the eight-lane family may run: AVX2 and FMA.
    static let hasEightLanes: Bool = ["avx2", "fma"].allSatisfy(flags.contains)

    /// Whether the sixteen-lane kernels (`WideProduct`) may run: release builds compile them for
    /// x86-64-v4, so they need AVX-512 F, BW, CD, DQ and VL.
    static let hasWideVectors: Bool = ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"].allSatisfy(flags.contains)
}
