/// The buffers of one forward and backward pass at a fixed batch size.
///
/// All of them live in one allocation made here, carved into views; a trainer keeps one
/// workspace per batch shape (the full batch and the last partial one) and reuses it for every
/// step, so the training step itself allocates nothing.
public final class Workspace<T: NNScalar>: @unchecked Sendable {
    /// The batch size these buffers hold.
    public let batch: Int
    /// Layer-1 inputs for the batch: batch × features.
    public let input: MatrixView<T>
    /// Targets for the batch: batch × outputs.
    public let targets: MatrixView<T>
    /// Pre-activations z per layer: batch × units.
    public let z: [MatrixView<T>]
    /// Activations a per layer: batch × units; the last is the network's output.
    public let a: [MatrixView<T>]
    /// δ = dL/dz per layer: batch × units.
    public let delta: [MatrixView<T>]
    /// Room for Wᵀ of the largest layer, where the small product takes δ·Wᵀ as δ·(Wᵀ).
    let transposedWeights: UnsafeMutablePointer<T>
    private let storage: UnsafeMutablePointer<T>

    /// Buffers for `network` at `batch` rows, zero-filled.
    public init(for network: Network<T>, batch: Int) {
        self.batch = batch
        let units = network.layers.map(\.outputs)
        let weightCount = network.layers.map { $0.weights.values.count }.max() ?? 0
        let total = batch * (network.inputWidth + network.outputWidth + 3 * units.reduce(0, +)) + weightCount
        storage = UnsafeMutablePointer.allocate(capacity: max(total, 1))
        storage.initialize(repeating: 0, count: max(total, 1))
        var next = storage
        func carve(_ columns: Int) -> MatrixView<T> {
            defer { next += batch * columns }
            return MatrixView(base: next, rows: batch, columns: columns)
        }
        input = carve(network.inputWidth)
        targets = carve(network.outputWidth)
        z = units.map(carve)
        a = units.map(carve)
        delta = units.map(carve)
        transposedWeights = next
    }

    deinit {
        storage.deallocate()
    }

    /// The network's output for the last forward pass: batch × outputs.
    public var output: MatrixView<T> { a[a.count - 1] }
}
