import NNCore
import NNPlot

extension TrainingSummary {
    /// The numbers of one epoch's metrics.
    init(_ metrics: EpochMetrics) {
        self.init(epoch: metrics.epoch, loss: metrics.loss, validationLoss: metrics.validationLoss,
                  accuracy: metrics.accuracy, validationAccuracy: metrics.validationAccuracy)
    }
}
