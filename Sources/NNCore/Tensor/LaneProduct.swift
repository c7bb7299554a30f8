/// The vector families' product, for any vector width V (eight lanes for `avx2`, four for
/// `neon`): C ← α·op(A)·B + β·C, or + bias in every row, row-major, B not transposed.
///
/// Lanes hold neighbouring output columns. A block of six rows × two vectors of columns of C
/// stays in twelve registers while p runs over k: each step loads the vectors of row p of B once
/// and adds op(A)[i][p] times them to each row (one fused multiply-add per row and vector), so
/// every lane runs the reference chain of its own element. Smaller blocks take the rows and
/// columns left over. Two or more columns left over (fewer than V's lanes) run the same blocks
/// on a zero-padded copy of their part of B (with the last whole vector's, when that one would
/// otherwise run alone: ten columns run as two vectors), storing only their lanes; a single one
/// goes through `columnsLeft`. Every way keeps each element's chain.
enum LaneProduct {
    /// C ← α·op(A)·B + start for columns `from..<n`; see `ReferenceProduct` for the order.
    @_specialize(where V == SIMD8<Float>)
    @_specialize(where V == SIMD4<Float>)
    @_specialize(where V == SIMD8<Double>)
    @_specialize(where V == SIMD4<Double>)
    static func gemm<V: SIMD>(
        _: V.Type, m: Int, n: Int, k: Int, alpha: V.Scalar, a: UnsafePointer<V.Scalar>, lda: Int, transA: Bool,
        b: UnsafePointer<V.Scalar>, ldb: Int, beta: V.Scalar, c: UnsafeMutablePointer<V.Scalar>, ldc: Int,
        bias: UnsafePointer<V.Scalar>?, from first: Int = 0
    ) where V.Scalar: NNScalar {
        let rowStride = transA ? 1 : lda, innerStride = transA ? lda : 1
        let shape = Operands(a: a, rowStride: rowStride, innerStride: innerStride, b: b, ldb: ldb, k: k,
                             alpha: alpha, beta: beta, bias: bias, c: c, ldc: ldc, columns: n)
        let lanes = V.scalarCount
        let whole = (n - first) / lanes, left = (n - first) % lanes
        guard left > 1 else {
            shape.sweep(V.self, m: m, from: first, to: first + whole * lanes)
            if left == 1 { shape.columnsLeft(V.self, m: m, from: n - 1, to: n, transA: transA) }
            return
        }
        // The remainder, with the last whole vector when that one would run alone, goes through
        // a zero-padded copy of its columns of B.
        let paired = whole % 2
        let start = n - left - paired * lanes
        shape.sweep(V.self, m: m, from: first, to: start)
        let width = (1 + paired) * lanes
        withUnsafeTemporaryAllocation(of: V.Scalar.self, capacity: max(1, k * width)) { panel in
            guard let panel = panel.baseAddress else { return }
            for p in 0..<k {
                for column in 0..<width {
                    panel[p * width + column] = column < n - start ? b[p * ldb + start + column] : 0
                }
            }
            let padded = Operands(a: a, rowStride: rowStride, innerStride: innerStride, b: panel, ldb: width, k: k,
                                  alpha: alpha, beta: beta, bias: bias.map { $0 + start }, c: c + start, ldc: ldc,
                                  columns: n - start)
            padded.sweep(V.self, m: m, from: 0, to: width)
        }
    }

    /// The operands of one product and how C's old values or the bias enter.
    struct Operands<T: NNScalar> {
        let a: UnsafePointer<T>
        /// op(A)[i][p] is a[i·rowStride + p·innerStride].
        let rowStride: Int
        let innerStride: Int
        let b: UnsafePointer<T>
        let ldb: Int
        let k: Int
        let alpha: T
        let beta: T
        let bias: UnsafePointer<T>?
        let c: UnsafeMutablePointer<T>
        let ldc: Int
        /// The columns of C from `c` on: a vector starting at column j holds min(V's lanes,
        /// columns − j) of them (fewer only in a padded remainder).
        let columns: Int

        /// Columns `from..<to` (whole vectors) of every row, in blocks: six rows at a time, then
        /// four (6·q + 2 rows go as 6·(q − 1) + 4 + 4 rather than leave two rows to run alone),
        /// then one; two vectors at a time, then one.
        @inline(__always)
        func sweep<V: SIMD>(_: V.Type, m: Int, from first: Int, to end: Int) where V.Scalar == T {
            let lanes = V.scalarCount
            let sixes = m % 6 == 2 && m >= 8 ? m / 6 - 1 : m / 6
            var i = 0
            while i < 6 * sixes {
                var j = first
                while j + 2 * lanes <= end {
                    block6x2(V.self, row: i, column: j)
                    j += 2 * lanes
                }
                while j < end {
                    block6(V.self, row: i, column: j)
                    j += lanes
                }
                i += 6
            }
            while i + 4 <= m {
                var j = first
                while j + 2 * lanes <= end {
                    block4x2(V.self, row: i, column: j)
                    j += 2 * lanes
                }
                while j < end {
                    block4(V.self, row: i, column: j)
                    j += lanes
                }
                i += 4
            }
            while i < m {
                var j = first
                while j + 2 * lanes <= end {
                    block1x2(V.self, row: i, column: j)
                    j += 2 * lanes
                }
                while j < end {
                    block1(V.self, row: i, column: j)
                    j += lanes
                }
                i += 1
            }
        }

