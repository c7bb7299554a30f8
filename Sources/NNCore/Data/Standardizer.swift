/// Per-column standardisation z = (x − μ)/σ with the mean μ and population standard deviation
/// σ = √(Σ(x − μ)²/n) of each column, fitted on training rows and applied to any rows.
///
/// A constant column (every value equal, or no rows) gets μ = that value (0 with no rows) and
/// σ = 1, so it standardises to exactly 0 instead of dividing by zero.
public struct Standardizer: Sendable, Equatable {
    /// The column means μ, one per column.
    public let mean: [Double]
    /// The column standard deviations σ, one per column, never 0.
    public let std: [Double]

    /// A standardiser with the given statistics.
    ///
    /// - Precondition: `mean` and `std` have the same length and no σ is 0.
    public init(mean: [Double], std: [Double]) {
        precondition(mean.count == std.count, "Standardizer: \(mean.count) means but \(std.count) stds")
        precondition(!std.contains(0), "Standardizer: a standard deviation is 0")
        self.mean = mean
        self.std = std
    }

    /// Fits μ and σ to `values`, a rows × width row-major matrix (two passes per column).
    ///
    /// - Precondition: `values.count == rows · width`.
    public init(fitting values: [Double], rows: Int, width: Int) {
        precondition(values.count == rows * width,
                     "Standardizer: \(values.count) values do not fill \(rows) rows × \(width) columns")
        var means: [Double] = []
        var stds: [Double] = []
        for j in 0..<width {
            let column = stride(from: j, to: values.count, by: width).map { values[$0] }
            guard let first = column.first, column.contains(where: { $0 != first }) else {
                means.append(column.first ?? 0)
                stds.append(1)
                continue
            }
            let mu = column.reduce(0, +) / Double(rows)
            let variance = column.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(rows)
            let sigma = variance.squareRoot()
            means.append(mu)
            stds.append(sigma == 0 ? 1 : sigma)
        }
        mean = means
        std = stds
    }

    /// Replaces every x in `values` (rows × width, row-major) by (x − μⱼ)/σⱼ of its column j.
    ///
    /// - Precondition: `width == mean.count` and `values.count` is a multiple of it.
    public func apply(_ values: inout [Double], width: Int) {
        precondition(width == mean.count, "Standardizer: fitted on \(mean.count) columns, applied to \(width)")
        precondition(width == 0 ? values.isEmpty : values.count % width == 0,
                     "Standardizer: \(values.count) values are not whole rows of \(width)")
        for i in values.indices {
            let j = i % width
            values[i] = (values[i] - mean[j]) / std[j]
        }
    }

    /// `values` standardised (see `apply(_:width:)`).
    public func applied(to values: [Double], width: Int) -> [Double] {
        var copy = values
        apply(&copy, width: width)
        return copy
    }
}
