extension TrainingSet {
    /// The network's view of raw data: features computed from the raw inputs, then standardised
    /// when `standardizer` is given, then converted to Float. rows × features.count.
    ///
    /// - Throws: `DataError` when the features do not fit the data or the standardiser, or when a
    ///   value the network would see lies beyond the 32-bit range (a feature such as `x1^2` of
    ///   large inputs).
    public init(_ data: LabeledData, features: FeatureSet, standardizer: Standardizer? = nil) throws {
        let values = try TrainingSet.networkValues(try features.expand(data), features: features, standardizer: standardizer)
        self.init(inputs: Matrix(rows: data.rows, columns: features.count, values: values),
                  labels: data.labels, values: data.targets.map { $0.map { Float($0) } })
    }

    /// Feature values (rows × features.count) standardised by `standardizer` and converted to
    /// Float, checked to lie within Float's range; with `clamped` (pictures that sample beyond
    /// the data), values beyond it are clamped to ±`Float.greatestFiniteMagnitude` instead.
    public static func networkValues(_ expanded: [Double], features: FeatureSet, standardizer: Standardizer?,
                                     clamped: Bool = false) throws -> [Float] {
        var values = expanded
        if let standardizer {
            guard standardizer.mean.count == features.count else {
                throw DataError("the normalisation has \(standardizer.mean.count) features but the features give \(features.count); 'normalize on' fits it again")
            }
            standardizer.apply(&values, width: features.count)
        }
        let limit = Double(Float.greatestFiniteMagnitude)
        if clamped {
            return values.map { $0.isNaN ? 0 : Float(min(max($0, -limit), limit)) }
        }
        if let index = values.firstIndex(where: { !(abs($0) <= limit) }) {
            let names = features.names
            let column = index % max(features.count, 1)
            let name = column < names.count ? names[column] : "x\(column + 1)"
            throw DataError("the feature \(name) reaches \(values[index]), beyond the 32-bit range (±3.4e38) the network computes in; scale the data down or use fewer powers")
        }
        return values.map { Float($0) }
    }
}
