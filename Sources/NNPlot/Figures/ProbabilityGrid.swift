/// A batch prediction: `n` points as an `n×2` row-major array `[x1₀, x2₀, x1₁, x2₁, …]` in,
/// `n×K` row-major probabilities (or activations) out. A network evaluates the whole grid with
/// one matrix product.
public typealias BatchPredictor = ([Double]) throws -> [Double]

/// Class probabilities sampled on a regular lattice over a ``PlotDomain``.
///
/// Lattice: `columns × rows` points, column `i` at `x1 = x1.lower + i·Δ1` with
/// `Δ1 = span1/(columns − 1)`, row `j` at `x2 = x2.lower + j·Δ2` (row 0 at the bottom).
/// `values[(j·columns + i)·K + k]` is the probability of class `k` there; rasterisers
/// interpolate bilinearly between lattice points.
public struct ProbabilityGrid: Sendable, Equatable {
    /// The plane region covered; lattice corners sit exactly on its corners.
    public let domain: PlotDomain
    /// Samples along `x1` (≥ 2).
    public let columns: Int
    /// Samples along `x2` (≥ 2).
    public let rows: Int
    /// Probabilities per lattice point, `K ≥ 2`.
    public let classCount: Int
    /// `rows × columns × classCount` probabilities, clamped to 0…1 (NaN → 1/K).
    public let values: [Float]

    /// Evaluates `predict` once on the whole lattice.
    ///
    /// `predict` must return `n·K` numbers for the `n = columns·rows` points; for `K = 2` it may
    /// return `n` numbers, read as `p(class 1)` (a single sigmoid output).
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` when the count is wrong, or what
    ///   `predict` throws.
    public init(domain: PlotDomain, columns: Int = 100, rows: Int? = nil, classCount: Int, predict: BatchPredictor) throws {
        let columns = max(2, columns), rows = max(2, rows ?? columns)
        let points = ProbabilityGrid.latticePoints(domain: domain, columns: columns, rows: rows)
        try self.init(domain: domain, columns: columns, rows: rows, classCount: classCount, values: predict(points))
    }

    /// Evaluates `predict` on a lattice with `longSide` samples along the domain's longer side
    /// and proportionally fewer along the other, so lattice cells are square.
    public init(domain: PlotDomain, longSide: Int, classCount: Int, predict: BatchPredictor) throws {
        let aspect = domain.aspectRatio
        let columns = aspect >= 1 ? longSide : Int((Double(longSide) * aspect).rounded())
        let rows = aspect >= 1 ? Int((Double(longSide) / aspect).rounded()) : longSide
        try self.init(domain: domain, columns: columns, rows: rows, classCount: classCount, predict: predict)
    }

    /// A grid from already computed outputs (same layout and rules as the predicting initialiser).
    public init(domain: PlotDomain, columns: Int, rows: Int, classCount: Int, values: [Double]) throws {
        let k = max(2, classCount)
        let n = max(2, columns) * max(2, rows)
        var probabilities = [Float](repeating: 1 / Float(k), count: n * k)
        if values.count == n * k {
            for (index, value) in values.enumerated() where !value.isNaN {
                probabilities[index] = Float(min(max(value, 0), 1))
            }
        } else if k == 2, values.count == n {
            for (index, value) in values.enumerated() where !value.isNaN {
                let p = Float(min(max(value, 0), 1))
                probabilities[2 * index] = 1 - p
                probabilities[2 * index + 1] = p
            }
        } else {
            throw PlotError.predictionShape(expected: n * k, got: values.count)
        }
        self.domain = domain
        self.columns = max(2, columns)
        self.rows = max(2, rows)
        self.classCount = k
        self.values = probabilities
    }

    /// The lattice as an `n×2` row-major array, row 0 (bottom) first, `x1` varying fastest.
    public static func latticePoints(domain: PlotDomain, columns: Int, rows: Int) -> [Double] {
        var points = [Double]()
        points.reserveCapacity(2 * columns * rows)
        let x1 = domain.x1, x2 = domain.x2
        for j in 0..<rows {
            let v = x2.lowerBound + (x2.upperBound - x2.lowerBound) * Double(j) / Double(max(rows - 1, 1))
            for i in 0..<columns {
                points.append(x1.lowerBound + (x1.upperBound - x1.lowerBound) * Double(i) / Double(max(columns - 1, 1)))
                points.append(v)
            }
        }
        return points
    }

    /// The bilinearly interpolated probability vector at a plane position (clamped to the domain).
    public func probabilities(x1: Double, x2: Double) -> [Double] {
        let gx = (x1 - domain.x1.lowerBound) / (domain.x1.upperBound - domain.x1.lowerBound) * Double(columns - 1)
        let gy = (x2 - domain.x2.lowerBound) / (domain.x2.upperBound - domain.x2.lowerBound) * Double(rows - 1)
        let cx = min(max(gx, 0), Double(columns - 1)), cy = min(max(gy, 0), Double(rows - 1))
        let i = min(Int(cx), columns - 2), j = min(Int(cy), rows - 2)
        let fx = cx - Double(i), fy = cy - Double(j)
        return (0..<classCount).map { k in
            func at(_ a: Int, _ b: Int) -> Double { Double(values[(b * columns + a) * classCount + k]) }
            let bottom = at(i, j) * (1 - fx) + at(i + 1, j) * fx
            let top = at(i, j + 1) * (1 - fx) + at(i + 1, j + 1) * fx
            return bottom * (1 - fy) + top * fy
        }
    }
}
