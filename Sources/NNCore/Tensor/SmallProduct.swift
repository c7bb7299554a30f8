#if !NNB_PORTABLE
import NNKernels
#endif

/// nnb's own product, C ← α·op(A)·op(B) + β·C (or + bias in every row), in the active
/// `KernelFamily`: every family computes each element as the same chain of fused multiply-adds
/// (`ReferenceProduct`), so which one runs changes the speed and never the result.
///
/// - `reference`: `ReferenceProduct`, one element at a time;
/// - `neon`: `LaneProduct` with four lanes; `avx2`: with eight;
/// - `avx512`: Float products go sixteen columns at a time through `WideProduct` (compiled for
///   AVX-512), the columns past the last multiple of sixteen and Double products through the
///   eight-lane `LaneProduct`.
/// Products with op(B) = Bᵀ run as plain chains in every family (only the public API asks for
/// them; the dense layer copies Wᵀ into its workspace instead).
enum SmallProduct {
    /// C ← α·op(A)·op(B) + β·C, or, when `bias` is given, C ← α·op(A)·B + bias in every row
    /// (the dense layer's z = xW + b in one pass; `bias` has n entries and replaces β·C).
    /// Pre-specialised for Float and Double, so builds without whole-module optimisation (debug)
    /// still run it as straight-line code.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func gemm<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, transB: Bool, beta: T, c: UnsafeMutablePointer<T>, ldc: Int,
        bias: UnsafePointer<T>? = nil
    ) {
        let family = KernelFamily.active
        if transB || family == .reference {
            ReferenceProduct.gemm(m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA, b: b, ldb: ldb,
                                  transB: transB, beta: beta, c: c, ldc: ldc, bias: bias)
            return
        }
        #if NNB_PORTABLE
        let first = 0
        #else
        var first = 0
        #endif
        switch family {
        case .neon:
            LaneProduct.gemm(SIMD4<T>.self, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA,
                             b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, bias: bias)
            return
        #if !NNB_PORTABLE
        case .avx512 where T.self == Float.self && n >= 16:
            first = WideProduct.gemm(m: m, n: n, k: k, alpha: unsafeBitCast(alpha, to: Float.self), a: floats(a), lda: lda,
                                     transA: transA, b: floats(b), ldb: ldb, beta: unsafeBitCast(beta, to: Float.self),
                                     c: UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), ldc: ldc,
                                     bias: bias.map(floats))
            if first == n { return }
        #endif
        default:
            break
        }
        LaneProduct.gemm(SIMD8<T>.self, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA,
                         b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, bias: bias, from: first)
    }

    /// A Float buffer seen as such (the caller has checked that T is Float).
    @inline(__always)
    static func floats<T>(_ p: UnsafePointer<T>) -> UnsafePointer<Float> {
        UnsafeRawPointer(p).assumingMemoryBound(to: Float.self)
    }
}
