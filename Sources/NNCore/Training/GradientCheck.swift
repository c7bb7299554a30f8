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
        /// The larger of the two.
        public var worst: Double { max(weights, biases) }
    }

    /// The threshold below which `gradcheck` calls the gradients right.
    public static let tolerance = 1e-6

    /// Checks `network` on a batch: inputs (batch × inputs) and targets (batch × outputs, one-hot
    /// for softmax outputs), with step `h`.
    public static func run(_ network: Network<Double>, inputs: Matrix<Double>, targets: Matrix<Double>,
                           regularization: Regularization = .none, step h: Double = 1e-5) -> [LayerError] {
        let workspace = Workspace(for: network, batch: inputs.rows)
        workspace.input.copy(from: inputs)
        workspace.targets.copy(from: targets)
        network.forward(workspace)
        var analytic = Gradients(zeroFor: network)
        network.backward(workspace, regularization: regularization, into: &analytic)
        return compare(network, analytic: analytic, workspace: workspace, regularization: regularization, step: h)
    }

    /// Holds `analytic` against central differences of the loss on the workspace's batch.
    static func compare(_ network: Network<Double>, analytic: Gradients<Double>, workspace: Workspace<Double>,
                        regularization: Regularization, step h: Double) -> [LayerError] {
        func totalLoss(_ net: Network<Double>) -> Double {
            net.forward(workspace)
            return net.dataLoss(workspace) + net.penalty(regularization)
        }
        func error(_ a: Double, _ n: Double) -> Double { abs(a - n) / max(abs(a) + abs(n), 1e-3) }

        var probe = network
        var result: [LayerError] = []
        for l in network.layers.indices {
            var worstWeight = 0.0
            for i in network.layers[l].weights.values.indices {
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
                let saved = probe.layers[l].biases[j]
                probe.layers[l].biases[j] = saved + h
                let up = totalLoss(probe)
                probe.layers[l].biases[j] = saved - h
                let down = totalLoss(probe)
                probe.layers[l].biases[j] = saved
                worstBias = max(worstBias, error(analytic.biases[l][j], (up - down) / (2 * h)))
            }
            result.append(LayerError(layer: l + 1, weights: worstWeight, biases: worstBias))
        }
        return result
    }
}
