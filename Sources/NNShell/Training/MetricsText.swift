import NNCore

/// The one way the shell writes an epoch's metrics, in the order of the language's metrics line:
/// `epoch 120  loss 0.1834  acc 0.9425  val_loss 0.2011  val_acc 0.9300`.
enum MetricsText {
    /// `loss L  acc A  val_loss VL  val_acc VA`; the validation fields only when there is a split.
    /// Regression: `loss L  val_loss VL  r2 R  val_r2 VR`, no accuracy.
    static func fields(_ metrics: EpochMetrics) -> String {
        if let r2 = metrics.r2 {
            var parts = ["loss \(NumberFormat.fixed4(metrics.loss))"]
            if let loss = metrics.validationLoss { parts.append("val_loss \(NumberFormat.fixed4(loss))") }
            parts.append("r2 \(NumberFormat.fixed4(r2))")
            if let r2 = metrics.validationR2 { parts.append("val_r2 \(NumberFormat.fixed4(r2))") }
            return parts.joined(separator: "  ")
        }
        var parts = ["loss \(NumberFormat.fixed4(metrics.loss))", "acc \(NumberFormat.fixed4(metrics.accuracy))"]
        if let loss = metrics.validationLoss { parts.append("val_loss \(NumberFormat.fixed4(loss))") }
        if let accuracy = metrics.validationAccuracy { parts.append("val_acc \(NumberFormat.fixed4(accuracy))") }
        return parts.joined(separator: "  ")
    }

    /// The metrics line: `epoch N  ` and the fields.
    static func line(_ metrics: EpochMetrics) -> String {
        "epoch \(metrics.epoch)  " + fields(metrics)
    }
}

extension ModelState {
    /// The metrics of the current weights on `sets`, numbered as the epochs trained so far.
    func measure(_ sets: (train: TrainingSet, validation: TrainingSet?)) -> EpochMetrics {
        let train = trainer.evaluate(sets.train)
        let validation = sets.validation.map { trainer.evaluate($0) }
        return EpochMetrics(epoch: trainer.history.count, loss: train.loss, accuracy: train.accuracy,
                            validationLoss: validation?.loss, validationAccuracy: validation?.accuracy,
                            r2: train.r2, validationR2: validation?.r2)
    }
}
