/// Predicted classes, accuracy and R² from a network's outputs.
public enum Metrics {
    /// The class of each output row: p ≥ 0.5 for one sigmoid unit, else the arg max.
    /// Inlinable, so that a caller in another module gets it specialised for its scalar.
    @inlinable
    public static func predictedClasses<T: NNScalar>(_ outputs: Matrix<T>) -> [Int] {
        (0..<outputs.rows).map { predictedClass(outputs, row: $0) }
    }

    /// The class of one output row.
    @inlinable
    public static func predictedClass<T: NNScalar>(_ outputs: Matrix<T>, row: Int) -> Int {
        outputs.values.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return 0 }
            return predictedClass(base + row * outputs.columns, width: outputs.columns)
        }
    }

    /// The class for one row of `width` outputs.
    @inlinable @inline(__always)
    public static func predictedClass<T: NNScalar>(_ row: UnsafePointer<T>, width k: Int) -> Int {
        if k == 1 { return row[0] >= 0.5 ? 1 : 0 }
        var best = 0
        for j in 1..<k where row[j] > row[best] { best = j }
        return best
    }

    /// The coefficient of determination R² = 1 − SSE / Σ(y − ȳ)² for a sum of squared errors
    /// `squaredError` over `targets`; 0 when the targets do not vary (nothing to explain).
    public static func determination(squaredError: Double, targets: [Float]) -> Double {
        guard !targets.isEmpty else { return 0 }
        let mean = targets.reduce(0.0) { $0 + Double($1) } / Double(targets.count)
        let spread = targets.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return spread > 0 ? 1 - squaredError / spread : 0
    }

    /// Fraction of rows whose predicted class equals the label.
    public static func accuracy<T: NNScalar>(_ outputs: Matrix<T>, labels: [Int]) -> Double {
        guard !labels.isEmpty else { return 0 }
        var right = 0
        for (r, label) in labels.enumerated() where predictedClass(outputs, row: r) == label { right += 1 }
        return Double(right) / Double(labels.count)
    }
}

/// counts[actual][predicted] over a labelled set.
public struct ConfusionMatrix: Equatable, Sendable {
    /// Row = true class, column = predicted class.
    public var counts: [[Int]]

    /// The matrix for `predicted` against `actual`, over `classes` classes.
    public init(actual: [Int], predicted: [Int], classes: Int) {
        counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
        for (a, p) in zip(actual, predicted) where a < classes && p < classes { counts[a][p] += 1 }
    }

    /// Samples counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
}
