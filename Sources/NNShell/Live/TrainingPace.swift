/// When live training draws and how long it waits: `set pace auto|off|N`, the `+`/`-` keys,
/// pause (Space) and step (`n`).
///
/// Pure bookkeeping over times the caller passes in (a `Duration` since the run began, e.g.
/// `clock.now - began`), so it never sleeps and tests drive it with plain numbers.
///
/// The schedule: a run at `r` epochs per second shows a frame every `k` epochs, one every
/// `period = k / r` seconds, with `k = max(1, ⌈r / 15⌉)` (at most ~15 frames per second). Frame
/// `j` after the anchor (the epoch and time the schedule last started from) is due at
/// `anchorTime + j·period`. Training between frames runs at full speed; after a frame's last
/// epoch the caller waits until the frame is due, then draws. `auto` over `E` epochs uses
/// `k = max(1, ⌈E / 60⌉)` and `period = 4 s / ⌈E / k⌉` (at most 0.5 s), so the run takes about
/// four seconds; `train forever` under `auto` runs at 10 epochs per second; `off` never waits
/// and draws when ~1/15 s has passed since the last frame ended.
///
/// Pace is wall-clock time: a frame more than one period late is skipped (no wait, no drawing)
/// until training is back on schedule, so a slow terminal gets fewer frames, never a longer
/// run. When training itself is slower than the schedule, a late frame is still drawn once
/// ``lateFrameGap`` has passed since the last one ended.
///
/// Usage per epoch (`done` = epochs completed in this run):
/// ```
/// let decision = pace.afterEpoch(completed: done, at: elapsed())
/// wait up to decision.wait, reading keys (a key press may end it early)
/// if decision.draw { draw; pace.frameDrawn(at: elapsed()) }
/// while pace.isPaused && !pace.takeStep() { wait for a key; pace.handle(key, at: elapsed()) }
/// ```
struct TrainingPace: Sendable {
    /// The `set pace` setting.
    enum Mode: Equatable, Sendable, CustomStringConvertible {
        /// About four seconds per run (10 epochs per second for `train forever`).
        case auto
        /// As fast as training goes, drawing what it can.
        case off
        /// At most this many epochs per second (positive).
        case epochsPerSecond(Double)

        /// `auto`, `off` or a positive number (`0.5`, `20`); nil for anything else.
        init?(word: String) {
            switch word {
            case "auto": self = .auto
            case "off": self = .off
            default:
                guard let rate = Double(word), rate.isFinite, rate > 0 else { return nil }
                self = .epochsPerSecond(min(max(rate, TrainingPace.rates.lowerBound), TrainingPace.rates.upperBound))
            }
        }

        /// The word `set pace` takes: `auto`, `off`, `20`.
        var description: String {
            switch self {
            case .auto: "auto"
            case .off: "off"
            case .epochsPerSecond(let rate): NumberFormat.short(rate)
            }
        }
    }

    /// How many epochs the run asks for.
    enum Length: Equatable, Sendable {
        /// `train N`.
        case epochs(Int)
        /// `train forever`: until stopped.
        case forever
    }

    /// What to do after an epoch.
    struct Decision: Equatable, Sendable {
        /// How long to wait (reading keys) before drawing and before the next epoch starts.
        var wait: Duration
        /// Whether to draw a frame once the wait is over.
        var draw: Bool
    }

    /// What a key did, for the caller.
    enum KeyOutcome: Equatable, Sendable {
        /// Nothing to redraw.
        case none
        /// The pause state or the pace changed: redraw the frame (the status line shows it).
        case redraw
        /// Stop after the current mini-batch, keeping weights and history.
        case stop
    }

    /// Most frames per second.
    static let frameRate = 15.0
    /// Seconds an `auto` run takes.
    static let autoSeconds = 4.0
    /// Frames an `auto` run aims at (`autoSeconds × frameRate`).
    static let autoFrames = 60
    /// Longest frame of an `auto` run, in seconds (a 3-epoch run takes 1.5 s, not 4 s).
    static let longestAutoFrame = 0.5
    /// Epochs per second of `train forever` under `auto`.
    static let foreverRate = 10.0
    /// Epochs per second that `N`, `+` and `-` are kept within.
    static let rates = 0.25...1_000_000.0
    /// Seconds after the end of the last frame before a late frame is drawn anyway.
    static let lateFrameGap = 0.25
    /// Under `off`, time between frames is at least this many times what the last frame took
    /// to draw, so drawing takes at most 1/(1 + factor) of the run (5 %): `off` draws what it
    /// can without slowing training down.
    static let offDrawingFactor = 19.0

    /// The run's length.
    let length: Length
    /// The pace now (`+` and `-` turn `auto` and `off` into a number).
    private(set) var mode: Mode
    /// Whether training is paused (Space).
    private(set) var isPaused = false
    private var stepPending = false
    private var schedule: Schedule?
    private var anchorEpoch = 0
    private var anchorTime = 0.0
    private var lastCompleted = 0
    private var lastFrameEnd: Double?
    private var lastFrameCost = 0.0

    /// Frames every `epochsPerFrame` epochs, `period` seconds apart.
    private struct Schedule: Sendable {
        var epochsPerFrame: Int
        var period: Double
        var rate: Double { Double(epochsPerFrame) / period }

