/// A Float product kernel for sixteen-lane vectors (one AVX-512 register), compiled for
/// x86-64-v4 in release builds and called only after the processor has been seen to support it.
///
/// C ← α·op(A)·B + β·C, or + bias in every row, all row-major, with op(A) = A or Aᵀ. Columns go
/// sixteen at a time; a block of eight rows × sixteen columns of C stays in eight registers while
/// p runs over k, each step loading sixteen entries of row p of B once and adding op(A)[i][p]
/// times them to every row of the block with one fused multiply-add. Each lane so computes its
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
