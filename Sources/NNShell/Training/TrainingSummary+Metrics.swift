import NNCore
import NNPlot

extension TrainingSummary {
    /// The numbers of one epoch's metrics (R² in place of accuracy for regression).
    init(_ metrics: EpochMetrics) {
        if metrics.isRegression {
            self.init(epoch: metrics.epoch, loss: metrics.loss, validationLoss: metrics.validationLoss)
            r2 = metrics.r2
            validationR2 = metrics.validationR2
        } else {
            self.init(epoch: metrics.epoch, loss: metrics.loss, validationLoss: metrics.validationLoss,
                      accuracy: metrics.accuracy, validationAccuracy: metrics.validationAccuracy)
        }
    }
}
