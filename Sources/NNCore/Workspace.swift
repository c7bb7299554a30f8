/// The buffers of one forward and backward pass at a fixed batch size.
///
/// A trainer keeps one workspace per batch shape (the full batch and the last partial one) and
/// reuses it every step, so the training step allocates nothing: every matrix below is created
/// here once and afterwards only written through `withUnsafe…BufferPointer`.
public final class Workspace<T: NNScalar> {
    /// The batch size these buffers hold.
    public let batch: Int
    /// Layer inputs for the batch: batch × features.
    public var input: Matrix<T>
    /// Targets for the batch: batch × outputs.
    public var targets: Matrix<T>
    /// Pre-activations z per layer: batch × units.
    public var z: [Matrix<T>]
    /// Activations a per layer: batch × units; the last is the network's output.
    public var a: [Matrix<T>]
    /// δ = dL/dz per layer: batch × units.
    public var delta: [Matrix<T>]

    /// Buffers for `network` at `batch` rows.
    public init(for network: Network<T>, batch: Int) {
        self.batch = batch
        input = Matrix(rows: batch, columns: network.inputWidth)
        targets = Matrix(rows: batch, columns: network.outputWidth)
        z = network.layers.map { Matrix(rows: batch, columns: $0.outputs) }
        a = z
        delta = z
    }

    /// The network's output for the last forward pass: batch × outputs.
    public var output: Matrix<T> { a[a.count - 1] }
}

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

/// Weight penalties added to the data loss: ½·l2·ΣW² + l1·Σ|W|, over weights only, never biases.
public struct Regularization: Equatable, Sendable, Codable {
    /// L1 strength.
    public var l1: Double
    /// L2 strength.
    public var l2: Double

    /// No penalty.
    public static let none = Regularization(l1: 0, l2: 0)

    /// Penalties of the given strengths.
    public init(l1: Double = 0, l2: Double = 0) {
        self.l1 = l1
        self.l2 = l2
    }
}
