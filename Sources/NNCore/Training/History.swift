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
