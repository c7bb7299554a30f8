/// The update rules the engine offers.
public enum OptimizerKind: String, CaseIterable, Sendable, Codable {
    case sgd
    case momentum
    case nesterov
    case rmsprop
    case adam
}

/// An update rule and its hyperparameters (PyTorch's conventions; defaults: lr 0.1,
/// momentum 0.9, rho 0.9, beta1 0.9, beta2 0.999, eps 1e-8).
public struct OptimizerSettings: Equatable, Sendable, Codable {
    /// The rule.
    public var kind: OptimizerKind
    /// Step size η.
    public var learningRate: Double
    /// μ for momentum and Nesterov.
    public var momentum: Double
    /// ρ, RMSProp's decay of the squared-gradient average.
    public var rho: Double
    /// β₁, Adam's decay of the first moment.
    public var beta1: Double
    /// β₂, Adam's decay of the second moment.
    public var beta2: Double
    /// ε, added to the denominator of RMSProp and Adam.
    public var epsilon: Double

    /// Settings with the documented defaults for anything not given.
    public init(kind: OptimizerKind = .sgd, learningRate: Double = 0.1, momentum: Double = 0.9,
                rho: Double = 0.9, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum
        self.rho = rho
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }
}
