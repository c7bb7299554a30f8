/// The hand-written product for tiny shapes: C ← α·op(A)·op(B) + β·C, row-major.
///
/// Work goes eight columns at a time in SIMD registers:
/// - A·B and Aᵀ·B: a block of eight entries of a row of C stays in a register while p runs
///   over k, gaining op(A)[i][p]·B[p][j…j+7] each time (one vector multiply-add);
/// - A·Bᵀ: C[i][j] is the dot product of row i of A with row j of B, eight lanes at a time.
/// Leftover columns (and dot products shorter than eight) are done one by one.
enum SmallProduct {
    typealias Vector<T: NNScalar> = Lanes.Vector<T>

    @inline(__always)
    static func gemm<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, transB: Bool, beta: T, c: UnsafeMutablePointer<T>, ldc: Int
    ) {
        if transB {
            byDotProducts(m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA, b: b, ldb: ldb,
                          beta: beta, c: c, ldc: ldc)
            return
        }
        // op(A)[i][p] is a[i·lda + p], or a[p·lda + i] when A is stored transposed.
        let rowStride = transA ? 1 : lda
        let innerStride = transA ? lda : 1
        let blocks = n / 8 * 8
        for i in 0..<m {
            let row = c + i * ldc
            let aRow = a + i * rowStride
            var j = 0
            while j < blocks {
                var sum = Vector<T>()
                var bp = b + j
                for p in 0..<k {
                    sum.addProduct(Vector(repeating: aRow[p * innerStride]), Lanes.load(bp))
                    bp += ldb
                }
                let start: Vector<T> = beta == 0 ? Vector() : Vector(repeating: beta) * Lanes.load(row + j)
                Lanes.store(start.addingProduct(Vector(repeating: alpha), sum), row + j)
                j += 8
            }
            while j < n {
                var sum: T = 0
                for p in 0..<k { sum.addProduct(aRow[p * innerStride], b[p * ldb + j]) }
                row[j] = (beta == 0 ? 0 : beta * row[j]) + alpha * sum
                j += 1
            }
        }
    }

    /// C[i][j] = α·⟨row i of op(A), row j of B⟩ + β·C[i][j], for B stored n × k (op(B) = Bᵀ).
    @inline(__always)
    static func byDotProducts<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, beta: T, c: UnsafeMutablePointer<T>, ldc: Int
    ) {
        let blocks = transA ? 0 : k / 8 * 8
        for i in 0..<m {
            let row = c + i * ldc
            for j in 0..<n {
                let bRow = b + j * ldb
                var lanes = Vector<T>()
                var p = 0
                while p < blocks {
                    lanes.addProduct(Lanes.load(a + i * lda + p), Lanes.load(bRow + p))
                    p += 8
                }
                var sum = lanes.sum()
                while p < k {
                    sum += (transA ? a[p * lda + i] : a[i * lda + p]) * bRow[p]
                    p += 1
                }
                row[j] = (beta == 0 ? 0 : beta * row[j]) + alpha * sum
            }
        }
    }
}
