/// A stack of dense layers and the loss it is trained on.
///
/// `sizes` = [inputs, hidden…, outputs]; layer l (from 1) maps sizes[l−1] to sizes[l]. Hidden
/// layers share one activation; the output activation pairs with the loss (sigmoid + bce,
/// softmax + ce, anything + mse).
public struct Network<T: NNScalar>: Equatable, Sendable {
    /// The layers, input side first.
    public var layers: [Dense<T>]
    /// The data loss.
    public var loss: Loss

    /// Layer widths: inputs, then each layer's units.
    public var sizes: [Int] { [inputWidth] + layers.map(\.outputs) }
    /// Width of an input row.
    public var inputWidth: Int { layers.first?.inputs ?? 0 }
    /// Number of output units.
    public var outputWidth: Int { layers.last?.outputs ?? 0 }
    /// The output layer's activation.
    public var outputActivation: Activation { layers.last?.activation ?? .linear }
    /// Weights and biases over all layers.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    /// How many classes the output stands for: 2 for one sigmoid unit, else the unit count.
    public var classCount: Int { outputWidth == 1 ? 2 : outputWidth }

    /// A network over given layers; the loss must suit the output (see `Loss.requiredOutput`).
    public init(layers: [Dense<T>], loss: Loss) throws(NetworkError) {
        guard !layers.isEmpty else { throw .noLayers }
        for (index, pair) in zip(layers, layers.dropFirst()).enumerated()
        where pair.0.outputs != pair.1.inputs {
            throw .sizeMismatch(layer: index + 2, expected: pair.0.outputs, found: pair.1.inputs)
        }
        for (index, layer) in layers.enumerated().dropLast() where layer.activation == .softmax {
            throw .softmaxHidden(layer: index + 1)
        }
        let output = layers[layers.count - 1].activation
        if let required = loss.requiredOutput, required != output {
            throw .lossNeedsOutput(loss: loss, output: output, required: required)
        }
        self.layers = layers
        self.loss = loss
    }

    /// A freshly initialised network: weights from `initializer`, drawn layer after layer from
    /// `random`; zero biases.
    public init(sizes: [Int], hidden: Activation, output: Activation, loss: Loss,
                initializer: Initializer, random: inout SeededRandom) throws(NetworkError) {
        guard sizes.count >= 2 else { throw .noLayers }
        if let bad = sizes.first(where: { $0 < 1 }) { throw .badSize(bad) }
        var layers: [Dense<T>] = []
        for l in 1..<sizes.count {
            let activation = l == sizes.count - 1 ? output : hidden
            let weights: Matrix<T> = initializer.weights(inputs: sizes[l - 1], outputs: sizes[l], random: &random)
            layers.append(Dense(weights: weights, biases: Array(repeating: 0, count: sizes[l]), activation: activation))
        }
        try self.init(layers: layers, loss: loss)
    }

    /// The forward pass of `workspace.input` (batch × inputs): fills z and a of every layer.
    public func forward(_ workspace: Workspace<T>) {
        forward(workspace, input: workspace.input)
    }

    /// The forward pass of `input` (rows × inputs, rows ≤ the workspace's batch), read in place.
    func forward(_ workspace: Workspace<T>, input first: MatrixView<T>) {
        // Through the buffer, each layer is used in place: `layers[l]` would copy it, retaining
        // and releasing its weight and bias arrays on every call.
        layers.withUnsafeBufferPointer { layers in
            var input = first
            for l in layers.indices {
                layers[l].forward(input, z: workspace.z[l], a: workspace.a[l])
                input = workspace.a[l]
            }
        }
    }

    /// Whether the output layer's pre-activations of the last forward pass are all finite: the
    /// cheap per-step test for a diverging run (a finite z gives a finite bce or ce loss).
    public func outputIsFinite(_ workspace: Workspace<T>) -> Bool {
        let z = workspace.z[layers.count - 1]
        // z·0 is 0 for every finite z and NaN for ±∞ or NaN, so one NaN poisons the sum; the
        // loop has no branch and vectorises.
        var sum: T = 0
        for i in 0..<z.count { sum += z.base[i] * 0 }
        return sum == 0
    }

    /// The data loss of the last forward pass against `workspace.targets`.
    public func dataLoss(_ workspace: Workspace<T>) -> T {
        let last = layers.count - 1
        return loss.value(z: workspace.z[last], a: workspace.a[last], targets: workspace.targets)
    }

