import NNCore

/// The machine's matrix-multiply ceiling as nnb can reach it: GFLOP/s of a 2048 × 2048 × 2048
/// `cblas_sgemm` (2·2048³ floating-point operations), at the BLAS thread count already set; the
/// fastest of `repeats` after one untimed call.
func benchPeakGFLOPS(repeats: Int) -> Double {
    let size = 2048
    var random = SeededRandom(seed: 3)
    let a = Matrix<Float>(rows: size, columns: size, values: random.normals(size * size, scale: 1).map { Float($0) })
    let b = Matrix<Float>(rows: size, columns: size, values: random.normals(size * size, scale: 1).map { Float($0) })
    var c = Matrix<Float>(rows: size, columns: size)
    MatrixProduct.gemm(a, b, into: &c, kernel: .blas)
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        best = min(best, timed { MatrixProduct.gemm(a, b, into: &c, kernel: .blas) })
    }
    return 2 * Double(size * size * size) / best / 1e9
}
