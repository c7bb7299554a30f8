/// What training and evaluation options say.
public struct TrainingOptions: Equatable, Sendable {
    /// Epochs to run.
    public var epochs: Int
    /// Samples per mini-batch; the last batch of an epoch takes what is left.
    public var batchSize: Int
    /// Stop when the validation loss has not improved for this many epochs (and restore the
    /// best weights); nil never stops early.
    public var patience: Int?
    /// Weight penalties added to the loss being minimised.
    public var regularization: Regularization
    /// Whether to score both splits after every epoch (the history); off, only the bare
    /// training loop runs, as the benchmark's peers time it, and the history is left alone.
    public var measuresEpochs: Bool

    /// Options with the shell's defaults: batch 32, no early stopping, no penalty, metrics
    /// every epoch.
    public init(epochs: Int, batchSize: Int = 32, patience: Int? = nil, regularization: Regularization = .none,
                measuresEpochs: Bool = true) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.patience = patience
        self.regularization = regularization
        self.measuresEpochs = measuresEpochs
    }
}
