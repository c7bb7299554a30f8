#if os(Linux)
import Foundation
#endif

/// What the processor offers beyond the x86-64-v3 baseline the engine is built for.
enum ProcessorFeatures {
    /// Whether the sixteen-lane kernels (`WideProduct`) may run: release builds compile them for
    /// x86-64-v4, so they need AVX-512 F, BW, CD, DQ and VL, read from /proc/cpuinfo once. A
    /// portable build (`NNB_PORTABLE`) has no such kernels.
    static let hasWideVectors: Bool = {
        #if os(Linux) && arch(x86_64) && !NNB_PORTABLE
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
        let present = Set(flags.split(separator: " ").map(String.init))
        return ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"].allSatisfy(present.contains)
        #else
        return false
        #endif
    }()
}