        @inline(__always)
        static func load<V: SIMD>(_ p: UnsafePointer<T>, _: V.Type) -> V where V.Scalar == T {
            UnsafeRawPointer(p).loadUnaligned(as: V.self)
        }

        /// Writes fma(α, sum, start) for the elements of row i from column j on: V.scalarCount of
        /// them, or those left of `columns` in a padded remainder.
        @inline(__always)
        func finish<V: SIMD>(_ sum: V, row i: Int, column j: Int) where V.Scalar == T {
            let p = c + i * ldc + j
            let valid = columns - j
            guard valid >= V.scalarCount else {
                var start = V()
                for r in 0..<valid {
                    start[r] = if let bias { bias[j + r] } else if beta == 0 { 0 } else { beta * p[r] }
                }
                let result = start.addingProduct(V(repeating: alpha), sum)
                for r in 0..<valid { p[r] = result[r] }
                return
            }
            let start: V = if let bias { Self.load(bias + j, V.self) } else if beta == 0 { V() } else {
                V(repeating: beta) * Self.load(p, V.self)
            }
            UnsafeMutableRawPointer(p).storeBytes(of: start.addingProduct(V(repeating: alpha), sum), as: V.self)
        }

        /// Rows i…i+5, one vector of columns from j: six chains.
        @inline(__always)
        func block6<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            let a4 = a3 + rowStride, a5 = a4 + rowStride
            var s0 = V(), s1 = V(), s2 = V(), s3 = V(), s4 = V(), s5 = V()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = Self.load(bp, V.self)
                s0.addProduct(V(repeating: a0[q]), bv)
                s1.addProduct(V(repeating: a1[q]), bv)
                s2.addProduct(V(repeating: a2[q]), bv)
                s3.addProduct(V(repeating: a3[q]), bv)
                s4.addProduct(V(repeating: a4[q]), bv)
                s5.addProduct(V(repeating: a5[q]), bv)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(s1, row: i + 1, column: j)
            finish(s2, row: i + 2, column: j)
            finish(s3, row: i + 3, column: j)
            finish(s4, row: i + 4, column: j)
            finish(s5, row: i + 5, column: j)
        }

