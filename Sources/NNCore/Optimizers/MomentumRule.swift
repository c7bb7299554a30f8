/// Heavy-ball momentum (PyTorch form): v ← μ·v + g, p ← p − η·v.
enum MomentumRule {
    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   velocity v: UnsafeMutableBufferPointer<T>, learningRate lr: T, momentum mu: T) {
        for i in 0..<p.count {
            v[i] = mu * v[i] + g[i]
            p[i] -= lr * v[i]
        }
    }
}
