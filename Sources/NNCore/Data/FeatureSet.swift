/// The ordered list of features a network sees, computed from a data set's raw inputs.
///
/// Either the identity over all N raw columns (`x1 … xN`, any N), or a list of engineered
/// `Feature`s of two-input data. Expanding rows × N raw inputs gives rows × `count` features,
/// row-major, in `names` order.
public struct FeatureSet: Sendable, Equatable {
    private enum Layout: Sendable, Equatable {
        case identity(Int)
        case engineered([Feature])
    }

    private let layout: Layout

    /// The raw columns as they are: `x1 … x{width}`.
    public static func identity(_ width: Int) -> FeatureSet {
        precondition(width >= 0, "FeatureSet.identity: negative width \(width)")
        return FeatureSet(layout: .identity(width))
    }

    private init(layout: Layout) {
        self.layout = layout
    }

    /// The engineered features `features`, in order; they need data with two input columns.
    ///
    /// - Throws: `DataError` when the list is empty or names a feature twice.
    public init(_ features: [Feature]) throws {
        guard !features.isEmpty else {
            let all = Feature.allCases.map(\.rawValue).joined(separator: ", ")
            throw DataError("no features given; name at least one of \(all)")
        }
        var seen: Set<Feature> = []
        for feature in features where !seen.insert(feature).inserted {
            throw DataError("feature \(feature.rawValue) is listed twice; list each feature once")
        }
        layout = .engineered(features)
    }

    /// The engineered features named in `names` (see `Feature.init(parsing:)`).
    ///
    /// - Throws: `DataError` for an unknown name (with the nearest known one), an empty list or a
    ///   repeated feature.
    public init(parsing names: [String]) throws {
        try self.init(names.map { try Feature(parsing: $0) })
    }

    /// True for the identity over the raw columns.
    public var isIdentity: Bool {
        if case .identity = layout { return true }
        return false
    }

    /// The engineered features in order; empty for the identity.
    public var features: [Feature] {
        if case .engineered(let list) = layout { return list }
        return []
    }

    /// The number of features, the network's input width.
    public var count: Int {
        switch layout {
        case .identity(let width): width
        case .engineered(let list): list.count
        }
    }

    /// The feature names: `x1 … xN` for the identity, else the features' raw values.
    public var names: [String] {
        switch layout {
        case .identity(let width): (0..<width).map { "x\($0 + 1)" }
        case .engineered(let list): list.map(\.rawValue)
        }
    }

    /// The rows × `count` feature matrix of `data` (row-major).
    ///
    /// - Throws: `DataError` when the data's column count does not fit (see
    ///   `expand(inputs:width:)`).
    public func expand(_ data: LabeledData) throws -> [Double] {
        try expand(inputs: data.inputs, width: data.width)
    }

    /// The rows × `count` feature matrix of raw `inputs` (rows × `width`, row-major), e.g. a grid
    /// of (x1, x2) points: row r, feature k is `features[k].value(x1: x[r,0], x2: x[r,1])`, or
    /// x[r,k] for the identity.
    ///
    /// - Throws: `DataError` when the identity's width differs from `width`, or when engineered
    ///   features meet data that does not have exactly two input columns.
    /// - Precondition: `inputs.count` is a multiple of `width`.
    public func expand(inputs: [Double], width: Int) throws -> [Double] {
        switch layout {
        case .identity(let expected):
            guard width == expected else {
                throw DataError("the features expect \(expected) input columns but the data has \(width); rebuild the features for this data")
            }
            return inputs
        case .engineered(let list):
            guard width == 2 else {
                let listed = list.map(\.rawValue).joined(separator: ", ")
                throw DataError("features \(listed) need data with two input columns (x1, x2) but it has \(width); use the raw columns (identity features) instead")
            }
            precondition(inputs.count % 2 == 0, "FeatureSet: \(inputs.count) inputs are not whole rows of 2")
            let rows = inputs.count / 2
            var out: [Double] = []
            out.reserveCapacity(rows * list.count)
            for r in 0..<rows {
                let x1 = inputs[2 * r]
                let x2 = inputs[2 * r + 1]
                for feature in list {
                    out.append(feature.value(x1: x1, x2: x2))
                }
            }
            return out
        }
    }
}
