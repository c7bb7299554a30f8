/// The metrics of one epoch: data loss (no penalty) and accuracy on both splits.
public struct EpochMetrics: Equatable, Sendable {
    /// Epochs trained so far, counting from 1 over the network's life.
    public var epoch: Int
    /// Mean data loss on the training split, with the weights at the end of the epoch.
    public var loss: Double
    /// Fraction of training samples classified right.
    public var accuracy: Double
    /// The same on the validation split, when there is one.
    public var validationLoss: Double?
    /// Validation accuracy, when there is a validation split.
    public var validationAccuracy: Double?

    /// Metrics for one epoch.
    public init(epoch: Int, loss: Double, accuracy: Double, validationLoss: Double? = nil, validationAccuracy: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
    }
}
