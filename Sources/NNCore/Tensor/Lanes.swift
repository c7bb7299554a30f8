/// Eight-wide vector access to scalar buffers, for the loops that the compiler does not
/// vectorise by itself (short rows, square roots, divisions).
enum Lanes {
    /// The vector type the kernels use: eight lanes (one AVX register of Float).
    typealias Vector<T: NNScalar> = SIMD8<T>

    /// Eight elements from `p` on, with no alignment required.
    @inline(__always)
    static func load<T: NNScalar>(_ p: UnsafePointer<T>) -> Vector<T> {
        UnsafeRawPointer(p).loadUnaligned(as: Vector<T>.self)
    }

    /// Eight elements from `p` on, with no alignment required.
    @inline(__always)
    static func load<T: NNScalar>(_ p: UnsafeMutablePointer<T>) -> Vector<T> {
        UnsafeRawPointer(p).loadUnaligned(as: Vector<T>.self)
    }

    /// Writes eight elements from `p` on.
    @inline(__always)
    static func store<T: NNScalar>(_ v: Vector<T>, _ p: UnsafeMutablePointer<T>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector<T>.self)
    }

    /// Calls `vector(i)` for i = 0, 8, 16, … while eight elements remain, then `single(i)` for
    /// each element left over.
    @inline(__always)
    static func walk(_ count: Int, vector: (Int) -> Void, single: (Int) -> Void) {
        var i = 0
        while i + 8 <= count {
            vector(i)
            i += 8
        }
        while i < count {
            single(i)
            i += 1
        }
    }
}
