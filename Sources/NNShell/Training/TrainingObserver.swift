import NNCore
import NNPlot

/// Everything that watches a `train` run, so the trainer only trains: the boundary lattice, the
/// frames of the `plot boundary FILE.gif` animation, the live picture (`set live on`), the
/// progress text, and whether to stop (Ctrl-C).
///
/// After every epoch the trainer calls ``afterEpoch(_:_:)``. The boundary over the lattice is
/// computed at most once per epoch, and only when the animation takes a frame or the live
/// picture is due, so both share it.
final class TrainingObserver {
    private let console: Console
    private let lattice: BoundaryLattice?
    private let start: Int
    private let progress: TrainingProgress
    private let view: LiveTrainingView?
    private let live: Bool
    private var lastSeen: EpochMetrics?
    /// The frames recorded so far (the first is the network as the run starts).
    private(set) var animation: BoundaryAnimation?

    /// An observer of a run of `epochs` epochs of `model` on the session's data: `sets` are the
    /// training and validation sets the run uses.
    init(session: Session, model: ModelState, sets: (train: TrainingSet, validation: TrainingSet?), epochs: Int,
         context: Context) {
        let settings = session.settings
        console = context.console
        live = context.console.allowsEscapes
        lattice = BoundaryLattice(session, model)
        start = model.trainer.history.count
        progress = TrainingProgress(console: console, live: live, epochs: epochs,
                                    interval: settings.interval(for: epochs),
                                    explicitInterval: settings.every > 0, start: start)
        view = settings.live && live ? lattice.flatMap {
            LiveTrainingView(lattice: $0, history: model.trainer.history,
                             mode: PlotTerminal.mode(color: context.color(settings.color)),
                             columns: TerminalSize.columns, screenRows: TerminalSize.rows)
        } : nil
        if let lattice, let grid = lattice.grid(model.network) {
            var animation = BoundaryAnimation(points: lattice.points, classCount: lattice.classCount,
                                              plannedEpochs: epochs, targetFrames: min(max(epochs / 20, 10), 100))
            let first = model.trainer.history.last ?? model.measure(sets)
            animation.record(grid, epoch: 0, summary: TrainingSummary(first))
            self.animation = animation
        }
    }

    /// Whether training should stop after the current mini-batch.
    var shouldStop: Bool { InterruptSignal.isPending }

    /// Hears one recorded epoch and the network as it stands after it.
    func afterEpoch(_ metrics: EpochMetrics, _ network: Network<Float>) {
        lastSeen = metrics
        view?.hear(metrics)
        if progress.lineDue(metrics) {
            clear()
            progress.printLine(metrics)
        }
        let run = metrics.epoch - start
        let frameDue = animation?.shouldRecord(epoch: run) ?? false
        let viewDue = view?.isDue ?? false
        guard frameDue || viewDue || view == nil else { return }
        let grid = frameDue || viewDue ? lattice?.grid(network) : nil
        if frameDue, let grid {
            animation?.record(grid, epoch: run, summary: TrainingSummary(metrics))
        }
        if let view {
            if let grid { view.draw(grid, status: progress.status(metrics), console: console) }
        } else {
            progress.rewriteStatus(metrics)
        }
    }

    /// The end of the run: the live picture redrawn with `network` (the weights the run ends
    /// with) and left on the screen, the summary line, and the animation's last frame. Returns
    /// the metrics of those weights: the last epoch's, or the restored best epoch's.
    func finish(_ report: TrainingReport, history: History, network: Network<Float>) -> EpochMetrics? {
        var current = history.last
        if case .earlyStopped(let best) = report.outcome, best >= 1, best <= history.count {
            current = history.metrics(epoch: best) ?? current
        }
        let grid = view != nil || current != nil ? lattice?.grid(network) : nil
        if let view, let lastSeen, let grid {
            view.draw(grid, status: progress.status(lastSeen), console: console)
            view.finish(console: console)
        }
        clear()
        progress.finish(report: report, total: history.count, current: current, lastSeen: lastSeen)
        if let current, let grid {
            animation?.record(grid, epoch: current.epoch - start, summary: TrainingSummary(current))
        }
        return current
    }

    /// Erases the live picture or status line, if one is showing (before an error is printed).
    func clear() {
        view?.clear(console: console)
        progress.clearStatus()
    }
}
