#if !NNB_PORTABLE
import NNKernels
#endif

/// The hand-written product for tiny shapes: C ← α·op(A)·op(B) + β·C, row-major.
///
/// Work goes eight columns at a time in SIMD registers. For A·B and Aᵀ·B a block of four rows ×
/// eight columns of C stays in four registers while p runs over k: each step loads eight entries
/// of row p of B once and adds op(A)[i][p] times them to each of the four rows (four vector
/// multiply-adds). Rows left over go one at a time, columns left over one by one. A·Bᵀ is a grid
/// of dot products of rows of A with rows of B, eight lanes at a time. Float products with at
/// least sixteen columns go to the sixteen-lane `WideProduct` when the processor has AVX-512.
enum SmallProduct {
    typealias Vector<T: NNScalar> = Lanes.Vector<T>

    /// C ← α·op(A)·op(B) + β·C, or, when `bias` is given, C ← α·op(A)·B + bias in every row
    /// (the dense layer's z = xW + b in one pass; `bias` has n entries and replaces β·C).
    @inline(__always)
    static func gemm<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, transB: Bool, beta: T, c: UnsafeMutablePointer<T>, ldc: Int,
        bias: UnsafePointer<T>? = nil
    ) {
        #if !NNB_PORTABLE
        if !transB && n >= 16 && T.self == Float.self && ProcessorFeatures.hasWideVectors {
            WideProduct.gemm(m: m, n: n, k: k, alpha: unsafeBitCast(alpha, to: Float.self), a: floats(a), lda: lda,
                             transA: transA, b: floats(b), ldb: ldb, beta: unsafeBitCast(beta, to: Float.self),
                             c: UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), ldc: ldc,
                             bias: bias.map(floats))
            return
        }
        #endif
        if transB {
            byDotProducts(m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, transA: transA, b: b, ldb: ldb,
                          beta: beta, c: c, ldc: ldc)
            return
        }
        if n == 1 && ldb == 1 && ldc == 1 {
            singleColumn(m: m, k: k, alpha: alpha, a: a, lda: lda, transA: transA, b: b, beta: beta, c: c, bias: bias)
            return
        }
        // op(A)[i][p] is a[i·rowStride + p·innerStride].
        let shape = Shape(a: a, rowStride: transA ? 1 : lda, innerStride: transA ? lda : 1, b: b, ldb: ldb, k: k,
                          alpha: alpha, beta: beta, bias: bias)
        let blocks = n / 8 * 8
        var i = 0
        while i + 4 <= m {
            var j = 0
            while j < blocks {
                shape.block4(row: i, column: j, c: c, ldc: ldc)
                j += 8
            }
            for r in i..<(i + 4) { shape.singles(row: r, from: blocks, to: n, c: c, ldc: ldc) }
            i += 4
        }
        while i < m {
            var j = 0
            while j < blocks {
                shape.block1(row: i, column: j, c: c, ldc: ldc)
                j += 8
            }
            shape.singles(row: i, from: blocks, to: n, c: c, ldc: ldc)
            i += 1
        }
    }

    /// A Float buffer seen as such (the caller has checked that T is Float).
    @inline(__always)
    static func floats<T>(_ p: UnsafePointer<T>) -> UnsafePointer<Float> {
        UnsafeRawPointer(p).assumingMemoryBound(to: Float.self)
    }

    /// The operands of an A·B or Aᵀ·B product and how C's old values or the bias enter.
    struct Shape<T: NNScalar> {
        let a: UnsafePointer<T>
        let rowStride: Int
        let innerStride: Int
        let b: UnsafePointer<T>
        let ldb: Int
        let k: Int
        let alpha: T
        let beta: T
        let bias: UnsafePointer<T>?

        /// What eight entries of C from `p` on start as: the bias, β·C, or zero.
        @inline(__always)
        func start(_ p: UnsafeMutablePointer<T>, column: Int) -> Vector<T> {
            if let bias { return Lanes.load(bias + column) }
            return beta == 0 ? Vector() : Vector(repeating: beta) * Lanes.load(p)
        }

        @inline(__always)
        func finish(_ sum: Vector<T>, _ p: UnsafeMutablePointer<T>, column: Int) {
            Lanes.store(start(p, column: column).addingProduct(Vector(repeating: alpha), sum), p)
        }

        /// Rows i…i+3, columns j…j+7.
        @inline(__always)
        func block4(row i: Int, column j: Int, c: UnsafeMutablePointer<T>, ldc: Int) {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride
            let a2 = a1 + rowStride
            let a3 = a2 + rowStride
            var s0 = Vector<T>(), s1 = Vector<T>(), s2 = Vector<T>(), s3 = Vector<T>()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = Lanes.load(bp)
                s0.addProduct(Vector(repeating: a0[q]), bv)
                s1.addProduct(Vector(repeating: a1[q]), bv)
                s2.addProduct(Vector(repeating: a2[q]), bv)
                s3.addProduct(Vector(repeating: a3[q]), bv)
                bp += ldb
                q += innerStride
            }
            let row = c + i * ldc + j
            finish(s0, row, column: j)
            finish(s1, row + ldc, column: j)
            finish(s2, row + 2 * ldc, column: j)
            finish(s3, row + 3 * ldc, column: j)
        }

        /// Row i, columns j…j+7.
        @inline(__always)
        func block1(row i: Int, column j: Int, c: UnsafeMutablePointer<T>, ldc: Int) {
            let a0 = a + i * rowStride
            var sum = Vector<T>()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                sum.addProduct(Vector(repeating: a0[q]), Lanes.load(bp))
                bp += ldb
                q += innerStride
            }
            finish(sum, c + i * ldc + j, column: j)
        }

        /// Row i, columns `from..<to` one at a time.
        @inline(__always)
        func singles(row i: Int, from: Int, to: Int, c: UnsafeMutablePointer<T>, ldc: Int) {
            let a0 = a + i * rowStride
            let row = c + i * ldc
            for j in from..<to {
                var sum: T = 0
                for p in 0..<k { sum.addProduct(a0[p * innerStride], b[p * ldb + j]) }
                let start: T = if let bias { bias[j] } else if beta == 0 { 0 } else { beta * row[j] }
                row[j] = start + alpha * sum
            }
        }
    }

    /// C = α·op(A)·b + β·C (or + bias) for a column b (k × 1) and C (m × 1), both contiguous:
    /// dot products along the rows of A, or, for Aᵀ, a sum of rows of A scaled by b's entries.
    @inline(__always)
    static func singleColumn<T: NNScalar>(
        m: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, beta: T, c: UnsafeMutablePointer<T>, bias: UnsafePointer<T>?
    ) {
        if transA {
            Lanes.walk(m, vector: { i in
                var sum = Vector<T>()
                for p in 0..<k { sum.addProduct(Vector(repeating: b[p]), Lanes.load(a + p * lda + i)) }
                let start: Vector<T> = if let bias { Vector(repeating: bias[0]) } else if beta == 0 { Vector() } else {
                    Vector(repeating: beta) * Lanes.load(c + i)
                }
                Lanes.store(start.addingProduct(Vector(repeating: alpha), sum), c + i)
            }, single: { i in
                var sum: T = 0
                for p in 0..<k { sum.addProduct(b[p], a[p * lda + i]) }
                c[i] = (bias?[0] ?? (beta == 0 ? 0 : beta * c[i])) + alpha * sum
            })
        } else {
            for i in 0..<m {
                let sum = dot(a + i * lda, b, count: k)
                c[i] = (bias?[0] ?? (beta == 0 ? 0 : beta * c[i])) + alpha * sum
            }
        }
    }

    /// Σ x[p]·y[p], eight lanes at a time.
    @inline(__always)
    static func dot<T: NNScalar>(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, count: Int) -> T {
        var lanes = Vector<T>()
        var p = 0
        while p + 8 <= count {
            lanes.addProduct(Lanes.load(x + p), Lanes.load(y + p))
            p += 8
        }
        var sum = lanes.sum()
        while p < count {
            sum.addProduct(x[p], y[p])
            p += 1
        }
        return sum
    }

    /// C[i][j] = α·⟨row i of op(A), row j of B⟩ + β·C[i][j], for B stored n × k (op(B) = Bᵀ).
    @inline(__always)
    static func byDotProducts<T: NNScalar>(
        m: Int, n: Int, k: Int, alpha: T, a: UnsafePointer<T>, lda: Int, transA: Bool,
        b: UnsafePointer<T>, ldb: Int, beta: T, c: UnsafeMutablePointer<T>, ldc: Int
    ) {
        for i in 0..<m {
            let row = c + i * ldc
            for j in 0..<n {
                let bRow = b + j * ldb
                var sum: T
                if transA {
                    sum = 0
                    for p in 0..<k { sum.addProduct(a[p * lda + i], bRow[p]) }
                } else {
                    sum = dot(a + i * lda, bRow, count: k)
                }
                row[j] = (beta == 0 ? 0 : beta * row[j]) + alpha * sum
            }
        }
    }
}
