/// The numbers a boundary plot's title line shows, as the classic notebook did:
/// `epoch 120  loss 0.2311  val_loss 0.2502  acc 0.9120  val_acc 0.9000`.
/// Missing numbers are left out.
public struct TrainingSummary: Sendable, Equatable {
    /// Epochs completed.
    public var epoch: Int?
    /// Training loss.
    public var loss: Double?
    /// Validation loss.
    public var validationLoss: Double?
    /// Training accuracy in 0…1.
    public var accuracy: Double?
    /// Validation accuracy in 0…1.
    public var validationAccuracy: Double?
    /// Training R², for regression.
    public var r2: Double?
    /// Validation R², for regression.
    public var validationR2: Double?

    /// A summary from whichever numbers are known.
    public init(epoch: Int? = nil, loss: Double? = nil, validationLoss: Double? = nil,
                accuracy: Double? = nil, validationAccuracy: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.validationLoss = validationLoss
        self.accuracy = accuracy
        self.validationAccuracy = validationAccuracy
    }

    /// The title line; empty when nothing is known.
    public var line: String {
        var parts: [String] = []
        if let epoch { parts.append("epoch \(epoch)") }
        let named: [(String, Double?)] = [
            ("loss", loss), ("val_loss", validationLoss), ("acc", accuracy), ("val_acc", validationAccuracy),
            ("r2", r2), ("val_r2", validationR2),
        ]
        for (name, value) in named {
            if let value { parts.append("\(name) \(NiceScale.compact(value))") }
        }
        return parts.joined(separator: "  ")
    }
}
