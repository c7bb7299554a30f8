import NNCore
import NNPlot

/// The grid of plane points a boundary is sampled on while `train` runs, turned into network
/// inputs once (features and normalisation applied), so that every picture afterwards is one
/// batch through `Network.outputs`.
struct BoundaryLattice: Sendable {
    /// The data drawn on top of the map.
    let points: [LabeledPoint]
    /// Classes the network tells apart.
    let classCount: Int
    /// Legend names per class.
    let classNames: [String]
    /// The plane region: the data's bounding box with a 10 % margin, widened to the plots' aspect.
    let domain: PlotDomain
    /// Lattice samples along x1.
    let columns: Int
    /// Lattice samples along x2 (proportional, so lattice cells are square).
    let rows: Int
    /// The lattice as network inputs, `columns·rows × features`.
    let inputs: Matrix<Float>
    /// For regression, the value map's scale (``Session/valueScale``); nil for classes.
    let valueScale: Double?

    /// Lattice samples along the longer side: 48 × 30 points for the default aspect. A frame
    /// then costs about one epoch of a 500-point set, and the bilinear interpolation of the
    /// pictures keeps the boundary smooth.
    static let resolution = 48

    /// Rows per forward pass: batches of the training size stay on the small-product kernels and
    /// keep a layer's activations in the first-level cache.
    static let chunk = 32

    /// The lattice for the session's data and `model`; nil when the data is not two-input.
    init?(_ session: Session, _ model: ModelState) {
        guard let points = try? session.plotPoints(for: "train") else { return nil }
        let domain = PlotDomain(covering: points, margin: 0.1, aspectRatio: BoundaryPlot.defaultAspectRatio)
        let aspect = domain.aspectRatio
        let columns = aspect >= 1 ? Self.resolution : max(2, Int((Double(Self.resolution) * aspect).rounded()))
        let rows = aspect >= 1 ? max(2, Int((Double(Self.resolution) / aspect).rounded())) : Self.resolution
        let raw = ProbabilityGrid.latticePoints(domain: domain, columns: columns, rows: rows)
        guard let inputs = try? session.networkInputs(raw: raw, width: 2, clamped: true) else { return nil }
        self.points = points
        classCount = session.isRegression ? 2 : model.network.classCount
        classNames = session.legendNames
        valueScale = session.isRegression ? session.valueScale : nil
        self.domain = domain
        self.columns = columns
        self.rows = rows
        self.inputs = inputs
    }

    /// `network`'s class probabilities over the lattice.
    func grid(_ network: Network<Float>) -> ProbabilityGrid? {
        var outputs = network.floatOutputs(inputs, chunk: Self.chunk).values.map { Double($0) }
        if let valueScale {
            outputs = outputs.map { Session.valueMapProbability($0, scale: valueScale) }
        }
        return try? ProbabilityGrid(domain: domain, columns: columns, rows: rows, classCount: classCount, values: outputs)
    }

    /// A still boundary plot of `grid` titled with `summary`.
    func plot(_ grid: ProbabilityGrid, summary: TrainingSummary) -> BoundaryPlot {
        var plot = BoundaryPlot(points: points, classCount: classCount, grid: grid, title: summary.line)
        plot.classNames = classNames
        return plot
    }
}
