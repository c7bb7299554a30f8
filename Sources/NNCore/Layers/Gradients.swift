/// dL/dW and dL/db for every layer, in the layers' shapes.
public struct Gradients<T: NNScalar>: Equatable, Sendable {
    /// inputs × outputs per layer.
    public var weights: [Matrix<T>]
    /// One entry per unit, per layer.
    public var biases: [[T]]

    /// Zero gradients shaped like `network`'s parameters.
    public init(zeroFor network: Network<T>) {
        weights = network.layers.map { Matrix(rows: $0.inputs, columns: $0.outputs) }
        biases = network.layers.map { Array(repeating: 0, count: $0.outputs) }
    }
}