        init(rate: Double) {
            epochsPerFrame = max(1, Int((rate / TrainingPace.frameRate).rounded(.up)))
            period = Double(epochsPerFrame) / rate
        }

        init(epochs: Int) {
            epochsPerFrame = max(1, Int((Double(epochs) / Double(TrainingPace.autoFrames)).rounded(.up)))
            let frames = max(1, (epochs + epochsPerFrame - 1) / epochsPerFrame)
            period = min(TrainingPace.autoSeconds / Double(frames), TrainingPace.longestAutoFrame)
        }
    }

    /// A pace for a run of `length` starting now (time zero, no epochs done).
    init(mode: Mode, length: Length) {
        self.mode = mode
        self.length = length
        schedule = Self.schedule(mode, length)
    }

    private static func schedule(_ mode: Mode, _ length: Length) -> Schedule? {
        switch (mode, length) {
        case (.off, _): nil
        case (.epochsPerSecond(let rate), _): Schedule(rate: rate)
        case (.auto, .forever): Schedule(rate: foreverRate)
        case (.auto, .epochs(let epochs)): Schedule(epochs: epochs)
        }
    }

    /// Epochs per second the schedule runs at; nil under `off`.
    var epochsPerSecond: Double? { schedule?.rate }

    /// Epochs between two frames on schedule (1 under `off`, which draws by time alone).
    var epochsPerFrame: Int { schedule?.epochsPerFrame ?? 1 }

    /// Decides, after `done` epochs of this run have completed at `now`, how long to wait and
    /// whether to draw. While paused every epoch (a step) draws at once. The run's last epoch
    /// is a frame like the others (waited for when on time, skipped when late); the caller draws
    /// the final state once training returns, whatever this said.
    mutating func afterEpoch(completed done: Int, at now: Duration) -> Decision {
        let time = Self.seconds(now)
        lastCompleted = done
        if isPaused { return Decision(wait: .zero, draw: true) }
        let sinceFrame = lastFrameEnd.map { time - $0 } ?? .infinity
        guard let schedule else {
            return Decision(wait: .zero, draw: sinceFrame >= max(1 / Self.frameRate, Self.offDrawingFactor * lastFrameCost))
        }
        var last = false
        if case .epochs(let epochs) = length, done >= epochs { last = true }
        let sinceAnchor = done - anchorEpoch
        let due = anchorTime + Double(sinceAnchor) / schedule.rate
        if time > due + schedule.period {
            return Decision(wait: .zero, draw: sinceFrame >= max(Self.lateFrameGap, schedule.period))
        }
        guard last || sinceAnchor % schedule.epochsPerFrame == 0 else { return Decision(wait: .zero, draw: false) }
        return Decision(wait: .seconds(max(0, due - time)), draw: true)
    }

    /// Records that a frame finished drawing at `now` (`off` and late frames count from here),
    /// having taken `took` to draw.
    mutating func frameDrawn(at now: Duration, took: Duration = .zero) {
        lastFrameEnd = Self.seconds(now)
        lastFrameCost = Self.seconds(took)
    }

    /// Applies a key pressed at `now`: Space pauses or resumes (resuming restarts the schedule
    /// from now, so the pause is not made up for); `n` while paused allows one epoch, while
    /// running pauses after the next epoch; `+`/`-` double or halve the epochs per second,
    /// starting from the rate the schedule ran at (under `off`, the rate measured since the
    /// schedule's start, or 10 when there is none); `q`/Esc/Ctrl-C ask to stop.
    mutating func handle(_ key: LiveKey, at now: Duration) -> KeyOutcome {
        switch key {
        case .pauseResume:
            isPaused.toggle()
            stepPending = false
            if !isPaused { restart(at: now) }
            return .redraw
        case .step:
            stepPending = true
            if isPaused { return .none }
            isPaused = true
            return .redraw
        case .faster, .slower:
            let rate = schedule?.rate ?? measuredRate(at: now) ?? Self.foreverRate
            let changed = min(max(key == .faster ? rate * 2 : rate / 2, Self.rates.lowerBound), Self.rates.upperBound)
            mode = .epochsPerSecond(changed)
            schedule = Schedule(rate: changed)
            restart(at: now)
            return .redraw
        case .stop:
            return .stop
        }
    }

    /// Whether a step (`n`) was requested while paused, clearing it: the caller lets one epoch
    /// run, after which ``afterEpoch(completed:at:)`` asks for a frame and the pause goes on.
    mutating func takeStep() -> Bool {
        defer { stepPending = false }
        return stepPending
    }

    /// `paused`, `auto 50 epochs/s`, `20 epochs/s` or `full speed`: the pace for the status line.
    var label: String {
        if isPaused { return "paused" }
        guard let rate = schedule?.rate else { return "full speed" }
        let text = rate >= 10 ? String(Int(rate.rounded())) : NumberFormat.fixed(rate, digits: rate == rate.rounded() ? 0 : 1)
        return (mode == .auto ? "auto " : "") + text + " epochs/s"
    }

    private func measuredRate(at now: Duration) -> Double? {
        let elapsed = Self.seconds(now) - anchorTime
        guard lastCompleted > anchorEpoch, elapsed > 0 else { return nil }
        return Double(lastCompleted - anchorEpoch) / elapsed
    }

    private mutating func restart(at now: Duration) {
        anchorEpoch = lastCompleted
        anchorTime = Self.seconds(now)
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
