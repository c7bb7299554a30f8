/// A labelled data set in raw (unscaled) form.
///
/// `inputs` is a row-major matrix of shape rows × width, where `width == columns.count`;
/// `labels[i]` is the class index of row `i`, an index into `classes`. Regression data
/// (`targets` set) has a number to predict per row instead: no classes, and every label 0.
public struct LabeledData: Sendable, Equatable {
    /// Names of the raw input columns (`x1`, `x2`, … for generated sets).
    public var columns: [String]
    /// The inputs, rows × columns.count, row-major.
    public var inputs: [Double]
    /// The class index of each row, in `0..<classes.count`.
    public var labels: [Int]
    /// Class names in index order (`"0"`, `"1"`, … for generated sets); empty for regression.
    public var classes: [String]
    /// The value to predict for each row, for regression data; nil for classification.
    public var targets: [Double]?

    /// A data set from its parts.
    ///
    /// - Precondition: `inputs.count == labels.count · columns.count` and every label is in
    ///   `0..<classes.count`.
    public init(columns: [String], inputs: [Double], labels: [Int], classes: [String]) {
        precondition(inputs.count == labels.count * columns.count,
                     "LabeledData: \(inputs.count) inputs do not fill \(labels.count) rows × \(columns.count) columns")
        precondition(labels.allSatisfy { (0..<classes.count).contains($0) },
                     "LabeledData: a label is outside 0..<\(classes.count)")
        self.columns = columns
        self.inputs = inputs
        self.labels = labels
        self.classes = classes
        targets = nil
    }

    /// Regression data: `targets[i]` is the value to predict for row `i`.
    ///
    /// - Precondition: `inputs.count == targets.count · columns.count`.
    public init(columns: [String], inputs: [Double], targets: [Double]) {
        precondition(inputs.count == targets.count * columns.count,
                     "LabeledData: \(inputs.count) inputs do not fill \(targets.count) rows × \(columns.count) columns")
        self.columns = columns
        self.inputs = inputs
        labels = Array(repeating: 0, count: targets.count)
        classes = []
        self.targets = targets
    }

    /// Whether the rows carry numbers to predict rather than classes.
    public var isRegression: Bool { targets != nil }

    /// The number of rows (samples).
    public var rows: Int { labels.count }

    /// The number of input columns per row.
    public var width: Int { columns.count }

    /// The inputs of row `i`, a slice of `width` values.
    public func row(_ i: Int) -> ArraySlice<Double> {
        inputs[(i * width)..<((i + 1) * width)]
    }

    /// The rows at `indices`, in that order (an index may repeat); columns and classes unchanged.
    public func subset(_ indices: [Int]) -> LabeledData {
        var picked: [Double] = []
        picked.reserveCapacity(indices.count * width)
        for i in indices {
            picked.append(contentsOf: row(i))
        }
        if let targets {
            return LabeledData(columns: columns, inputs: picked, targets: indices.map { targets[$0] })
        }
        return LabeledData(columns: columns, inputs: picked, labels: indices.map { labels[$0] },
                           classes: classes)
    }

    /// The rows reordered by `SeededRandom(seed: seed).permutation(rows)`: row `k` of the result
    /// is row `p[k]` of this set. Loaded CSV files are shuffled this way before they are split.
    public func shuffled(seed: UInt64) -> LabeledData {
        var random = SeededRandom(seed: seed)
        return subset(random.permutation(rows))
    }

    /// How many rows each class has, indexed like `classes` (empty for regression data).
    public var classCounts: [Int] {
        var counts = Array(repeating: 0, count: classes.count)
        guard !isRegression else { return counts }
        for label in labels {
            counts[label] += 1
        }
        return counts
    }
}

extension LabeledData {
    /// The same points labelled against a longer list of class names (a loaded model's), each
    /// label moved to its name's index there; nil when one of this data's classes is not listed,
    /// and for regression data, which has no classes.
    public func relabeled(to names: [String]) -> LabeledData? {
        guard !isRegression else { return nil }
        var index: [Int] = []
        for name in classes {
            guard let position = names.firstIndex(of: name) else { return nil }
            index.append(position)
        }
        return LabeledData(columns: columns, inputs: inputs, labels: labels.map { index[$0] }, classes: names)
    }
}
