/// Samples ready for the network: inputs after feature expansion and normalisation, in Float.
public struct TrainingSet: Equatable, Sendable {
    /// count × features
    public var inputs: Matrix<Float>
    /// The class index of every row.
    public var labels: [Int]

    /// A set of `labels.count` rows.
    public init(inputs: Matrix<Float>, labels: [Int]) {
        precondition(inputs.rows == labels.count, "one label per input row")
        self.inputs = inputs
        self.labels = labels
    }

    /// Number of samples.
    public var count: Int { labels.count }

    /// Targets for a network with `outputs` units: the label itself (0 or 1) for one unit,
    /// a one-hot row otherwise. count × outputs.
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
        for (r, label) in labels[rows].enumerated() {
            if outputs == 1 {
                view.base[r] = Float(label)
            } else if label < outputs {
                view.base[r * outputs + label] = 1
            }
        }
    }
}
