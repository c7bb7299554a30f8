/// Analytic gradients against central differences, in 64-bit arithmetic.
///
/// For every parameter p: n = (L(p + h) − L(p − h)) / 2h with L the total loss (data loss plus
/// penalty), a = the backpropagated dL/dp, and the error |a − n| / max(|a| + |n|, 10⁻³). The
/// floor keeps parameters whose gradient is nearly zero (a dead relu unit, say) from turning
/// rounding noise into a large ratio. A correct backward pass stays below 10⁻⁶.
public enum GradientCheck {
    /// The largest error over one layer's weights and over its biases.
    public struct LayerError: Equatable, Sendable {
        /// Layer number, from 1.
        public var layer: Int
        /// Largest relative error over the weights.
        public var weights: Double
        /// Largest relative error over the biases.
        public var biases: Double
        /// Weights compared (all of them, or a seeded sample on a large layer).
        public var weightsChecked: Int
        /// All the layer's weights.
        public var weightCount: Int
        /// The larger of the two.
        public var worst: Double { max(weights, biases) }
        /// Whether only a sample of the weights was compared.
        public var isSampled: Bool { weightsChecked < weightCount }
    }

    /// The multiply-adds the finite differences may spend per layer: with a forward pass of
    /// cost C = batch·Σ inputs·outputs, at most ⌊budget / 2C⌋ weights (never fewer than
    /// ``minimumSample``) are compared; the rest of a large layer is skipped.
    public static let budgetPerLayer = 2_000_000_000
    /// The fewest weights compared per layer, however large the network.
    public static let minimumSample = 256

    /// The threshold below which `gradcheck` calls the gradients right.
    public static let tolerance = 1e-6

    /// Checks `network` on a batch: inputs (batch × inputs) and targets (batch × outputs, one-hot
    /// for softmax outputs), with step `h`.
    ///
    /// On a layer whose weights cost more than ``budgetPerLayer`` to check one by one, a sample
    /// drawn from `sampling` is checked instead (``LayerError/isSampled``). `shouldStop` is polled
    /// between parameters; when it returns true the check ends and returns nil.
    public static func run(_ network: Network<Double>, inputs: Matrix<Double>, targets: Matrix<Double>,
                           regularization: Regularization = .none, step h: Double = 1e-5,
                           sampling: SeededRandom = SeededRandom(seed: 0),
                           shouldStop: () -> Bool = { false }) -> [LayerError]? {
        let workspace = Workspace(for: network, batch: inputs.rows)
        workspace.input.copy(from: inputs)
        workspace.targets.copy(from: targets)
        network.forward(workspace)
        var analytic = Gradients(zeroFor: network)
        network.backward(workspace, regularization: regularization, into: &analytic)
        let cost = max(1, inputs.rows * network.layers.reduce(0) { $0 + $1.weights.values.count })
        let sample = max(minimumSample, budgetPerLayer / (2 * cost))
        return compare(network, analytic: analytic, workspace: workspace, regularization: regularization, step: h,
                       sample: sample, sampling: sampling, shouldStop: shouldStop)
    }

    /// Holds `analytic` against central differences of the loss on the workspace's batch.
    static func compare(_ network: Network<Double>, analytic: Gradients<Double>, workspace: Workspace<Double>,
                        regularization: Regularization, step h: Double, sample: Int, sampling: SeededRandom,
                        shouldStop: () -> Bool) -> [LayerError]? {
        func totalLoss(_ net: Network<Double>) -> Double {
            net.forward(workspace)
            return net.dataLoss(workspace) + net.penalty(regularization)
        }
        func error(_ a: Double, _ n: Double) -> Double { abs(a - n) / max(abs(a) + abs(n), 1e-3) }

        var probe = network
        var result: [LayerError] = []
        var stream = sampling
        for l in network.layers.indices {
            var worstWeight = 0.0
            let count = network.layers[l].weights.values.count
            var chosen = Array(0..<count)
            if count > sample {
                for i in 0..<sample {
                    chosen.swapAt(i, i + Int(stream.uniform() * Double(count - i)))
                }
                chosen = chosen[0..<sample].sorted()
            }
            for i in chosen {
                if shouldStop() { return nil }
                let saved = probe.layers[l].weights.values[i]
                probe.layers[l].weights.values[i] = saved + h
                let up = totalLoss(probe)
                probe.layers[l].weights.values[i] = saved - h
                let down = totalLoss(probe)
                probe.layers[l].weights.values[i] = saved
                worstWeight = max(worstWeight, error(analytic.weights[l].values[i], (up - down) / (2 * h)))
            }
            var worstBias = 0.0
            for j in network.layers[l].biases.indices {
                if shouldStop() { return nil }
                let saved = probe.layers[l].biases[j]
                probe.layers[l].biases[j] = saved + h
                let up = totalLoss(probe)
                probe.layers[l].biases[j] = saved - h
                let down = totalLoss(probe)
                probe.layers[l].biases[j] = saved
                worstBias = max(worstBias, error(analytic.biases[l][j], (up - down) / (2 * h)))
            }
            result.append(LayerError(layer: l + 1, weights: worstWeight, biases: worstBias,
                                     weightsChecked: chosen.count, weightCount: count))
        }
        return result
    }
}
