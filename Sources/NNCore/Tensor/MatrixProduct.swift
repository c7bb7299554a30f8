/// Matrix products C ← α·op(A)·op(B) + β·C, where op(X) is X or Xᵀ, all row-major.
///
/// Two implementations of one product:
/// - `small`: nnb's own kernels (`SmallProduct`, in the active `KernelFamily`), which give the
///   same bits on every processor and build;
/// - `blas`: `cblas_sgemm` / `cblas_dgemm`, with the transposes passed as flags (no copies),
///   whose last bits depend on the BLAS build, the processor and its threads;
/// and `reference`, three plain loops held against both in the tests. `gemm` picks `small` when
/// m·n·k ≤ `ownLimit` or BLAS is switched off (`set blas off`), and BLAS otherwise; the choice
/// depends only on the shape and that switch, never on the processor.
public enum MatrixProduct {
    /// Largest m·n·k sent to nnb's own kernels while BLAS is allowed: every product of the
    /// teaching notebooks and of W1 and W2 (up to 1024 rows through a 64-unit layer), not the
    /// 784-input layer of W3.
    public static let ownLimit = 1 << 22

    /// Whether products above `ownLimit` may go to BLAS (`set blas on`, the default). Set it
    /// before computing, not while another thread computes.
    nonisolated(unsafe) public static var allowsBLAS = true

    /// Whether a product of these sizes runs in nnb's own kernels rather than BLAS.
    @inline(__always)
    static func usesOwnKernel(m: Int, n: Int, k: Int) -> Bool {
        !allowsBLAS || m * n * k <= ownLimit
    }

    /// Shapes of op(A) (m × k) and op(B) (k × n), checked to agree with C (m × n).
    @inline(__always)
    static func shapes(_ a: (Int, Int), _ transA: Bool, _ b: (Int, Int), _ transB: Bool,
                       _ c: (Int, Int)) -> (m: Int, n: Int, k: Int) {
        let m = transA ? a.1 : a.0
        let k = transA ? a.0 : a.1
        let kb = transB ? b.1 : b.0
        let n = transB ? b.0 : b.1
        precondition(k == kb, "inner sizes differ: \(k) and \(kb)")
        precondition(c.0 == m && c.1 == n, "product is \(m)×\(n), result holds \(c.0)×\(c.1)")
        return (m, n, k)
    }

    /// C ← α·op(A)·op(B) + β·C on raw row-major storage; lda, ldb, ldc are the stored widths.
    @inline(__always)
    static func gemm<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, transB: Bool, beta: T, c: UnsafeMutablePointer<T>, ldc: Int
    ) {
        if m == 0 || n == 0 { return }
        if k == 0 || usesOwnKernel(m: m, n: n, k: k) {
            SmallProduct.gemm(m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA,
                              b: b, ldb: ldb, transB: transB, beta: beta, c: c, ldc: ldc)
        } else {
            T.blasGEMM(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                       a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        }
    }

    /// Which implementation a call uses.
    public enum Kernel: Sendable, CaseIterable {
        /// `small` up to `ownLimit` or with BLAS switched off, else `blas`.
        case automatic
        /// Always BLAS.
        case blas
        /// Always the hand-written kernel.
        case small
    }

    /// C ← α·op(A)·op(B) + β·C for matrices. A: m × k (k × m when transposed), B: k × n
    /// (n × k when transposed), C: m × n.
    public static func gemm<T: NNScalar>(
        _ a: Matrix<T>, _ b: Matrix<T>, transposeA transA: Bool = false, transposeB transB: Bool = false,
        into c: inout Matrix<T>, alpha: T = 1, beta: T = 0, kernel: Kernel = .automatic
    ) {
        let (m, n, k) = shapes((a.rows, a.columns), transA, (b.rows, b.columns), transB, (c.rows, c.columns))
        if m == 0 || n == 0 { return }
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.values.withUnsafeMutableBufferPointer { pc in
                    guard let a0 = pa.baseAddress, let b0 = pb.baseAddress, let c0 = pc.baseAddress else {
                        for i in 0..<(m * n) { pc[i] *= beta }
                        return
                    }
                    switch kernel {
                    case .automatic:
                        gemm(m: m, n: n, k: k, alpha: alpha, a: a0, lda: a.columns, transA: transA,
                             b: b0, ldb: b.columns, transB: transB, beta: beta, c: c0, ldc: c.columns)
                    case .blas:
                        T.blasGEMM(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                                   a: a0, lda: a.columns, b: b0, ldb: b.columns, beta: beta, c: c0, ldc: c.columns)
                    case .small:
                        SmallProduct.gemm(m: m, n: n, k: k, alpha: alpha, a: a0, lda: a.columns, transA: transA,
                                          b: b0, ldb: b.columns, transB: transB, beta: beta, c: c0, ldc: c.columns)
                    }
                }
            }
        }
    }

    /// The same product in plain Swift:
    /// `C[i][j] = α·Σₚ op(A)[i][p]·op(B)[p][j] + β·C[i][j]`.
    public static func reference<T: NNScalar>(
        _ a: Matrix<T>, _ b: Matrix<T>, transposeA transA: Bool = false, transposeB transB: Bool = false,
        into c: inout Matrix<T>, alpha: T = 1, beta: T = 0
    ) {
        let (m, n, k) = shapes((a.rows, a.columns), transA, (b.rows, b.columns), transB, (c.rows, c.columns))
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
