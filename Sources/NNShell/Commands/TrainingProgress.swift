import NNCore

/// What `train` prints while it runs.
///
/// On a terminal: one live line (bar, epoch, ETA, metrics) rewritten in place, at most every
/// 50 ms — under the boundary and the curves when a ``LiveTrainingView`` is given (`set live
/// on`). Otherwise: a metrics line every `interval` epochs of the run and for its last epoch,
/// with no wall-clock times, so a replay prints the same text every run.
final class TrainingProgress {
    private let console: Console
    private let live: Bool
    private let epochs: Int
    private let interval: Int
    private let explicitInterval: Bool
    private let start: Int
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var lastPrinted: Int?
    private var lastSeen: EpochMetrics?
    private var drawn = false
    private let columns: Int
    private let view: LiveTrainingView?

    init(console: Console, live: Bool, epochs: Int, interval: Int, explicitInterval: Bool, start: Int,
         view: LiveTrainingView? = nil) {
        self.console = console
        self.live = live
        self.view = live ? view : nil
        self.epochs = epochs
        self.interval = max(1, interval)
        self.explicitInterval = explicitInterval
        self.start = start
        began = clock.now
        columns = live ? TerminalSize.columns : 80
    }

    /// `epoch 120  loss 0.1834  acc 0.9425  val_loss 0.2011  val_acc 0.9300`
    static func line(_ metrics: EpochMetrics) -> String {
        "epoch \(metrics.epoch)  " + TrainCommand.metricsText(metrics)
    }

    /// Hears one recorded epoch and the network as it stands after it.
    func epoch(_ metrics: EpochMetrics, network: Network<Float>) {
        lastSeen = metrics
        view?.hear(metrics)
        let done = metrics.epoch - start
        let onGrid = done % interval == 0
        if !live || explicitInterval, onGrid {
            clear()
            console.line(Self.line(metrics))
            lastPrinted = metrics.epoch
        }
        guard live else { return }
        let now = clock.now
        if let view {
            if view.isDue {
                view.draw(network, status: status(metrics, done: done, now: now), console: console)
            }
            return
        }
        if let lastDraw, now - lastDraw < .milliseconds(50), done < epochs { return }
        lastDraw = now
        console.raw(ANSI.rewriteLine + String(status(metrics, done: done, now: now).prefix(max(20, columns - 1))))
        drawn = true
    }

    /// `[####----] epoch 120 (20/100)  ETA 1.2s  loss …`
    private func status(_ metrics: EpochMetrics, done: Int, now: ContinuousClock.Instant) -> String {
        let width = 20
        let filled = min(width, done * width / max(epochs, 1))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        let elapsed = seconds(now - began)
        let eta = done > 0 ? elapsed / Double(done) * Double(epochs - done) : 0
        return "\(bar) epoch \(metrics.epoch) (\(done)/\(epochs))  ETA \(Self.duration(eta))  " + TrainCommand.metricsText(metrics)
    }

    /// Erases the live line or picture, if one is showing.
    func clear() {
        view?.clear(console: console)
        if drawn {
            console.raw(ANSI.rewriteLine)
            drawn = false
        }
    }

    /// The last metrics line (when not printed yet) and the summary line; a live picture stays
    /// on the screen, redrawn with `network`, the weights the run ends with.
    func finish(report: TrainingReport, total: Int, current: EpochMetrics?, network: Network<Float>) {
        if let view, let lastSeen {
            view.draw(network, status: status(lastSeen, done: lastSeen.epoch - start, now: clock.now), console: console)
            view.finish(console: console)
        }
        clear()
        if !live, let lastSeen, lastPrinted != lastSeen.epoch {
            console.line(Self.line(lastSeen))
        }
        let metrics = current.map { ": " + TrainCommand.metricsText($0) } ?? ""
        let time = live ? " (\(Self.duration(seconds(clock.now - began))))" : ""
        switch report.outcome {
        case .completed:
            console.line("trained \(report.epochsRun) epochs, \(total) in all\(time)\(metrics)")
        case .earlyStopped(let best):
            console.line("stopped early at epoch \(total): val_loss has not improved since epoch \(best), whose weights are restored\(time)\(metrics)")
        case .interrupted:
            console.line("interrupted after \(report.epochsRun) epochs, \(total) in all: weights and history kept\(time)\(metrics)")
        case .diverged:
            break
        }
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// `0.4s`, `12s`, `3m05s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return NumberFormat.fixed(seconds, digits: 1) + "s" }
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        let rest = whole % 60
        return "\(whole / 60)m\(rest < 10 ? "0" : "")\(rest)s"
    }
}
