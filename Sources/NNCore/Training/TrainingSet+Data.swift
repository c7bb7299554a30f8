extension TrainingSet {
    /// The network's view of raw data: features computed from the raw inputs, then standardised
    /// when `standardizer` is given, then converted to Float. rows × features.count.
    public init(_ data: LabeledData, features: FeatureSet, standardizer: Standardizer? = nil) throws {
        var values = try features.expand(data)
        standardizer?.apply(&values, width: features.count)
        self.init(inputs: Matrix(rows: data.rows, columns: features.count, values: values.map { Float($0) }),
                  labels: data.labels, values: data.targets.map { $0.map { Float($0) } })
    }
}
