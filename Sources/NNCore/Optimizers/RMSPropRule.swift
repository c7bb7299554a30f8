/// RMSProp: s ← ρ·s + (1 − ρ)·g², p ← p − η·g / (√s + ε).
enum RMSPropRule {
    /// The rule on a vector of parameters (or one parameter in lane 0).
    @inline(__always)
    static func step<V: SIMD>(_ p: inout V, _ g: V, _ s: inout V, lr: V.Scalar, rho: V.Scalar, epsilon: V.Scalar)
    where V.Scalar: NNScalar {
        s = rho * s + (1 - rho) * g * g
        p -= lr * g / (s.squareRoot() + epsilon)
    }

    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   average s: UnsafeMutableBufferPointer<T>, learningRate lr: T, rho: T, epsilon: T) {
        guard let pp = p.baseAddress, let gp = g.baseAddress, let sp = s.baseAddress else { return }
        Lanes.walk(p.count, vector: { i in
            var pv = Lanes.load(pp + i)
            var sv = Lanes.load(sp + i)
            step(&pv, Lanes.load(gp + i), &sv, lr: lr, rho: rho, epsilon: epsilon)
            Lanes.store(pv, pp + i)
            Lanes.store(sv, sp + i)
        }, single: { i in
            var pv = SIMD2(pp[i], 0)
            var sv = SIMD2(sp[i], 0)
            step(&pv, SIMD2(gp[i], 0), &sv, lr: lr, rho: rho, epsilon: epsilon)
            pp[i] = pv[0]
            sp[i] = sv[0]
        })
    }
}
