/// The reference family's product: plain loops, one output element at a time.
///
/// C[i][j] = fma(α, s, start) with s the chain s ← fma(op(A)[i][p], op(B)[p][j], s) for
/// p = 0, 1, …, k−1 from s = 0, and start = bias[j] when a bias is given, else β·C[i][j] (0 when
/// β = 0). This is the order every other family reproduces lane by lane.
enum ReferenceProduct {
    /// C ← α·op(A)·op(B) + β·C, or + bias in every row; A: m × k (k × m when `transA`),
    /// B: k × n (n × k when `transB`), C: m × n, all row-major with stored widths lda, ldb, ldc.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func gemm<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, transB: Bool, beta: T, c: UnsafeMutablePointer<T>, ldc: Int,
        bias: UnsafePointer<T>?
    ) {
        let aRow = transA ? 1 : lda, aInner = transA ? lda : 1
        let bColumn = transB ? ldb : 1, bInner = transB ? 1 : ldb
        for i in 0..<m {
            for j in 0..<n {
                var sum: T = 0
                for p in 0..<k { sum.addProduct(a[i * aRow + p * aInner], b[j * bColumn + p * bInner]) }
                c[i * ldc + j] = start(bias, beta, c, i * ldc + j, column: j).addingProduct(alpha, sum)
            }
        }
    }

    /// What element `index` of C (in column `column`) starts from: the bias, β·C or 0.
    @inline(__always)
    static func start<T: NNScalar>(_ bias: UnsafePointer<T>?, _ beta: T, _ c: UnsafeMutablePointer<T>, _ index: Int,
                                   column: Int) -> T {
        if let bias { return bias[column] }
        return beta == 0 ? 0 : beta * c[index]
    }
}
