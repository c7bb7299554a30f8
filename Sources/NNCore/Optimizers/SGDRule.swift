/// Plain gradient descent: p ← p − η·g.
enum SGDRule {
    @inline(__always)
    static func apply<T: NNScalar>(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>,
                                   learningRate lr: T) {
        for i in 0..<p.count { p[i] -= lr * g[i] }
    }
}