    /// The weight penalty ½·l2·ΣW² + l1·Σ|W|.
    public func penalty(_ regularization: Regularization) -> T {
        guard regularization.l1 != 0 || regularization.l2 != 0 else { return 0 }
        let l1 = T(regularization.l1)
        let l2 = T(regularization.l2)
        var total: T = 0
        for layer in layers {
            for w in layer.weights.values { total += l2 / 2 * w * w + l1 * abs(w) }
        }
        return total
    }

    /// Backpropagation after `forward`: the gradient of data loss + penalty for every weight
    /// and bias, written into `gradients`. dL/dW gains l2·W + l1·sign(W) (sign(0) = 0).
    public func backward(_ workspace: Workspace<T>, regularization: Regularization = .none,
                         into gradients: inout Gradients<T>) {
        let last = layers.count - 1
        loss.outputDelta(z: workspace.z[last], a: workspace.a[last], targets: workspace.targets,
                         output: layers[last].activation, into: workspace.delta[last])
        layers.withUnsafeBufferPointer { layers in
            for l in stride(from: last, through: 0, by: -1) {
                let input = l == 0 ? workspace.input : workspace.a[l - 1]
                layers[l].parameterGradients(input: input, delta: workspace.delta[l],
                                             weights: &gradients.weights[l], biases: &gradients.biases[l])
                if l > 0 {
                    layers[l].inputDelta(workspace.delta[l], previous: layers[l - 1].activation,
                                         z: workspace.z[l - 1], a: workspace.a[l - 1],
                                         into: workspace.delta[l - 1], scratch: workspace.transposedWeights)
                }
            }
        }
        if regularization.l1 != 0 || regularization.l2 != 0 {
            let l1 = T(regularization.l1)
            let l2 = T(regularization.l2)
            for l in layers.indices {
                layers[l].weights.values.withUnsafeBufferPointer { w in
                    gradients.weights[l].values.withUnsafeMutableBufferPointer { g in
                        for i in 0..<w.count {
                            let sign: T = w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0)
                            g[i] += l2 * w[i] + l1 * sign
                        }
                    }
                }
            }
        }
    }

    /// The network's outputs for `inputs` (rows × inputWidth), computed in chunks of at most
    /// `chunk` rows: probabilities for sigmoid and softmax outputs.
    public func outputs(_ inputs: Matrix<T>, chunk: Int = 1024) -> Matrix<T> {
        precondition(inputs.columns == inputWidth, "expected \(inputWidth) input columns, got \(inputs.columns)")
        var result = Matrix<T>(rows: inputs.rows, columns: outputWidth)
        let width = inputWidth
        let size = max(1, min(chunk, inputs.rows))
        let workspace = Workspace(for: self, batch: size)
        inputs.values.withUnsafeBufferPointer { source in
            result.values.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                var start = 0
                while start < inputs.rows {
                    let count = min(size, inputs.rows - start)
                    let rows = MatrixView(base: UnsafeMutablePointer(mutating: from + start * width), rows: count, columns: width)
                    forward(workspace, input: rows)
                    (to + start * outputWidth).update(from: workspace.output.base, count: count * outputWidth)
                    start += count
                }
            }
        }
        return result
    }

    /// The same network in another scalar type (for 64-bit gradient checks).
    public func converted<U: NNScalar>(to _: U.Type = U.self) -> Network<U> {
        let converted = layers.map {
            Dense<U>(weights: $0.weights.converted(), biases: $0.biases.map { U($0) }, activation: $0.activation)
        }
        return Network<U>(validated: converted, loss: loss)
    }

    /// Layers already checked by a network of the same shapes.
    private init(validated layers: [Dense<T>], loss: Loss) {
        self.layers = layers
        self.loss = loss
    }
}

/// Why a network cannot be built as asked.
public enum NetworkError: Error, Equatable, Sendable, CustomStringConvertible {
    case noLayers
    case badSize(Int)
    case sizeMismatch(layer: Int, expected: Int, found: Int)
    case softmaxHidden(layer: Int)
    case lossNeedsOutput(loss: Loss, output: Activation, required: Activation)

    public var description: String {
        switch self {
        case .noLayers:
            "a network needs at least two sizes: inputs and outputs"
        case .badSize(let size):
            "layer size \(size) is not allowed: sizes must be at least 1"
        case let .sizeMismatch(layer, expected, found):
            "layer \(layer) takes \(found) inputs but the layer before has \(expected) units"
        case .softmaxHidden(let layer):
            "softmax is for the output layer only, not hidden layer \(layer): use relu, tanh or sigmoid"
        case let .lossNeedsOutput(loss, output, required):
            "loss \(loss.rawValue) needs a \(required.rawValue) output, not \(output.rawValue)"
        }
    }
}
