/// Weight penalties added to the data loss: ½·l2·ΣW² + l1·Σ|W|, over weights only, never biases.
public struct Regularization: Equatable, Sendable, Codable {
    /// L1 strength.
    public var l1: Double
    /// L2 strength.
    public var l2: Double

    /// No penalty.
    public static let none = Regularization(l1: 0, l2: 0)

    /// Penalties of the given strengths.
    public init(l1: Double = 0, l2: Double = 0) {
        self.l1 = l1
        self.l2 = l2
    }
}
