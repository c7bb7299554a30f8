/// The data loss, a mean over the batch (PyTorch's conventions).
///
/// With y the targets (batch × K) and z, a the output layer's pre-activations and activations:
/// - `mse`: L = 1/(N·K) Σ (a − y)²
/// - `bce`: L = 1/(N·K) Σ max(z, 0) − z·y + ln(1 + e^−|z|), computed from the sigmoid's z, so no
///   log(0) and no overflow for any finite z
/// - `ce`:  L = 1/N Σₙ (logsumexp(zₙ) − Σₖ yₙₖ·zₙₖ), computed from the softmax's z
public enum Loss: String, CaseIterable, Sendable, Codable {
    case mse
    case bce
    case ce

    /// The output activation this loss is computed through, if it needs one (`bce` reads the
    /// sigmoid's logits and `ce` the softmax's).
    public var requiredOutput: Activation? {
        switch self {
        case .mse: nil
        case .bce: .sigmoid
        case .ce: .softmax
        }
    }

    /// The loss that suits an output activation: `bce` for sigmoid, `ce` for softmax, else `mse`.
    public static func natural(for output: Activation) -> Loss {
        switch output {
        case .sigmoid: .bce
        case .softmax: .ce
        default: .mse
        }
    }

    /// L for one batch. z, a, y: batch × K.
    func value<T: NNScalar>(z: MatrixView<T>, a: MatrixView<T>, targets y: MatrixView<T>) -> T {
        let count = z.count
        guard count > 0 else { return 0 }
        if T.self == Float.self, self != .mse {
            let zf = UnsafeRawPointer(z.base).assumingMemoryBound(to: Float.self)
            let af = UnsafeRawPointer(a.base).assumingMemoryBound(to: Float.self)
            let yf = UnsafeRawPointer(y.base).assumingMemoryBound(to: Float.self)
            let value = self == .bce ? Self.binaryCrossEntropy(zf, af, yf, count: count)
                : Self.crossEntropy(zf, yf, rows: z.rows, classes: z.columns)
            return T(value)
        }
        var total: T = 0
        switch self {
        case .mse:
            for i in 0..<count {
                let d = a.base[i] - y.base[i]
                total += d * d
            }
            return total / T(count)
        case .bce:
            for i in 0..<count {
                let zi = z.base[i]
                total += max(zi, 0) - zi * y.base[i] + T.log1p(T.exp(-abs(zi)))
            }
            return total / T(count)
        case .ce:
            let k = z.columns
            for r in 0..<z.rows {
                let row = r * k
                var top = z.base[row]
                for j in 1..<k { top = max(top, z.base[row + j]) }
                var sum: T = 0
                var dot: T = 0
                var mass: T = 0
                for j in 0..<k {
                    sum += T.exp(z.base[row + j] - top)
                    dot += y.base[row + j] * z.base[row + j]
                    mass += y.base[row + j]
                }
                total += mass * (top + T.log(sum)) - dot
            }
            return total / T(z.rows)
        }
    }

    /// Writes dL/dz for the output layer into `delta` (batch × K).
    ///
    /// sigmoid + bce and softmax + ce use the fused forms (a − y)/(N·K) and (a − y)/N; `mse`
    /// takes dL/da = 2(a − y)/(N·K) through the output activation's derivative.
    func outputDelta<T: NNScalar>(z: MatrixView<T>, a: MatrixView<T>, targets y: MatrixView<T>,
                                  output: Activation, into delta: MatrixView<T>) {
        let count = a.count
        guard count > 0 else { return }
        switch self {
        case .bce:
            let scale = 1 / T(count)
            for i in 0..<count { delta.base[i] = (a.base[i] - y.base[i]) * scale }
        case .ce:
            let scale = 1 / T(a.rows)
            for i in 0..<count { delta.base[i] = (a.base[i] - y.base[i]) * scale }
        case .mse:
            let scale = 2 / T(count)
            for i in 0..<count { delta.base[i] = (a.base[i] - y.base[i]) * scale }
            output.backward(delta.buffer, z: UnsafeBufferPointer(z.buffer), a: UnsafeBufferPointer(a.buffer), units: a.columns)
        }
    }

    /// Float bce through `VectorMath`: the mean of max(z, 0) − z·y + ln(1 + e^−|z|), the terms
    /// eight at a time, added one by one in element order (so the sum has one order on every
    /// processor). ln(1 + e^−|z|) = −ln σ(|z|) is taken
    /// as −ln max(a, 1 − a) from the sigmoid's output a, one logarithm and no exponential; where
    /// σ(|z|) rounds to 1 (|z| > 17) the term is below 4·10⁻⁸ and counts as 0.
    static func binaryCrossEntropy(_ z: UnsafePointer<Float>, _ a: UnsafePointer<Float>, _ y: UnsafePointer<Float>,
                                   count: Int) -> Float {
        let lanes = VectorMath.Floats(0, 1, 2, 3, 4, 5, 6, 7)
        var sum: Float = 0
        var i = 0
        while i < count {
            let n = min(8, count - i)
            let zv = VectorMath.load(z + i, count: n)
            let av = VectorMath.load(a + i, count: n)
            let yv = VectorMath.load(y + i, count: n)
            let confident = av.replacing(with: 1 - av, where: av .< 0.5).replacing(with: 1, where: lanes .>= Float(n))
            let term = zv.replacing(with: 0, where: zv .< 0) - zv * yv - VectorMath.log(confident)
            for lane in 0..<n { sum += term[lane] }
            i += 8
        }
        return sum / Float(count)
    }

    /// Float ce through `VectorMath`: the mean over rows of mass·logsumexp(z) − Σ y·z, every sum
    /// taken in element order.
    static func crossEntropy(_ z: UnsafePointer<Float>, _ y: UnsafePointer<Float>, rows: Int, classes k: Int) -> Float {
        var total: Float = 0
        for r in 0..<rows {
            let row = z + r * k
            let targets = y + r * k
            var top = row[0]
            for j in 1..<k { top = max(top, row[j]) }
            var exps: Float = 0
            var dot: Float = 0
            var mass: Float = 0
            var j = 0
            while j < k {
                let n = min(8, k - j)
                let e = VectorMath.exp(VectorMath.load(row + j, count: n) - top)
                for lane in 0..<n { exps += e[lane] }
                j += 8
            }
            for j in 0..<k {
                dot += targets[j] * row[j]
                mass += targets[j]
            }
            total += mass * (top + Float.log(exps)) - dot
        }
        return total / Float(rows)
    }
}
