import Foundation

/// Adam with bias correction, at step t (from 1):
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
/// p ← p − η·m̂/(√v̂ + ε).
enum AdamRule {
    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   m: UnsafeMutableBufferPointer<T>, v: UnsafeMutableBufferPointer<T>,
                                   step t: Int, learningRate lr: T, beta1: Double, beta2: Double, epsilon: T) {
        let b1 = T(beta1)
        let b2 = T(beta2)
        let correction1 = T(1 - pow(beta1, Double(t)))
        let correction2 = T(1 - pow(beta2, Double(t)))
        for i in 0..<p.count {
            m[i] = b1 * m[i] + (1 - b1) * g[i]
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
            let mHat = m[i] / correction1
            let vHat = v[i] / correction2
            p[i] -= lr * mHat / (vHat.squareRoot() + epsilon)
        }
    }
}
