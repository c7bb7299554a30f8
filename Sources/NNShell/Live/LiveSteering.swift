/// Where live keys come from: ``LiveKeys`` on a terminal, a scripted source in tests.
protocol LiveKeySource: AnyObject {
    /// The next key pressed, without waiting.
    func nextKey() -> LiveKey?
    /// The next key within `timeout`, or nil (possibly earlier, after a signal).
    func waitForKey(timeout: Duration) -> LiveKey?
}

extension LiveKeys: LiveKeySource {}

/// The per-epoch part of a live training observer: applies the keys, waits as the pace says,
/// asks for frames, and holds training while paused.
///
/// Wiring, inside `train` (`done` = epochs completed in this run):
/// ```
/// let keys = LiveKeys.start()              // nil off a terminal; keys?.finish() in a defer
/// WindowSizeSignal.install()               // and uninstall() in a defer
/// let clock = ContinuousClock(), began = clock.now
/// let steering = LiveSteering(pace: TrainingPace(mode: mode, length: .epochs(epochs)),
///                             keys: keys ?? NoLiveKeys(), elapsed: { clock.now - began })
/// trainer.train(…, shouldStop: { InterruptSignal.isPending || steering.shouldStop() },
///               observeNetwork: { metrics, network in
///                   view.hear(metrics)
///                   steering.afterEpoch(completed: metrics.epoch - start) { view.draw(network, status: …) }
///               })
/// ```
/// `draw` is called for the epoch just completed whenever a frame is due, on pause, after each
/// step and when a key or a window-size change needs the status redrawn; it reads
/// ``pace``'s ``TrainingPace/label`` for the status line and takes ``WindowSizeSignal`` to lay
/// out again.
final class LiveSteering {
    /// The pace, its pause state and its label.
    private(set) var pace: TrainingPace
    /// Whether `q`, Esc or Ctrl-C asked to stop.
    private(set) var stopRequested = false
    private let keys: LiveKeySource
    private let elapsed: () -> Duration
    private var lastPoll: Duration?

    /// Longest wait for a key while paused, so a window-size change is seen soon.
    static let pausedPoll = Duration.milliseconds(100)
    /// Shortest time between two key reads in ``shouldStop()``.
    static let stopPoll = Duration.milliseconds(20)

    /// Steering `pace` with `keys` (``NoLiveKeys`` when stdin is not a terminal: pacing only),
    /// timed by `elapsed` (time since the run began).
    init(pace: TrainingPace, keys: LiveKeySource, elapsed: @escaping () -> Duration) {
        self.pace = pace
        self.keys = keys
        self.elapsed = elapsed
    }

    /// For the trainer's `shouldStop` (called between mini-batches): reads keys at most every
    /// ``stopPoll`` and says whether to stop. Space or `n` pressed mid-epoch take effect when the
    /// epoch ends.
    func shouldStop() -> Bool {
        let now = elapsed()
        if let lastPoll, now - lastPoll < Self.stopPoll { return stopRequested }
        lastPoll = now
        var redraw = false
        applyPendingKeys(redraw: &redraw)
        return stopRequested
    }

    /// After `done` epochs of the run: applies pending keys, waits as the pace says (a key ends
    /// the wait early when it pauses, stops or changes the pace), calls `draw` when a frame is
    /// due, then holds while paused until Space (resume), `n` (one more epoch), or a stop.
    func afterEpoch(completed done: Int, draw: () -> Void) {
        var redraw = false
        applyPendingKeys(redraw: &redraw)
        guard !stopRequested else { return }
        let decision = pace.afterEpoch(completed: done, at: elapsed())
        if decision.wait > .zero, !pace.isPaused {
            let deadline = elapsed() + decision.wait
            while !stopRequested, !pace.isPaused, !redraw {
                let left = deadline - elapsed()
                guard left > .zero else { break }
                if let key = keys.waitForKey(timeout: left) {
                    apply(key, redraw: &redraw)
                }
            }
        }
        guard !stopRequested else { return }
        if decision.draw || redraw || pace.isPaused || WindowSizeSignal.isPending {
            let began = elapsed()
            draw()
            let ended = elapsed()
            pace.frameDrawn(at: ended, took: ended - began)
        }
        holdWhilePaused(draw: draw)
    }

    /// Waits for keys while paused, redrawing when one changes the status or the window
    /// changes size; returns on resume, step or stop.
    private func holdWhilePaused(draw: () -> Void) {
        while pace.isPaused, !stopRequested, !pace.takeStep() {
            var redraw = WindowSizeSignal.isPending
            if let key = keys.waitForKey(timeout: Self.pausedPoll) {
                apply(key, redraw: &redraw)
            }
            if redraw, !stopRequested {
                draw()
                pace.frameDrawn(at: elapsed())
            }
        }
    }

    private func applyPendingKeys(redraw: inout Bool) {
        while !stopRequested, let key = keys.nextKey() {
            apply(key, redraw: &redraw)
        }
    }

    private func apply(_ key: LiveKey, redraw: inout Bool) {
        switch pace.handle(key, at: elapsed()) {
        case .none: break
        case .redraw: redraw = true
        case .stop: stopRequested = true
        }
    }
}
