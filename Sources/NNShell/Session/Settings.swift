import NNCore

/// Whether output uses colour.
enum ColorMode: String, CaseIterable, Sendable {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    case auto
    /// Always.
    case on
    /// Never.
    case off
}

/// What live training draws (`set live on|off|network`).
enum LiveMode: String, CaseIterable, Sendable {
    /// Nothing: `train` prints its progress line.
    case off
    /// The boundary, the curves and the metrics line, redrawn in place.
    case on
    /// The network diagram in place of the boundary.
    case network
}

/// The session's hyperparameters and preferences, each with its documented default.
struct Settings: Equatable, Sendable {
    /// Seed for data, split, initialisation and shuffling.
    var seed = 0
    /// Learning rate η.
    var learningRate = 0.1
    /// Mini-batch size.
    var batch = 32
    /// Epochs `train` runs when not told.
    var epochs = 100
    /// The update rule.
    var optimizer: OptimizerKind = .sgd
    /// The loss, or nil to follow the output (`bce` for sigmoid, `ce` for softmax).
    var loss: Loss?
    /// The weight initialisation, or nil to follow the hidden activation.
    var initializer: Initializer?
    /// L1 penalty strength.
    var l1 = 0.0
    /// L2 penalty strength.
    var l2 = 0.0
    /// μ for momentum and Nesterov.
    var momentum = 0.9
    /// ρ for RMSProp.
    var rho = 0.9
    /// β₁ for Adam.
    var beta1 = 0.9
    /// β₂ for Adam.
    var beta2 = 0.999
    /// ε for RMSProp and Adam.
    var epsilon = 1e-8
    /// Print a metrics line every this many epochs; 0 picks about ten lines per run.
    var every = 0
    /// Early-stopping patience in epochs; 0 never stops early.
    var patience = 0
    /// Fraction of the data held out for validation.
    var validationFraction = 0.2
    /// Colour in the output.
    var color: ColorMode = .auto
    /// Image size for plot files, in pixels.
    var imageWidth = 640
    /// Image height for plot files, in pixels.
    var imageHeight = 480
    /// Whether features are standardised with the training split's statistics.
    var normalize = false
    /// What `train` redraws in place at the shell: nothing, the boundary, or the network diagram.
    var live: LiveMode = .off
    /// How fast live training goes (`set pace auto|off|N`).
    var pace: TrainingPace.Mode = .auto
    /// Whether products too large for nnb's own kernels go to BLAS (`set blas off` keeps every
    /// product in nnb's kernels, the same bits on every machine).
    var blas = true

    init() {}

    /// The optimizer settings these values describe.
    var optimizerSettings: OptimizerSettings {
        OptimizerSettings(kind: optimizer, learningRate: learningRate, momentum: momentum, rho: rho,
                          beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// The weight penalties.
    var regularization: Regularization { Regularization(l1: l1, l2: l2) }

    /// The seed as the 64-bit value the streams take (negative seeds wrap as in the reference).
    var streamSeed: UInt64 { UInt64(bitPattern: Int64(seed)) }

    /// The metrics-line interval for a run of `epochs`: `every`, or about ten lines per run.
    func interval(for epochs: Int) -> Int {
        every > 0 ? every : max(1, epochs / 10)
    }
}
