import NNCore

/// The one way the shell writes an epoch's metrics, in the order of the language's metrics line:
/// `epoch 120  loss 0.1834  acc 0.9425  val_loss 0.2011  val_acc 0.9300`.
enum MetricsText {
    /// `loss L  acc A  val_loss VL  val_acc VA`; the validation fields only when there is a split.
    /// Regression: `loss L  val_loss VL  r2 R  val_r2 VR`, no accuracy.
    static func fields(_ metrics: EpochMetrics) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        appendFields(metrics, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The metrics line: `epoch N  ` and the fields, written as bytes (a line per epoch).
    static func line(_ metrics: EpochMetrics) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(80)
        bytes += "epoch ".utf8
        bytes += String(metrics.epoch).utf8
        bytes += "  ".utf8
        appendFields(metrics, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendFields(_ metrics: EpochMetrics, to bytes: inout [UInt8]) {
        var first = true
        func field(_ name: String, _ value: Double?) {
            guard let value else { return }
            if !first { bytes += "  ".utf8 }
            first = false
            bytes += name.utf8
            bytes.append(UInt8(ascii: " "))
            NumberFormat.appendFixed(value, digits: 4, to: &bytes)
        }
        field("loss", metrics.loss)
        if let r2 = metrics.r2 {
            field("val_loss", metrics.validationLoss)
            field("r2", r2)
            field("val_r2", metrics.validationR2)
        } else {
            field("acc", metrics.accuracy)
            field("val_loss", metrics.validationLoss)
            field("val_acc", metrics.validationAccuracy)
        }
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
