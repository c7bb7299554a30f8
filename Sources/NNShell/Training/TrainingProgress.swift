import NNCore
import NNPlot

/// The text `train` prints while it runs.
///
/// On a terminal: one status line (bar, epoch, ETA, metrics) rewritten in place, at most every
/// 50 ms. Otherwise: a metrics line every `interval` epochs of the run and for its last epoch,
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
    private var statusShown = false
    private let columns: Int
    private let printsLines: Bool

    /// Progress of a run of `epochs` epochs after `start` epochs of history; `live` rewrites a
    /// status line and shows times (a terminal that takes escapes); `printsLines` false leaves
    /// the metrics lines to the live view.
    init(console: Console, live: Bool, epochs: Int, interval: Int, explicitInterval: Bool, start: Int,
         printsLines: Bool = true) {
        self.console = console
        self.live = live
        self.printsLines = printsLines
        self.epochs = epochs
        self.interval = max(1, interval)
        self.explicitInterval = explicitInterval
        self.start = start
        began = clock.now
        columns = live ? TerminalSize.columns : 80
    }

    /// Whether `metrics` gets a metrics line of its own: on the interval's grid, in scripts or
    /// when `every` was given.
    func lineDue(_ metrics: EpochMetrics) -> Bool {
        printsLines && (!live || explicitInterval) && (metrics.epoch - start) % interval == 0
    }

    /// Prints the metrics line of `metrics`.
    func printLine(_ metrics: EpochMetrics) {
        console.line(MetricsText.line(metrics))
        lastPrinted = metrics.epoch
    }

    /// Rewrites the status line in place (on a terminal, at most every 50 ms, and for the last epoch).
    func rewriteStatus(_ metrics: EpochMetrics) {
        guard live else { return }
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(50), metrics.epoch - start < epochs { return }
        lastDraw = now
        console.raw(TerminalControl.rewriteLine + String(status(metrics).prefix(max(20, columns - 1))))
        statusShown = true
    }

    /// `[####----] epoch 120 (20/100)  ETA 1.2s  loss …`
    func status(_ metrics: EpochMetrics) -> String {
        let done = metrics.epoch - start
        let width = 20
        let filled = min(width, done * width / max(epochs, 1))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        let elapsed = seconds(clock.now - began)
        let eta = done > 0 ? elapsed / Double(done) * Double(epochs - done) : 0
        return "\(bar) epoch \(metrics.epoch) (\(done)/\(epochs))  ETA \(Self.duration(eta))  " + MetricsText.fields(metrics)
    }

    /// Erases the status line, if one is showing.
    func clearStatus() {
        guard statusShown else { return }
        console.raw(TerminalControl.rewriteLine)
        statusShown = false
    }

    /// The last metrics line (when not printed yet) and the summary line.
    func finish(report: TrainingReport, total: Int, current: EpochMetrics?, lastSeen: EpochMetrics?) {
        if printsLines, !live, let lastSeen, lastPrinted != lastSeen.epoch {
            printLine(lastSeen)
        }
        let metrics = current.map { ": " + MetricsText.fields($0) } ?? ""
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
