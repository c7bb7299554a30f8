/// A train / validation split of a data set.
///
/// The first `trainCount = ⌊n·(1 − F) + 0.5⌋` rows train and the rest validate. Generated sets are
/// already shuffled, so they split as they are; loaded CSV files are first shuffled with
/// `SeededRandom(seed:)` (pass `shuffleSeed`): row k of the shuffled set is row p[k] of the data,
/// for p = `SeededRandom(seed: shuffleSeed).permutation(n)`.
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
        try self.init(taking: data, valFraction: valFraction, shuffleSeed: shuffleSeed)
    }

    /// Splits `data` as `init(_:valFraction:shuffleSeed:)` does, taking over its storage: the rows
    /// are shuffled in place and the leading ones stay there as the training rows, so only the
    /// validation rows are copied (the data set is held about 1.2 times rather than twice
    /// while splitting, when nothing else holds `data`).
    ///
    /// - Throws: `DataError` when `valFraction` is not a number in 0...1.
    public init(taking data: consuming LabeledData, valFraction: Double, shuffleSeed: UInt64? = nil) throws {
        guard valFraction >= 0, valFraction <= 1 else {
            throw DataError("validation fraction \(valFraction) is outside 0...1; use a value such as 0.2")
        }
        if let shuffleSeed {
            var random = SeededRandom(seed: shuffleSeed)
            data.reorderRows(random.permutation(data.rows))
        }
        validation = data.removeRows(from: Self.trainCount(rows: data.rows, valFraction: valFraction))
        train = data
        self.valFraction = valFraction
    }

    /// How many leading rows of `rows` train: `⌊rows·(1 − F) + 0.5⌋`, clamped to `0...rows`
    /// (a NaN fraction trains on every row).
    public static func trainCount(rows: Int, valFraction: Double) -> Int {
        let raw = (Double(rows) * (1.0 - valFraction) + 0.5).rounded(.down)
        guard !raw.isNaN else { return rows }
        return Int(min(max(raw, 0), Double(rows)))
    }

    /// The data set `train` and `validation` were split from, its rows back in their order before
    /// the split shuffled them with `shuffleSeed` (nil: in the order train then validation).
    ///
    /// - Precondition: both parts have the same columns, classes and kind.
    public static func joined(train: LabeledData, validation: LabeledData, shuffleSeed: UInt64?) -> LabeledData {
        precondition(train.columns == validation.columns && train.classes == validation.classes
                     && train.isRegression == validation.isRegression, "DataSplit.joined: the parts do not match")
        var all = train
        all.inputs.append(contentsOf: validation.inputs)
        all.labels.append(contentsOf: validation.labels)
        all.targets?.append(contentsOf: validation.targets ?? [])
        guard let shuffleSeed else { return all }
        var random = SeededRandom(seed: shuffleSeed)
        let order = random.permutation(all.rows)
        var inverse = Array(repeating: 0, count: all.rows)
        for (position, row) in order.enumerated() {
            inverse[row] = position
        }
        all.reorderRows(inverse)
        return all
    }
}
