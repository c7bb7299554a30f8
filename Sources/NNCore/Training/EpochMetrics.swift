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
    public var validationLoss: Double?
    /// Validation accuracy, when there is a validation split.
    public var validationAccuracy: Double?
    /// R² on the training split, for regression data (`Metrics.determination`); nil otherwise.
    public var r2: Double?
    /// R² on the validation split, for regression data with a validation split.
    public var validationR2: Double?

    /// Metrics for one epoch.
    public init(epoch: Int, loss: Double, accuracy: Double, validationLoss: Double? = nil, validationAccuracy: Double? = nil,
                r2: Double? = nil, validationR2: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.r2 = r2
        self.validationR2 = validationR2
    }

    /// Whether these are regression metrics (R² rather than accuracy).
    public var isRegression: Bool { r2 != nil }
}