        /// Rows i…i+3, one vector of columns from j.
        @inline(__always)
        func block4<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            var s0 = V(), s1 = V(), s2 = V(), s3 = V()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = Self.load(bp, V.self)
                s0.addProduct(V(repeating: a0[q]), bv)
                s1.addProduct(V(repeating: a1[q]), bv)
                s2.addProduct(V(repeating: a2[q]), bv)
                s3.addProduct(V(repeating: a3[q]), bv)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(s1, row: i + 1, column: j)
            finish(s2, row: i + 2, column: j)
            finish(s3, row: i + 3, column: j)
        }

        /// Rows i…i+3, two vectors of columns from j: eight independent chains, enough to keep
        /// both fused multiply-add units busy through their latency.
        @inline(__always)
        func block4x2<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            var s0 = V(), s1 = V(), s2 = V(), s3 = V()
            var t0 = V(), t1 = V(), t2 = V(), t3 = V()
            let lanes = V.scalarCount
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = Self.load(bp, V.self), bw = Self.load(bp + lanes, V.self)
                var x = V(repeating: a0[q])
                s0.addProduct(x, bv)
                t0.addProduct(x, bw)
                x = V(repeating: a1[q])
                s1.addProduct(x, bv)
                t1.addProduct(x, bw)
                x = V(repeating: a2[q])
                s2.addProduct(x, bv)
                t2.addProduct(x, bw)
                x = V(repeating: a3[q])
                s3.addProduct(x, bv)
                t3.addProduct(x, bw)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(t0, row: i, column: j + lanes)
            finish(s1, row: i + 1, column: j)
            finish(t1, row: i + 1, column: j + lanes)
            finish(s2, row: i + 2, column: j)
            finish(t2, row: i + 2, column: j + lanes)
            finish(s3, row: i + 3, column: j)
            finish(t3, row: i + 3, column: j + lanes)
        }

        /// Rows i…i+5, two vectors of columns from j: twelve independent chains, enough to cover
        /// the fused multiply-add latency of two units, with the two vectors of B and one
        /// broadcast of A in the three registers left of sixteen.
        @inline(__always)
        func block6x2<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            let a4 = a3 + rowStride, a5 = a4 + rowStride
            var s0 = V(), s1 = V(), s2 = V(), s3 = V(), s4 = V(), s5 = V()
            var t0 = V(), t1 = V(), t2 = V(), t3 = V(), t4 = V(), t5 = V()
            let lanes = V.scalarCount
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let bv = Self.load(bp, V.self), bw = Self.load(bp + lanes, V.self)
                var x = V(repeating: a0[q])
                s0.addProduct(x, bv)
                t0.addProduct(x, bw)
                x = V(repeating: a1[q])
                s1.addProduct(x, bv)
                t1.addProduct(x, bw)
                x = V(repeating: a2[q])
                s2.addProduct(x, bv)
                t2.addProduct(x, bw)
                x = V(repeating: a3[q])
                s3.addProduct(x, bv)
                t3.addProduct(x, bw)
                x = V(repeating: a4[q])
                s4.addProduct(x, bv)
                t4.addProduct(x, bw)
                x = V(repeating: a5[q])
                s5.addProduct(x, bv)
                t5.addProduct(x, bw)
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(t0, row: i, column: j + lanes)
            finish(s1, row: i + 1, column: j)
            finish(t1, row: i + 1, column: j + lanes)
            finish(s2, row: i + 2, column: j)
            finish(t2, row: i + 2, column: j + lanes)
            finish(s3, row: i + 3, column: j)
            finish(t3, row: i + 3, column: j + lanes)
            finish(s4, row: i + 4, column: j)
            finish(t4, row: i + 4, column: j + lanes)
            finish(s5, row: i + 5, column: j)
            finish(t5, row: i + 5, column: j + lanes)
        }

        /// Row i, two vectors of columns from j: two chains side by side.
        @inline(__always)
        func block1x2<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            var s0 = V(), t0 = V()
            let lanes = V.scalarCount
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                let x = V(repeating: a0[q])
                s0.addProduct(x, Self.load(bp, V.self))
                t0.addProduct(x, Self.load(bp + lanes, V.self))
                bp += ldb
                q += innerStride
            }
            finish(s0, row: i, column: j)
            finish(t0, row: i, column: j + lanes)
        }

        /// Row i, one vector of columns from j.
        @inline(__always)
        func block1<V: SIMD>(_: V.Type, row i: Int, column j: Int) where V.Scalar == T {
            let a0 = a + i * rowStride
            var sum = V()
            var bp = b + j
            var q = 0
            for _ in 0..<k {
                sum.addProduct(V(repeating: a0[q]), Self.load(bp, V.self))
                bp += ldb
                q += innerStride
            }
            finish(sum, row: i, column: j)
        }

        /// Columns `from..<to` of every row. With op(A) = Aᵀ the rows of a column are
        /// contiguous in A, so lanes hold neighbouring rows; otherwise eight rows' chains run side
        /// by side in scalar registers (enough independent chains to keep both FMA units busy).
        @inline(__always)
        func columnsLeft<V: SIMD>(_: V.Type, m: Int, from: Int, to: Int, transA: Bool) where V.Scalar == T {
            for j in from..<to {
                var i = 0
                if transA {
                    while i + V.scalarCount <= m {
                        var sum = V()
                        for p in 0..<k { sum.addProduct(V(repeating: b[p * ldb + j]), Self.load(a + p * innerStride + i, V.self)) }
                        for r in 0..<V.scalarCount { store(sum[r], row: i + r, column: j) }
                        i += V.scalarCount
                    }
                }
                while i + 8 <= m {
                    let a0 = a + i * rowStride
                    let a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
                    let a4 = a3 + rowStride, a5 = a4 + rowStride, a6 = a5 + rowStride, a7 = a6 + rowStride
                    var s0: T = 0, s1: T = 0, s2: T = 0, s3: T = 0
                    var s4: T = 0, s5: T = 0, s6: T = 0, s7: T = 0
                    for p in 0..<k {
                        let y = b[p * ldb + j], q = p * innerStride
                        s0.addProduct(a0[q], y)
                        s1.addProduct(a1[q], y)
                        s2.addProduct(a2[q], y)
                        s3.addProduct(a3[q], y)
                        s4.addProduct(a4[q], y)
                        s5.addProduct(a5[q], y)
                        s6.addProduct(a6[q], y)
                        s7.addProduct(a7[q], y)
                    }
                    store(s0, row: i, column: j)
                    store(s1, row: i + 1, column: j)
                    store(s2, row: i + 2, column: j)
                    store(s3, row: i + 3, column: j)
                    store(s4, row: i + 4, column: j)
                    store(s5, row: i + 5, column: j)
                    store(s6, row: i + 6, column: j)
                    store(s7, row: i + 7, column: j)
                    i += 8
                }
                while i < m {
                    let a0 = a + i * rowStride
                    var sum: T = 0
                    for p in 0..<k { sum.addProduct(a0[p * innerStride], b[p * ldb + j]) }
                    store(sum, row: i, column: j)
                    i += 1
                }
            }
        }

        /// Writes fma(α, sum, start) into element (i, j).
        @inline(__always)
        func store(_ sum: T, row i: Int, column j: Int) {
            c[i * ldc + j] = ReferenceProduct.start(bias, beta, c, i * ldc + j, column: j).addingProduct(alpha, sum)
        }
    }
}
