/// The activation a layer applies to its pre-activations z = xW + b.
///
/// Each rule and its derivative, as ``apply(_:_:units:)`` (forward) and
/// ``backward(_:z:a:units:)`` (backward) compute them, case by case in the same order:
///
/// | case        | a = f(z)                 | f′ used by backward                      |
/// |-------------|--------------------------|------------------------------------------|
/// | relu        | max(z, 0)                | 1 for z > 0, else 0 (0 at z = 0, as PyTorch) |
/// | leaky_relu  | z for z > 0, else 0.01·z | 1 for z > 0, else 0.01                    |
/// | sigmoid     | 1 / (1 + e⁻ᶻ)            | a(1 − a)                                  |
/// | tanh        | tanh z                   | 1 − a²                                    |
/// | linear      | z                        | 1                                         |
/// | softmax     | eᶻʲ / Σₖ eᶻᵏ per row     | dL/dzⱼ = aⱼ(gⱼ − Σₖ gₖaₖ) (row Jacobian)   |
///
/// The two functions are two switches so each stays one tight loop per case; keep their cases in
/// this order when adding one.
public enum Activation: String, CaseIterable, Sendable, Codable {
    /// max(z, 0)
    case relu
    /// z for z > 0, 0.01·z otherwise
    case leakyRelu = "leaky_relu"
    /// σ(z) = 1 / (1 + e⁻ᶻ)
    case sigmoid
    /// tanh z
    case tanh
    /// z
    case linear
    /// eᶻⁱ / Σⱼ eᶻʲ over a row; output layers only
    case softmax

    /// The slope of `leakyRelu` for negative inputs.
    public static let leakySlope = 0.01

    /// Activations allowed on hidden layers (everything but softmax).
    public static var hiddenCases: [Activation] { allCases.filter { $0 != .softmax } }

    /// Writes a = f(z) for a batch × units block of pre-activations.
    /// `softmax` works row by row with the row maximum subtracted, so no exponent overflows.
    @inline(__always)
    func apply<T: NNScalar>(_ z: UnsafeBufferPointer<T>, _ a: UnsafeMutableBufferPointer<T>, units: Int) {
        if T.self == Float.self, self == .sigmoid || self == .softmax || self == .tanh,
           let zp = z.baseAddress, let ap = a.baseAddress {
            applyVectorised(UnsafeRawPointer(zp).assumingMemoryBound(to: Float.self),
                            UnsafeMutableRawPointer(ap).assumingMemoryBound(to: Float.self), count: z.count, units: units)
            return
        }
        switch self {
        case .relu:
            for i in 0..<z.count { a[i] = z[i] > 0 ? z[i] : 0 }
        case .leakyRelu:
            let slope = T(Self.leakySlope)
            for i in 0..<z.count { a[i] = z[i] > 0 ? z[i] : slope * z[i] }
        case .sigmoid:
            for i in 0..<z.count { a[i] = Self.sigmoid(z[i]) }
        case .tanh:
            for i in 0..<z.count { a[i] = T.tanh(z[i]) }
        case .linear:
            for i in 0..<z.count { a[i] = z[i] }
        case .softmax:
            var start = 0
            while start < z.count {
                var top = z[start]
                for j in 1..<units { top = max(top, z[start + j]) }
                var sum: T = 0
                for j in 0..<units {
                    let e = T.exp(z[start + j] - top)
                    a[start + j] = e
                    sum += e
                }
                let inverse = 1 / sum
                for j in 0..<units { a[start + j] *= inverse }
                start += units
            }
        }
    }

    /// Float sigmoid, tanh and softmax through `VectorMath`, eight values at a time.
    @inline(__always)
    func applyVectorised(_ z: UnsafePointer<Float>, _ a: UnsafeMutablePointer<Float>, count: Int, units: Int) {
        if self == .sigmoid {
            VectorMath.map(count, z, a, VectorMath.sigmoid)
            return
        }
        if self == .tanh {
            VectorMath.map(count, z, a, VectorMath.tanh)
            return
        }
        var start = 0
        while start < count {
            var top = z[start]
            for j in 1..<units { top = max(top, z[start + j]) }
            let shift = VectorMath.Floats(repeating: top)
            VectorMath.map(units, z + start, a + start) { VectorMath.exp($0 - shift) }
            var sum: Float = 0
            for j in 0..<units { sum += a[start + j] }
            let inverse = 1 / sum
            for j in 0..<units { a[start + j] *= inverse }
            start += units
        }
    }

    /// σ(z) without overflow: 1/(1 + e⁻ᶻ) for z ≥ 0, eᶻ/(1 + eᶻ) otherwise.
    @inline(__always)
    static func sigmoid<T: NNScalar>(_ z: T) -> T {
        if z >= 0 { return 1 / (1 + T.exp(-z)) }
        let e = T.exp(z)
        return e / (1 + e)
    }

    /// Turns dL/da into dL/dz in place: `g ← g ⊙ f′(z)`, with f′ written through a = f(z) where
    /// that is cheaper (σ′ = a(1 − a), tanh′ = 1 − a²). For softmax the row Jacobian gives
    /// dL/dzⱼ = aⱼ·(gⱼ − Σₖ gₖ·aₖ).
    @inline(__always)
    func backward<T: NNScalar>(_ g: UnsafeMutableBufferPointer<T>, z: UnsafeBufferPointer<T>,
                               a: UnsafeBufferPointer<T>, units: Int) {
        switch self {
        case .relu:
            for i in 0..<g.count { g[i] = z[i] > 0 ? g[i] : 0 }
        case .leakyRelu:
            let slope = T(Self.leakySlope)
            for i in 0..<g.count { g[i] = z[i] > 0 ? g[i] : slope * g[i] }
        case .sigmoid:
            for i in 0..<g.count { g[i] *= a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<g.count { g[i] *= 1 - a[i] * a[i] }
        case .linear:
            break
        case .softmax:
            var start = 0
            while start < g.count {
                var dot: T = 0
                for j in 0..<units { dot += g[start + j] * a[start + j] }
                for j in 0..<units { g[start + j] = a[start + j] * (g[start + j] - dot) }
                start += units
            }
        }
    }
}
