/// A copy of a network's parameters and its optimizer's state in buffers of its own, made once;
/// `store` and `restore` write element by element, so a snapshot every epoch allocates nothing.
struct ParameterCopy {
    private var weights: [[Float]]
    private var biases: [[Float]]
    private var optimizer: Optimizer<Float>

    init(network: Network<Float>, optimizer: Optimizer<Float>) {
        weights = network.layers.map { layer in layer.weights.values.withUnsafeBufferPointer { Array($0) } }
        biases = network.layers.map { layer in layer.biases.withUnsafeBufferPointer { Array($0) } }
        self.optimizer = Optimizer(optimizer.settings)
        self.optimizer.copyState(from: optimizer)
    }

    /// Writes the current values into the copy's buffers.
    mutating func store(network: Network<Float>, optimizer source: Optimizer<Float>) {
        for l in network.layers.indices {
            overwrite(&weights[l], with: network.layers[l].weights.values)
            overwrite(&biases[l], with: network.layers[l].biases)
        }
        optimizer.copyState(from: source)
    }

    /// Puts the stored values back into `network` and `target`.
    func restore(network: inout Network<Float>, optimizer target: inout Optimizer<Float>) {
        for l in network.layers.indices {
            overwrite(&network.layers[l].weights.values, with: weights[l])
            overwrite(&network.layers[l].biases, with: biases[l])
        }
        target.copyState(from: optimizer)
    }
}

/// Copies `source` into `target` element by element (equal lengths), keeping `target`'s storage.
@inline(__always)
func overwrite<T>(_ target: inout [T], with source: [T]) {
    precondition(target.count == source.count, "copy between buffers of different sizes")
    target.withUnsafeMutableBufferPointer { t in
        source.withUnsafeBufferPointer { s in
            for i in 0..<s.count { t[i] = s[i] }
        }
    }
}
