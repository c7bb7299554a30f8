import NNCore
import NNPlot

/// The boundary and the loss and accuracy curves redrawn in place while `train` runs on a
/// terminal (`set live on`), with the progress line under them.
///
/// Frames are rewritten with cursor movement (``LiveRedraw``), never by clearing or scrolling
/// the screen, at most every ``interval``. The picture is sized to the terminal; when it does not
/// fit, ``init(lattice:history:mode:columns:screenRows:)`` gives nil and `train` shows the
/// progress line alone.
final class LiveTrainingView {
    /// Shortest time between two frames.
    static let interval = Duration.milliseconds(150)
    /// Rows of each curve panel.
    static let curveRows = 6
    /// Fewest map rows worth drawing.
    static let minimumMapRows = 8

    private let lattice: BoundaryLattice
    private let mode: TerminalStyle.Mode
    private let columns: Int
    private let mapRows: Int
    private var history: History
    private var redraw = LiveRedraw()
    private var lastDraw: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    /// A view over `lattice` continuing `history`, or nil when `screenRows × columns` is too small.
    init?(lattice: BoundaryLattice, history: History, mode: TerminalStyle.Mode, columns: Int, screenRows: Int) {
        let width = min(columns, PlotTerminal.maximumColumns)
        // Lines besides the map: boundary title (up to 2), axis, legend; curve title, legend, axis
        // (2) and the panel; the progress line and one spare.
        let mapRows = screenRows - Self.curveRows - 10
        guard width >= 40, mapRows >= Self.minimumMapRows else { return nil }
        self.lattice = lattice
        self.mode = mode
        self.columns = width
        self.mapRows = min(mapRows, Int(Double(width) / BoundaryPlot.defaultAspectRatio / 2))
        self.history = history
    }

    /// Whether a frame is due now: none drawn yet, or the last one older than ``interval``.
    var isDue: Bool {
        guard let lastDraw else { return true }
        return clock.now - lastDraw >= Self.interval
    }

    /// Hears one epoch's metrics for the curves.
    func hear(_ metrics: EpochMetrics) {
        history.append(metrics)
    }

    /// Draws the boundary `grid`, the curves so far and `status` over the previous frame.
    func draw(_ grid: ProbabilityGrid, status: String, console: Console) {
        guard let last = history.last else { return }
        let epochs = history.epochs
        lastDraw = clock.now
        let map = lattice.plot(grid, summary: TrainingSummary(last))
            .terminalText(TerminalStyle(mode: mode, columns: columns, rows: mapRows))
        let validation = epochs.allSatisfy { $0.validationLoss != nil }
        let curves = Plot.history(loss: epochs.map(\.loss), validationLoss: validation ? epochs.compactMap(\.validationLoss) : nil,
                                  accuracy: epochs.map(\.accuracy),
                                  validationAccuracy: validation ? epochs.compactMap(\.validationAccuracy) : nil)
            .terminalText(TerminalStyle(mode: mode, columns: columns, rows: Self.curveRows))
        console.raw(redraw.frame(map + "\n" + curves + "\n" + String(status.prefix(columns - 1))))
    }

    /// Erases the frame, so that lines printed next start where it began.
    func clear(console: Console) {
        guard redraw.linesShown > 0 else { return }
        console.raw("\r" + TerminalControl.cursorUp(redraw.linesShown) + TerminalControl.clearToEndOfScreen)
        console.raw(redraw.finish())
    }

    /// Leaves the last frame on the screen and the cursor below it.
    func finish(console: Console) {
        guard redraw.linesShown > 0 else { return }
        console.raw(redraw.finish())
    }
}
