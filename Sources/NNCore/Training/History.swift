/// The metrics of one epoch: data loss (no penalty) and accuracy on both splits; for regression
/// data the coefficient of determination R² instead of accuracy (which is then 0).
public struct EpochMetrics: Equatable, Sendable {
    /// Epochs trained so far, counting from 1 over the network's life.
    public var epoch: Int
    /// Mean data loss on the training split, with the weights at the end of the epoch.
    public var loss: Double
    /// Fraction of training samples classified right.
    public var accuracy: Double
    /// The same on the validation split, when there is one.
    public var valLoss: Double?
    /// Validation accuracy, when there is a validation split.
    public var valAccuracy: Double?
    /// R² on the training split, for regression data (`Metrics.determination`); nil otherwise.
    public var r2: Double?
    /// R² on the validation split, for regression data with a validation split.
    public var valR2: Double?

    /// Metrics for one epoch.
    public init(epoch: Int, loss: Double, accuracy: Double, valLoss: Double? = nil, valAccuracy: Double? = nil,
                r2: Double? = nil, valR2: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.valLoss = valLoss
        self.valAccuracy = valAccuracy
        self.r2 = r2
        self.valR2 = valR2
    }

    /// Whether these are regression metrics (R² rather than accuracy).
    public var isRegression: Bool { r2 != nil }
}

/// Every epoch's metrics, oldest first.
public struct History: Equatable, Sendable {
    /// One entry per epoch.
    public var epochs: [EpochMetrics] = []

    /// An empty history.
    public init() {}

    /// The latest epoch.
    public var last: EpochMetrics? { epochs.last }
    /// Epochs trained so far.
    public var count: Int { epochs.count }
}

/// How a call to `Trainer.train` ended.
public enum TrainingOutcome: Equatable, Sendable {
    /// Every epoch ran.
    case completed
    /// Validation loss stopped improving; the weights of `bestEpoch` were restored.
    case earlyStopped(bestEpoch: Int)
    /// Asked to stop; it did so after the current mini-batch and kept the weights.
    case interrupted
    /// The loss became NaN or infinite at this epoch and batch; the weights and optimizer state
    /// were rolled back to the end of the previous epoch.
    case diverged(epoch: Int, batch: Int)
}

/// The result of one `train` call.
public struct TrainingReport: Equatable, Sendable {
    /// How it ended.
    public var outcome: TrainingOutcome
    /// Epochs recorded in the history by this call.
    public var epochsRun: Int
}
