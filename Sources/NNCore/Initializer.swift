/// How a layer's first weights are drawn (biases start at zero).
///
/// - `he`: N(0, 2/fan_in), for relu and leaky relu layers
/// - `xavier`: Glorot uniform, U(−r, r) with r = √(6/(fan_in + fan_out))
/// - `normal`: N(0, 0.1²), the small fixed spread of the classic from-scratch notebooks
public enum Initializer: String, CaseIterable, Sendable, Codable {
    case he
    case xavier
    case normal

    /// The default for a network whose hidden layers use `activation`: `he` for relu and leaky
    /// relu, `xavier` otherwise.
    public static func natural(for activation: Activation) -> Initializer {
        activation == .relu || activation == .leakyRelu ? .he : .xavier
    }

    /// fan_in × fan_out weights, drawn row after row from `random`.
    public func weights<T: NNScalar>(inputs: Int, outputs: Int, random: inout SeededRandom) -> Matrix<T> {
        let count = inputs * outputs
        let values: [Double]
        switch self {
        case .he:
            values = random.normals(count, scale: (2.0 / Double(max(inputs, 1))).squareRoot())
        case .xavier:
            let r = (6.0 / Double(max(inputs + outputs, 1))).squareRoot()
            values = random.uniforms(count, low: -r, high: r)
        case .normal:
            values = random.normals(count, scale: 0.1)
        }
        return Matrix(rows: inputs, columns: outputs, values: values.map { T($0) })
    }
}
