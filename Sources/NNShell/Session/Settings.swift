import NNCore

/// Whether output uses colour.
public enum ColorMode: String, CaseIterable, Sendable {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    case auto
    /// Always.
    case on
    /// Never.
    case off
}

/// The session's hyperparameters and preferences, each with its documented default.
public struct Settings: Equatable, Sendable {
    /// Seed for data, split, initialisation and shuffling.
    public var seed = 0
    /// Learning rate η.
    public var learningRate = 0.1
    /// Mini-batch size.
    public var batch = 32
    /// Epochs `train` runs when not told.
    public var epochs = 100
    /// The update rule.
    public var optimizer: OptimizerKind = .sgd
    /// The loss, or nil to follow the output (`bce` for sigmoid, `ce` for softmax).
    public var loss: Loss?
    /// The weight initialisation, or nil to follow the hidden activation.
    public var initializer: Initializer?
    /// L1 penalty strength.
    public var l1 = 0.0
    /// L2 penalty strength.
    public var l2 = 0.0
    /// μ for momentum and Nesterov.
    public var momentum = 0.9
    /// ρ for RMSProp.
    public var rho = 0.9
    /// β₁ for Adam.
    public var beta1 = 0.9
    /// β₂ for Adam.
    public var beta2 = 0.999
    /// ε for RMSProp and Adam.
    public var epsilon = 1e-8
    /// Print a metrics line every this many epochs; 0 picks about ten lines per run.
    public var every = 0
    /// Early-stopping patience in epochs; 0 never stops early.
    public var patience = 0
    /// Fraction of the data held out for validation.
    public var validationFraction = 0.2
    /// Colour in the output.
    public var color: ColorMode = .auto
    /// Image size for plot files, in pixels.
    public var imageWidth = 640
    /// Image height for plot files, in pixels.
    public var imageHeight = 480
    /// Whether features are standardised with the training split's statistics.
    public var normalize = false
    /// Whether `train` redraws the boundary and the curves in place on a terminal.
    public var live = false
    /// Whether products too large for nnb's own kernels go to BLAS (`set blas off` keeps every
    /// product in nnb's kernels, the same bits on every machine).
    public var blas = true

    /// The defaults.
    public init() {}

    /// The optimizer settings these values describe.
    public var optimizerSettings: OptimizerSettings {
        OptimizerSettings(kind: optimizer, learningRate: learningRate, momentum: momentum, rho: rho,
                          beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// The weight penalties.
    public var regularization: Regularization { Regularization(l1: l1, l2: l2) }

    /// The seed as the 64-bit value the streams take (negative seeds wrap as in the reference).
    public var streamSeed: UInt64 { UInt64(bitPattern: Int64(seed)) }

    /// The metrics-line interval for a run of `epochs`: `every`, or about ten lines per run.
    public func interval(for epochs: Int) -> Int {
        every > 0 ? every : max(1, epochs / 10)
    }
}
