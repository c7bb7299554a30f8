/// A train / validation split of a data set.
///
/// The first `trainCount = ⌊n·(1 − F) + 0.5⌋` rows train and the rest validate. Generated sets are
/// already shuffled, so they split as they are; loaded CSV files are first shuffled with
/// `SeededRandom(seed:)` (pass `shuffleSeed`).
public struct DataSplit: Sendable, Equatable {
    /// The training rows.
    public let train: LabeledData
    /// The validation rows (possibly empty).
    public let validation: LabeledData
    /// The fraction of rows asked for validation.
    public let valFraction: Double

    /// Splits `data`, shuffling it first with `data.shuffled(seed:)` when `shuffleSeed` is given.
    ///
    /// - Throws: `DataError` when `valFraction` is not a number in 0...1.
    public init(_ data: LabeledData, valFraction: Double, shuffleSeed: UInt64? = nil) throws {
        guard valFraction >= 0, valFraction <= 1 else {
            throw DataError("validation fraction \(valFraction) is outside 0...1; use a value such as 0.2")
        }
        // The shuffled order picks the rows straight from `data`, without a shuffled copy.
        var order = Array(0..<data.rows)
        if let shuffleSeed {
            var random = SeededRandom(seed: shuffleSeed)
            order = random.permutation(data.rows)
        }
        let count = Self.trainCount(rows: data.rows, valFraction: valFraction)
        train = data.subset(Array(order[..<count]))
        validation = data.subset(Array(order[count...]))
        self.valFraction = valFraction
    }

    /// How many leading rows of `rows` train: `⌊rows·(1 − F) + 0.5⌋`, clamped to `0...rows`
    /// (a NaN fraction trains on every row).
    public static func trainCount(rows: Int, valFraction: Double) -> Int {
        let raw = (Double(rows) * (1.0 - valFraction) + 0.5).rounded(.down)
        guard !raw.isNaN else { return rows }
        return Int(min(max(raw, 0), Double(rows)))
    }
}
