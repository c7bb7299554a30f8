/// Matrix products C ← α·op(A)·op(B) + β·C, where op(X) is X or Xᵀ.
///
/// The engine's products go to BLAS (`cblas_sgemm` / `cblas_dgemm`) with the transposes passed
/// as flags, so no transposed copy is ever made. `reference` is the same product written out as
/// three loops: it is what the BLAS call computes, and the tests hold the two against each other.
public enum MatrixProduct {
    /// Shapes of op(A) (m × k) and op(B) (k × n), checked to agree with C (m × n).
    @inline(__always)
    static func shapes<T>(_ a: Matrix<T>, _ transA: Bool, _ b: Matrix<T>, _ transB: Bool,
                          _ c: Matrix<T>) -> (m: Int, n: Int, k: Int) {
        let m = transA ? a.columns : a.rows
        let k = transA ? a.rows : a.columns
        let kb = transB ? b.columns : b.rows
        let n = transB ? b.rows : b.columns
        precondition(k == kb, "inner sizes differ: \(k) and \(kb)")
        precondition(c.rows == m && c.columns == n, "product is \(m)×\(n), result holds \(c.rows)×\(c.columns)")
        return (m, n, k)
    }

    /// C ← α·op(A)·op(B) + β·C through BLAS. A: m × k (k × m when transposed), B: k × n
    /// (n × k when transposed), C: m × n.
    public static func gemm<T: NNScalar>(
        _ a: Matrix<T>, _ b: Matrix<T>, transposeA transA: Bool = false, transposeB transB: Bool = false,
        into c: inout Matrix<T>, alpha: T = 1, beta: T = 0
    ) {
        let (m, n, k) = shapes(a, transA, b, transB, c)
        if m == 0 || n == 0 { return }
        if k == 0 {
            for i in c.values.indices { c.values[i] *= beta }
            return
        }
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.values.withUnsafeMutableBufferPointer { pc in
                    T.blasGEMM(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                               a: pa.baseAddress!, lda: a.columns, b: pb.baseAddress!, ldb: b.columns,
                               beta: beta, c: pc.baseAddress!, ldc: c.columns)
                }
            }
        }
    }

    /// The same product as `gemm`, in plain Swift:
    /// `C[i][j] = α·Σₚ op(A)[i][p]·op(B)[p][j] + β·C[i][j]`.
    public static func reference<T: NNScalar>(
        _ a: Matrix<T>, _ b: Matrix<T>, transposeA transA: Bool = false, transposeB transB: Bool = false,
        into c: inout Matrix<T>, alpha: T = 1, beta: T = 0
    ) {
        let (m, n, k) = shapes(a, transA, b, transB, c)
        for i in 0..<m {
            for j in 0..<n {
                var sum: T = 0
                for p in 0..<k {
                    let x = transA ? a[p, i] : a[i, p]
                    let y = transB ? b[j, p] : b[p, j]
                    sum += x * y
                }
                c[i, j] = alpha * sum + (beta == 0 ? 0 : beta * c[i, j])
            }
        }
    }

    /// op(A)·op(B) as a new matrix.
    public static func product<T: NNScalar>(
        _ a: Matrix<T>, _ b: Matrix<T>, transposeA transA: Bool = false, transposeB transB: Bool = false
    ) -> Matrix<T> {
        var c = Matrix<T>(rows: transA ? a.columns : a.rows, columns: transB ? b.rows : b.columns)
        gemm(a, b, transposeA: transA, transposeB: transB, into: &c)
        return c
    }
}
