import Foundation
#if canImport(Accelerate)
import Accelerate
#else
import CBLAS
#endif

/// The number types the engine computes in: `Float` for training, `Double` for gradient checks
/// and for tests against the 64-bit golden values.
///
/// Each conforming type names its elementary functions and its BLAS matrix product, so generic
/// code specialises into straight-line loops and one `cblas_?gemm` call per product. The
/// elementary functions are nnb's own (`VectorMath` for Float, `Elementary` for Double), the same
/// bits on every processor and platform.
public protocol NNScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable, LosslessStringConvertible {
    /// eˣ
    static func exp(_ x: Self) -> Self
    /// ln x
    static func log(_ x: Self) -> Self
    /// ln(1 + x), accurate for small x
    static func log1p(_ x: Self) -> Self
    /// tanh x
    static func tanh(_ x: Self) -> Self
    /// C ← α·op(A)·op(B) + β·C with row-major storage; op(A) is m × k, op(B) is k × n, C is m × n.
    static func blasGEMM(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Self,
        a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
        beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
}

@inline(__always)
private func blasTranspose(_ t: Bool) -> CBLAS_TRANSPOSE {
    t ? CblasTrans : CblasNoTrans
}

extension Float: NNScalar {
    /// eˣ through lane 0 of `VectorMath.exp`, so single values and vector passes agree.
    @inline(__always) public static func exp(_ x: Float) -> Float { VectorMath.exp(VectorMath.Floats(repeating: x))[0] }
    /// ln x through lane 0 of `VectorMath.log` (x positive and finite).
    @inline(__always) public static func log(_ x: Float) -> Float { VectorMath.log(VectorMath.Floats(repeating: x))[0] }
    /// ln(1 + x) = ln u + (x − (u − 1))/u with u = 1 + x rounded.
    @inline(__always) public static func log1p(_ x: Float) -> Float {
        let u = 1 + x
        return u == 1 ? x : log(u) + (x - (u - 1)) / u
    }
    /// tanh x through lane 0 of `VectorMath.tanh`.
    @inline(__always) public static func tanh(_ x: Float) -> Float { VectorMath.tanh(VectorMath.Floats(repeating: x))[0] }

    public static func blasGEMM(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, blasTranspose(transA), blasTranspose(transB),
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Double: NNScalar {
    /// eˣ (`Elementary.exp`, not the C library's).
    @inline(__always) public static func exp(_ x: Double) -> Double { Elementary.exp(x) }
    /// ln x (`Elementary.log`).
    @inline(__always) public static func log(_ x: Double) -> Double { Elementary.log(x) }
    /// ln(1 + x) (`Elementary.log1p`).
    @inline(__always) public static func log1p(_ x: Double) -> Double { Elementary.log1p(x) }
    /// tanh x (`Elementary.tanh`).
    @inline(__always) public static func tanh(_ x: Double) -> Double { Elementary.tanh(x) }

    public static func blasGEMM(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, blasTranspose(transA), blasTranspose(transB),
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
