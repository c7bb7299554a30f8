/// The family of hand-written kernels that computes matrix products.
///
/// Every family computes each output element of a product as the same chain of fused
/// multiply-adds in the same order, C[i][j] = fma(α, s, start) with s = fma(op(A)[i][k−1],
/// op(B)[k−1][j], … fma(op(A)[i][0], op(B)[0][j], 0)) and start = bias[j], β·C[i][j] or 0, so
/// they differ in speed only, never in a bit of the result. The vector families put different
/// output columns in different lanes and never split a chain across lanes.
public enum KernelFamily: String, CaseIterable, Sendable {
    /// Plain scalar loops, one output element at a time.
    case reference
    /// Eight lanes (one AVX2 register of Float).
    case avx2
    /// Sixteen lanes of Float (one AVX-512 register); Double products use eight.
    case avx512
    /// Four lanes (one NEON register of Float), written with Swift's SIMD types, so it builds
    /// and runs on any processor.
    case neon

    /// The family products use now: the processor's best unless a test or `NNB_KERNEL` chose
    /// another. Set it before computing, not while another thread computes.
    nonisolated(unsafe) public static var active: KernelFamily = best

    /// The fastest family this processor runs.
    public static let best: KernelFamily = {
        #if arch(x86_64)
        if ProcessorFeatures.hasWideVectors { return .avx512 }
        if ProcessorFeatures.hasEightLanes { return .avx2 }
        #endif
        return .neon
    }()

    /// Whether this processor can run the family (`reference` and `neon` run anywhere).
    public var isSupported: Bool {
        switch self {
        case .reference, .neon: true
        case .avx2: ProcessorFeatures.hasEightLanes
        case .avx512: ProcessorFeatures.hasWideVectors
        }
    }

    /// The families this processor can run, in declaration order.
    public static var supported: [KernelFamily] { allCases.filter(\.isSupported) }

    /// Chooses the family named by `NNB_KERNEL`'s value; nil or empty keeps the processor's best.
    /// Throws a one-line message for an unknown name or a family this processor cannot run.
    public static func choose(named name: String?) throws(KernelChoiceError) {
        guard let name, !name.isEmpty else { return }
        guard let family = KernelFamily(rawValue: name) else {
            throw KernelChoiceError(message: "NNB_KERNEL=\(name) is not a kernel family: use one of "
                + allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard family.isSupported else {
            throw KernelChoiceError(message: "NNB_KERNEL=\(name): this processor cannot run the \(name) kernels; "
                + "it runs " + supported.map(\.rawValue).joined(separator: ", "))
        }
        active = family
    }
}

/// Why `NNB_KERNEL` was refused.
public struct KernelChoiceError: Error, Sendable, CustomStringConvertible {
    /// The one-line message.
    public let message: String
    public var description: String { message }
}
