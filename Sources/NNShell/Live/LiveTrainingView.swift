import NNCore
import NNPlot

/// The live picture of a `train` run on an interactive terminal (`set live on`).
///
/// With escapes allowed, every frame is the boundary map, the loss and accuracy curves, the
/// metrics line and the key legend, laid out by ``LiveLayout`` for the terminal's size (asked
/// afresh after a window-size change) and drawn over the previous frame with ``LiveRedraw``.
/// Under `NO_COLOR` or `TERM=dumb` a frame is one plain metrics line.
final class LiveTrainingView {
    /// How frames look.
    enum Output: Equatable {
        /// One plain metrics line per frame: no colours, no cursor movement, no times.
        case plainLines
        /// The picture redrawn in place.
        case pictures
    }

    private let lattice: BoundaryLattice?
    private let mode: TerminalStyle.Mode
    private let output: Output
    private let console: Console
    /// The metrics so far, bounded as the session's history is (`train forever` runs on).
    private var history: History
    private var redraw = LiveRedraw()
    private var layout: LiveLayout?
    private let diagram: ((Network<Float>) -> NetworkDiagram?)?

    /// A view continuing `history`; `lattice` is nil for data that is not two-input (no map).
    /// With `diagram`, the network diagram it makes takes the map's place (`set live network`).
    init(lattice: BoundaryLattice?, history: History, mode: TerminalStyle.Mode, output: Output, console: Console,
         diagram: ((Network<Float>) -> NetworkDiagram?)? = nil) {
        self.lattice = lattice
        self.diagram = diagram
        self.mode = mode
        self.output = output
        self.console = console
        self.history = history
    }

    /// Hears one epoch's metrics for the curves and the metrics line.
    func hear(_ metrics: EpochMetrics) {
        history.append(metrics)
    }

    /// Draws a frame for the last epoch heard: the boundary `grid` (when there is a lattice), or
    /// the diagram of `network` with `set live network`, and `pace`, the pace's label, beside
    /// the metrics line.
    func draw(_ grid: ProbabilityGrid?, network: Network<Float>, pace: String) {
        guard let last = history.last else { return }
        let epochs = history.epochs
        let status = [MetricsText.line(last), pace]
        let columns = TerminalSize.columns
        guard output == .pictures else {
            console.screenLine(LiveFrame.statusLine(status, columns: columns - 1))
            return
        }
        if layout == nil || WindowSizeSignal.take() {
            if redraw.linesShown > 0 { clear() }
            layout = makeLayout(columns: columns, rows: TerminalSize.rows)
        }
        guard let layout else { return }
        var map: String?
        if let shape = layout.map, let diagram, let figure = diagram(network) {
            map = figure.terminalLines(columns: shape.columns, rows: shape.height, mode: mode).joined(separator: "\n")
        } else if let shape = layout.map, let lattice, let grid {
            var plot = lattice.plot(grid, summary: TrainingSummary(last))
            plot.title = ""
            map = plot.terminalText(TerminalStyle(mode: mode, columns: shape.columns, rows: shape.rows))
        }
        let validation = epochs.allSatisfy { $0.validationLoss != nil }
        let regression = last.isRegression
        let curves = LiveFrame.curves(layout.curves, loss: epochs.map(\.loss),
                                      validationLoss: validation ? epochs.compactMap(\.validationLoss) : nil,
                                      accuracy: regression ? [] : epochs.map(\.accuracy),
                                      validationAccuracy: validation && !regression ? epochs.compactMap(\.validationAccuracy) : nil,
                                      firstEpoch: 1, mode: mode)
        let frame = LiveFrame.assemble(layout, map: map, curves: curves,
                                       status: LiveFrame.statusLine(status, columns: layout.lineColumns))
        console.raw(redraw.frame(frame))
    }

    /// Erases the frame, so that lines printed next start where it began.
    func clear() {
        guard redraw.linesShown > 0 else { return }
        console.raw("\r" + TerminalControl.cursorUp(redraw.linesShown) + TerminalControl.clearToEndOfScreen)
        console.raw(redraw.finish())
    }

    /// Leaves the last frame on the screen and the cursor below it.
    func finish() {
        guard redraw.linesShown > 0 else { return }
        console.raw(redraw.finish())
    }

    private func makeLayout(columns: Int, rows: Int) -> LiveLayout {
        let classes = lattice.map { lattice in
            (0..<lattice.classCount).map { $0 < lattice.classNames.count ? lattice.classNames[$0] : "class \($0)" }
        } ?? []
        return LiveLayout(columns: columns, rows: rows, aspectRatio: lattice?.domain.aspectRatio ?? 1,
                          hasValidation: lattice?.points.contains(where: \.isValidation) ?? false,
                          classNames: classes, plain: mode == .plain)
    }
}
