#if !NNB_PORTABLE
/// A Float product kernel for sixteen-lane vectors (one AVX-512 register), compiled for
/// x86-64-v4 in release builds and called only after the processor has been seen to support it.
///
/// C ← α·op(A)·B + β·C, or + bias in every row, all row-major, with op(A) = A or Aᵀ. Columns go
/// thirty-two at a time, then sixteen: a block of eight rows × thirty-two (or sixteen) columns of
/// C stays in sixteen (or eight) registers while p runs over k, each step loading the entries of
/// row p of B once and adding op(A)[i][p] times them to every row of the block with fused
/// multiply-adds. Each lane so computes its
/// element as the chain s ← fma(op(A)[i][p], B[p][j], s), p = 0…k−1 from 0, then fma(α, s,
/// start): the order of every kernel family, so the result has the same bits as theirs. Rows
/// left over go one at a time; columns past the last multiple of sixteen are left to the caller.
public enum WideProduct {
    typealias Vector = SIMD16<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    /// C ← α·op(A)·B + β·C, or C ← α·op(A)·B + bias when `bias` (n entries) is given, for the
    /// first n − n mod 16 columns; returns that count. A is m × k (k × m when `transA`), B is
    /// k × n, C is m × n; lda, ldb, ldc are stored widths.
    @discardableResult
    public static func gemm(
        m: Int, n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int, transA: Bool,
        b: UnsafePointer<Float>, ldb: Int, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int,
        bias: UnsafePointer<Float>?
    ) -> Int {
        let rowStride = transA ? 1 : lda
        let innerStride = transA ? lda : 1
        let block = Block(a: a, rowStride: rowStride, innerStride: innerStride, b: b, ldb: ldb, k: k,
                          alpha: alpha, beta: beta, bias: bias, c: c, ldc: ldc)
        var j = 0
        while j + 32 <= n {
            var i = 0
            while i + 8 <= m {
                block.eightRowsTwoVectors(i, j)
                i += 8
            }
            while i < m {
                block.oneRow(i, j)
                block.oneRow(i, j + 16)
                i += 1
            }
            j += 32
        }
        while j + 16 <= n {
            var i = 0
            while i + 8 <= m {
                block.eightRows(i, j)
                i += 8
            }
            while i < m {
                block.oneRow(i, j)
                i += 1
            }
            j += 16
        }
        return j
    }

    struct Block {
        let a: UnsafePointer<Float>
        let rowStride: Int
        let innerStride: Int
        let b: UnsafePointer<Float>
        let ldb: Int
        let k: Int
        let alpha: Float
        let beta: Float
        let bias: UnsafePointer<Float>?
        let c: UnsafeMutablePointer<Float>
        let ldc: Int

        @inline(__always)
        func finish(_ sum: Vector, row i: Int, column j: Int) {
            let p = c + i * ldc + j
            let start: Vector = if let bias { load(bias + j) } else if beta == 0 { Vector() } else {
                Vector(repeating: beta) * load(p)
            }
            UnsafeMutableRawPointer(p).storeBytes(of: start.addingProduct(Vector(repeating: alpha), sum), as: Vector.self)
        }

        @inline(__always)
        func eightRows(_ i: Int, _ j: Int) {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            let a4 = a3 + rowStride, a5 = a4 + rowStride, a6 = a5 + rowStride, a7 = a6 + rowStride
            var s0 = Vector(), s1 = Vector(), s2 = Vector(), s3 = Vector()
            var s4 = Vector(), s5 = Vector(), s6 = Vector(), s7 = Vector()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = load(bp)
                s0.addProduct(Vector(repeating: a0[q]), bv)
                s1.addProduct(Vector(repeating: a1[q]), bv)
                s2.addProduct(Vector(repeating: a2[q]), bv)
                s3.addProduct(Vector(repeating: a3[q]), bv)
                s4.addProduct(Vector(repeating: a4[q]), bv)
                s5.addProduct(Vector(repeating: a5[q]), bv)
                s6.addProduct(Vector(repeating: a6[q]), bv)
                s7.addProduct(Vector(repeating: a7[q]), bv)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(s1, row: i + 1, column: j)
            finish(s2, row: i + 2, column: j)
            finish(s3, row: i + 3, column: j)
            finish(s4, row: i + 4, column: j)
            finish(s5, row: i + 5, column: j)
            finish(s6, row: i + 6, column: j)
            finish(s7, row: i + 7, column: j)
        }

        /// Eight rows × thirty-two columns: sixteen accumulators, so each step has two loads of
        /// B and eight broadcasts of A for sixteen fused multiply-adds.
        @inline(__always)
        func eightRowsTwoVectors(_ i: Int, _ j: Int) {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            let a4 = a3 + rowStride, a5 = a4 + rowStride, a6 = a5 + rowStride, a7 = a6 + rowStride
            var s0 = Vector(), s1 = Vector(), s2 = Vector(), s3 = Vector()
            var s4 = Vector(), s5 = Vector(), s6 = Vector(), s7 = Vector()
            var t0 = Vector(), t1 = Vector(), t2 = Vector(), t3 = Vector()
            var t4 = Vector(), t5 = Vector(), t6 = Vector(), t7 = Vector()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = load(bp), bw = load(bp + 16)
                var x = Vector(repeating: a0[q])
                s0.addProduct(x, bv)
                t0.addProduct(x, bw)
                x = Vector(repeating: a1[q])
                s1.addProduct(x, bv)
                t1.addProduct(x, bw)
                x = Vector(repeating: a2[q])
                s2.addProduct(x, bv)
                t2.addProduct(x, bw)
                x = Vector(repeating: a3[q])
                s3.addProduct(x, bv)
                t3.addProduct(x, bw)
                x = Vector(repeating: a4[q])
                s4.addProduct(x, bv)
                t4.addProduct(x, bw)
                x = Vector(repeating: a5[q])
                s5.addProduct(x, bv)
                t5.addProduct(x, bw)
                x = Vector(repeating: a6[q])
                s6.addProduct(x, bv)
                t6.addProduct(x, bw)
                x = Vector(repeating: a7[q])
                s7.addProduct(x, bv)
                t7.addProduct(x, bw)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(t0, row: i, column: j + 16)
            finish(s1, row: i + 1, column: j)
            finish(t1, row: i + 1, column: j + 16)
            finish(s2, row: i + 2, column: j)
            finish(t2, row: i + 2, column: j + 16)
            finish(s3, row: i + 3, column: j)
            finish(t3, row: i + 3, column: j + 16)
            finish(s4, row: i + 4, column: j)
            finish(t4, row: i + 4, column: j + 16)
            finish(s5, row: i + 5, column: j)
            finish(t5, row: i + 5, column: j + 16)
            finish(s6, row: i + 6, column: j)
            finish(t6, row: i + 6, column: j + 16)
            finish(s7, row: i + 7, column: j)
            finish(t7, row: i + 7, column: j + 16)
        }

        @inline(__always)
        func oneRow(_ i: Int, _ j: Int) {
            let a0 = a + i * rowStride
            var sum = Vector()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                sum.addProduct(Vector(repeating: a0[q]), load(bp))
                bp += ldb
                q += innerStride
            }
            finish(sum, row: i, column: j)
        }
    }
}
#endif
