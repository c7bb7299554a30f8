/// Adam with bias correction, at step t (from 1):
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
/// p ← p − η·m̂/(√v̂ + ε).
enum AdamRule {
    /// The rule's constants at one step.
    struct Constants<T: NNScalar> {
        let lr: T, beta1: T, beta2: T, epsilon: T, correction1: T, correction2: T
    }

    /// The rule on a vector of parameters (or one parameter in lane 0).
    @inline(__always)
    static func step<V: SIMD>(_ p: inout V, _ g: V, _ m: inout V, _ v: inout V, _ c: Constants<V.Scalar>)
    where V.Scalar: NNScalar {
        m = c.beta1 * m + (1 - c.beta1) * g
        v = c.beta2 * v + (1 - c.beta2) * g * g
        let mHat = m / c.correction1
        let vHat = v / c.correction2
        p -= c.lr * mHat / (vHat.squareRoot() + c.epsilon)
    }

    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   m: UnsafeMutableBufferPointer<T>, v: UnsafeMutableBufferPointer<T>,
                                   step t: Int, learningRate lr: T, beta1: Double, beta2: Double, epsilon: T) {
        guard let pp = p.baseAddress, let gp = g.baseAddress, let mp = m.baseAddress, let vp = v.baseAddress else { return }
        let c = Constants(lr: lr, beta1: T(beta1), beta2: T(beta2), epsilon: epsilon,
                          correction1: T(1 - power(beta1, t)), correction2: T(1 - power(beta2, t)))
        Lanes.walk(p.count, vector: { i in
            var pv = Lanes.load(pp + i)
            var mv = Lanes.load(mp + i)
            var vv = Lanes.load(vp + i)
            step(&pv, Lanes.load(gp + i), &mv, &vv, c)
            Lanes.store(pv, pp + i)
            Lanes.store(mv, mp + i)
            Lanes.store(vv, vp + i)
        }, single: { i in
            var pv = SIMD2(pp[i], 0)
            var mv = SIMD2(mp[i], 0)
            var vv = SIMD2(vp[i], 0)
            step(&pv, SIMD2(gp[i], 0), &mv, &vv, c)
            pp[i] = pv[0]
            mp[i] = mv[0]
            vp[i] = vv[0]
        })
    }

    /// xⁿ for n ≥ 0 by repeated squaring: a fixed sequence of multiplications, not the C
    /// library's pow, whose last bit varies between platforms.
    static func power(_ x: Double, _ n: Int) -> Double {
        var result = 1.0, base = x, rest = n
        while rest > 0 {
            if rest & 1 == 1 { result *= base }
            base *= base
            rest >>= 1
        }
        return result
    }
}
