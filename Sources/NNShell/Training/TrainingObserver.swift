import NNCore
import NNPlot

/// Everything that watches a `train` run, so the trainer only trains: the boundary lattice, the
/// frames of the `plot boundary FILE.gif` animation, the progress text, whether to stop (Ctrl-C),
/// and, with `set live on` at an interactive terminal, the live picture, its pace and the keys
/// that steer it.
///
/// After every epoch the trainer calls ``afterEpoch(_:_:)``. The boundary over the lattice is
/// computed at most once per epoch, and only when the animation takes a frame or a picture is
/// drawn, so both share it. ``close()`` gives the terminal back on every way out.
final class TrainingObserver {
    private let console: Console
    private let lattice: BoundaryLattice?
    private let start: Int
    private let progress: TrainingProgress
    private let view: LiveTrainingView?
    private let steering: LiveSteering?
    private let keys: LiveKeys?
    private var lastSeen: EpochMetrics?
    private let drawsDiagram: Bool
    private var boundary: (epoch: Int, grid: ProbabilityGrid?)?
    /// The frames recorded so far (the first is the network as the run starts).
    private(set) var animation: BoundaryAnimation?

    /// An observer of a run of `epochs` epochs of `model` on the session's data (`forever`: until
    /// stopped); `sets` are the training and validation sets the run uses.
    init(session: Session, model: ModelState, sets: (train: TrainingSet, validation: TrainingSet?), epochs: Int,
         forever: Bool = false, context: Context) {
        let settings = session.settings
        console = context.console
        lattice = BoundaryLattice(session, model)
        start = model.trainer.history.count
        let live = settings.live != .off && context.interactive && console.isTerminal
        drawsDiagram = settings.live == .network
        progress = TrainingProgress(console: console, live: console.allowsEscapes, epochs: epochs,
                                    interval: settings.interval(for: epochs), explicitInterval: settings.every > 0,
                                    start: start, printsLines: !live || console.allowsEscapes)
        if live {
            view = LiveTrainingView(lattice: lattice, history: model.trainer.history,
                                    mode: PlotTerminal.mode(color: context.color(settings.color)),
                                    output: console.allowsEscapes ? .pictures : .plainLines, console: console,
                                    diagram: drawsDiagram ? { try? session.networkFigure(weights: $0) } : nil)
            keys = LiveKeys.start()
            WindowSizeSignal.install()
            let clock = ContinuousClock()
            let began = clock.now
            steering = LiveSteering(pace: TrainingPace(mode: settings.pace, length: forever ? .forever : .epochs(epochs)),
                                    keys: keys ?? NoLiveKeys(), elapsed: { clock.now - began })
        } else {
            view = nil
            keys = nil
            steering = nil
        }
        if let lattice, let grid = lattice.grid(model.network) {
            var animation = BoundaryAnimation(points: lattice.points, classCount: lattice.classCount,
                                              plannedEpochs: forever ? nil : epochs,
                                              targetFrames: min(max(epochs / 20, 10), 100))
            let first = model.trainer.history.last ?? model.measure(sets)
            animation.record(grid, epoch: 0, summary: TrainingSummary(first))
            self.animation = animation
        }
    }

    /// Whether training should stop after the current mini-batch: Ctrl-C, or `q` / Esc live.
    var shouldStop: Bool {
        InterruptSignal.isPending || (steering?.shouldStop() ?? false)
    }

    /// Hears one recorded epoch and the network as it stands after it.
    func afterEpoch(_ metrics: EpochMetrics, _ network: Network<Float>) {
        lastSeen = metrics
        view?.hear(metrics)
        if progress.lineDue(metrics) {
            clear()
            progress.printLine(metrics)
        }
        let run = metrics.epoch - start
        if animation?.shouldRecord(epoch: run) ?? false, let grid = grid(network, epoch: metrics.epoch) {
            animation?.record(grid, epoch: run, summary: TrainingSummary(metrics))
        }
        if let view, let steering {
            steering.afterEpoch(completed: run) {
                view.draw(drawsDiagram ? nil : grid(network, epoch: metrics.epoch), network: network,
                          pace: steering.pace.label)
            }
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
        let final = view != nil || current != nil ? lattice?.grid(network) : nil
        if let view, let steering, lastSeen != nil {
            view.draw(final, network: network, pace: steering.pace.label)
            view.finish()
        }
        close()
        clear()
        progress.finish(report: report, total: history.count, current: current, lastSeen: lastSeen)
        if let current, let final {
            animation?.record(final, epoch: current.epoch - start, summary: TrainingSummary(current))
        }
        return current
    }

    /// Erases the live picture or status line, if one is showing (before an error is printed).
    func clear() {
        view?.clear()
        progress.clearStatus()
    }

    /// Gives the terminal back: its own input modes and the window-size handler. Safe to call
    /// more than once; `train` calls it on every way out.
    func close() {
        keys?.finish()
        if steering != nil { WindowSizeSignal.uninstall() }
    }

    /// The boundary of `network` over the lattice, computed once for `epoch`.
    private func grid(_ network: Network<Float>, epoch: Int) -> ProbabilityGrid? {
        if let boundary, boundary.epoch == epoch { return boundary.grid }
        let grid = lattice?.grid(network)
        boundary = (epoch, grid)
        return grid
    }
}
