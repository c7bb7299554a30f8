/// RMSProp: s ← ρ·s + (1 − ρ)·g², p ← p − η·g / (√s + ε).
enum RMSPropRule {
    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   average s: UnsafeMutableBufferPointer<T>, learningRate lr: T, rho: T, epsilon: T) {
        for i in 0..<p.count {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
            p[i] -= lr * g[i] / (s[i].squareRoot() + epsilon)
        }
    }
}
