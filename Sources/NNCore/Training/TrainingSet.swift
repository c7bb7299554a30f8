/// Samples ready for the network: inputs after feature expansion and normalisation, in Float.
public struct TrainingSet: Equatable, Sendable {
    /// count × features
    public var inputs: Matrix<Float>
    /// The class index of every row (all 0 for regression).
    public var labels: [Int]
    /// The value to predict for every row, for regression; nil for classification.
    public var values: [Float]?

    /// A set of `labels.count` rows; `values` (one per row) makes it a regression set.
    public init(inputs: Matrix<Float>, labels: [Int], values: [Float]? = nil) {
        precondition(inputs.rows == labels.count, "one label per input row")
        precondition(values.map { $0.count == labels.count } ?? true, "one target value per input row")
        self.inputs = inputs
        self.labels = labels
        self.values = values
    }

    /// A regression set: `values[i]` is the target of row `i`.
    public init(inputs: Matrix<Float>, values: [Float]) {
        self.init(inputs: inputs, labels: Array(repeating: 0, count: values.count), values: values)
    }

    /// The rows `range`, in order.
    public func rows(_ range: Range<Int>) -> TrainingSet {
        TrainingSet(inputs: inputs.rows(range), labels: Array(labels[range]), values: values.map { Array($0[range]) })
    }

    /// Number of samples.
    public var count: Int { labels.count }

    /// Targets for a network with `outputs` units: the regression value, else the label itself
    /// (0 or 1) for one unit, a one-hot row otherwise. count × outputs.
    public func targets(outputs: Int) -> Matrix<Float> {
        var y = Matrix<Float>(rows: count, columns: outputs)
        y.values.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            writeTargets(rows: 0..<count, outputs: outputs, into: MatrixView(base: base, rows: count, columns: outputs))
        }
        return y
    }

    /// Writes the targets of `rows` into the first rows of `view` (rows.count × outputs).
    func writeTargets(rows: Range<Int>, outputs: Int, into view: MatrixView<Float>) {
        view.base.update(repeating: 0, count: rows.count * outputs)
        if let values {
            for (r, value) in values[rows].enumerated() { view.base[r * outputs] = value }
            return
        }
        for (r, label) in labels[rows].enumerated() {
            if outputs == 1 {
                view.base[r] = Float(label)
            } else if label < outputs {
                view.base[r * outputs + label] = 1
            }
        }
    }
}
