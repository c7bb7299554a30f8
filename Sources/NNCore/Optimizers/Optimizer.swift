/// Applies an update rule to every parameter tensor of a network.
///
/// The walk over parameters lives here; each rule (`SGDRule`, `MomentumRule`, `NesterovRule`,
/// `RMSPropRule`, `AdamRule`) only states how one tensor moves given its gradient and its slots.
/// Slots (velocities, moment averages) start at zero and are kept per tensor: weights of layer
/// l are tensor 2l, its biases tensor 2l + 1.
public struct Optimizer<T: NNScalar>: Equatable, Sendable {
    /// The rule and its hyperparameters; changing them keeps the slots.
    public var settings: OptimizerSettings
    /// Steps taken since the last reset (t in Adam's bias correction).
    public private(set) var step: Int = 0
    /// First slot per tensor (velocity, or Adam's m).
    public private(set) var first: [[T]] = []
    /// Second slot per tensor (RMSProp's s, or Adam's v).
    public private(set) var second: [[T]] = []

    /// A fresh optimizer.
    public init(_ settings: OptimizerSettings) {
        self.settings = settings
    }

    /// Forgets all state (after the weights are re-drawn).
    public mutating func reset() {
        step = 0
        first = []
        second = []
    }

    /// Restores saved slots, checked against the network's shapes by the caller.
    public mutating func restore(step: Int, first: [[T]], second: [[T]]) {
        self.step = step
        self.first = first
        self.second = second
    }

    /// Makes zeroed slots the first time, or when the network's shapes changed; otherwise
    /// leaves them alone (this check allocates nothing).
    private mutating func prepareSlots(for network: Network<T>) {
        var fits = first.count == 2 * network.layers.count && second.count == first.count
        if fits {
            for (l, layer) in network.layers.enumerated()
            where first[2 * l].count != layer.weights.values.count || first[2 * l + 1].count != layer.biases.count {
                fits = false
            }
        }
        if !fits {
            let sizes = network.layers.flatMap { [$0.weights.values.count, $0.biases.count] }
            first = sizes.map { Array(repeating: 0, count: $0) }
            second = sizes.map { Array(repeating: 0, count: $0) }
        }
    }

    /// Whether two slot lists hold tensors of the same sizes (checked without allocating).
    private static func sameShapes(_ a: [[T]], _ b: [[T]]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where a[i].count != b[i].count { return false }
        return true
    }

    /// Takes `other`'s state (step and slots) and settings, writing into this optimizer's own
    /// buffers when the shapes agree, so a per-epoch snapshot allocates nothing.
    public mutating func copyState(from other: Optimizer<T>) {
        settings = other.settings
        step = other.step
        if Self.sameShapes(first, other.first) && Self.sameShapes(second, other.second) {
            for i in first.indices { overwrite(&first[i], with: other.first[i]) }
            for i in second.indices { overwrite(&second[i], with: other.second[i]) }
        } else {
            first = other.first.map { slot in slot.withUnsafeBufferPointer { Array($0) } }
            second = other.second.map { slot in slot.withUnsafeBufferPointer { Array($0) } }
        }
    }

    /// One step: every parameter p moves by its rule given g = dL/dp.
    public mutating func update(_ network: inout Network<T>, with gradients: Gradients<T>) {
        prepareSlots(for: network)
        step += 1
        for l in network.layers.indices {
            network.layers[l].weights.values.withUnsafeMutableBufferPointer { p in
                gradients.weights[l].values.withUnsafeBufferPointer { g in
                    apply(p, g, slot: 2 * l)
                }
            }
            network.layers[l].biases.withUnsafeMutableBufferPointer { p in
                gradients.biases[l].withUnsafeBufferPointer { g in
                    apply(p, g, slot: 2 * l + 1)
                }
            }
        }
    }

    private mutating func apply(_ p: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>, slot: Int) {
        let s = settings
        let lr = T(s.learningRate)
        switch s.kind {
        case .sgd:
            SGDRule.apply(p, g, learningRate: lr)
        case .momentum:
            first[slot].withUnsafeMutableBufferPointer { v in
                MomentumRule.apply(p, g, velocity: v, learningRate: lr, momentum: T(s.momentum))
            }
        case .nesterov:
            first[slot].withUnsafeMutableBufferPointer { v in
                NesterovRule.apply(p, g, velocity: v, learningRate: lr, momentum: T(s.momentum))
            }
        case .rmsprop:
            second[slot].withUnsafeMutableBufferPointer { sq in
                RMSPropRule.apply(p, g, average: sq, learningRate: lr, rho: T(s.rho), epsilon: T(s.epsilon))
            }
        case .adam:
            let t = step
            first[slot].withUnsafeMutableBufferPointer { m in
                second[slot].withUnsafeMutableBufferPointer { v in
                    AdamRule.apply(p, g, m: m, v: v, step: t, learningRate: lr,
                                   beta1: s.beta1, beta2: s.beta2, epsilon: T(s.epsilon))
                }
            }
        }
    }
}
