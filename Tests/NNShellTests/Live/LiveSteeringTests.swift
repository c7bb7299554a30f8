import XCTest
@testable import NNShell

/// Keys pressed at set times on a simulated clock: waiting for a key moves the clock to the
/// key's time or to the end of the wait.
private final class ScriptedKeys: LiveKeySource {
    var time = Duration.zero
    private var script: [(at: Duration, key: LiveKey)]

    init(_ script: [(Double, LiveKey)]) {
        self.script = script.map { (.seconds($0.0), $0.1) }
    }

    func nextKey() -> LiveKey? {
        guard let first = script.first, first.at <= time else { return nil }
        script.removeFirst()
        return first.key
    }

    func waitForKey(timeout: Duration) -> LiveKey? {
        let deadline = time + timeout
        guard let first = script.first, first.at <= deadline else {
            time = deadline
            return nil
        }
        time = max(time, first.at)
        script.removeFirst()
        return first.key
    }
}

final class LiveSteeringTests: XCTestCase {
    private struct Frame: Equatable {
        var epoch: Int
        var label: String
    }

    /// Trains up to `epochs` epochs of 1 ms each under `steering`, recording the frames drawn.
    private func run(_ steering: LiveSteering, keys: ScriptedKeys, epochs: Int) -> (frames: [Frame], last: Int) {
        var frames: [Frame] = []
        var last = 0
        for done in 1...epochs {
            if steering.shouldStop() { break }
            keys.time += .milliseconds(1)
            last = done
            steering.afterEpoch(completed: done) {
                frames.append(Frame(epoch: done, label: steering.pace.label))
            }
        }
        return (frames, last)
    }

    func testPauseStepResumeAndStop() {
        let keys = ScriptedKeys([(2.05, .pauseResume), (5, .step), (6, .step), (10, .pauseResume), (12.05, .stop)])
        let steering = LiveSteering(pace: TrainingPace(mode: .epochsPerSecond(10), length: .epochs(100)), keys: keys,
                                    elapsed: { keys.time })
        let (frames, last) = run(steering, keys: keys, epochs: 100)
        XCTAssertTrue(steering.stopRequested)
        XCTAssertEqual(last, 44, "epochs 24… at 10 per second from the resume at 10 s; q at 12.05 s during epoch 44's wait")
        XCTAssertEqual(frames.prefix(20).map(\.epoch), Array(1...20))
        XCTAssertEqual(Array(frames.dropFirst(20).prefix(5)), [
            Frame(epoch: 21, label: "paused"),
            Frame(epoch: 22, label: "paused"),
            Frame(epoch: 23, label: "paused"),
            Frame(epoch: 23, label: "10 epochs/s"),
            Frame(epoch: 24, label: "10 epochs/s"),
        ])
        XCTAssertEqual(frames.last?.epoch, 43, "epoch 44 was stopped before its frame")
    }

    func testStepWhileRunningPausesAfterTheNextEpoch() {
        let keys = ScriptedKeys([(0.0105, .step), (3, .stop)])
        let steering = LiveSteering(pace: TrainingPace(mode: .off, length: .epochs(100)), keys: keys,
                                    elapsed: { keys.time })
        let (frames, last) = run(steering, keys: keys, epochs: 100)
        XCTAssertEqual(last, 12, "n during epoch 11 pauses it and allows one more")
        XCTAssertEqual(frames.suffix(2), [Frame(epoch: 11, label: "paused"), Frame(epoch: 12, label: "paused")])
        XCTAssertEqual(keys.time, .seconds(3))
    }

    func testPlusDuringAWaitEndsItAndDoublesThePace() {
        let keys = ScriptedKeys([(0.05, .faster)])
        let steering = LiveSteering(pace: TrainingPace(mode: .epochsPerSecond(10), length: .epochs(21)), keys: keys,
                                    elapsed: { keys.time })
        let (frames, last) = run(steering, keys: keys, epochs: 21)
        XCTAssertEqual(last, 21)
        XCTAssertEqual(frames.first, Frame(epoch: 1, label: "20 epochs/s"))
        XCTAssertEqual(TrainingPace.seconds(keys.time), 0.05 + 20 * 0.05, accuracy: 1e-6)
    }

    func testStopMidEpochIsSeenBetweenMiniBatches() {
        let keys = ScriptedKeys([(0.3, .stop)])
        let steering = LiveSteering(pace: TrainingPace(mode: .off, length: .forever), keys: keys, elapsed: { keys.time })
        var batches = 0
        while !steering.shouldStop() {
            batches += 1
            keys.time += .milliseconds(25)
        }
        XCTAssertEqual(batches, 12)
    }

    func testWithoutKeysItOnlyPaces() {
        let keys = ScriptedKeys([])
        let steering = LiveSteering(pace: TrainingPace(mode: .auto, length: .epochs(30)), keys: keys, elapsed: { keys.time })
        let (frames, last) = run(steering, keys: keys, epochs: 30)
        XCTAssertEqual(last, 30)
        XCTAssertEqual(frames.map(\.epoch), Array(1...30))
        XCTAssertEqual(TrainingPace.seconds(keys.time), 4, accuracy: 1e-6)
        XCTAssertFalse(steering.stopRequested)
    }

    func testNoLiveKeysSleepsAndReadsCtrlCAsStop() {
        _ = InterruptSignal.take()
        let keys = NoLiveKeys()
        XCTAssertNil(keys.nextKey())
        XCTAssertNil(keys.waitForKey(timeout: .milliseconds(1)))
        InterruptSignal.raise()
        XCTAssertEqual(keys.waitForKey(timeout: .seconds(60)), .stop)
        XCTAssertTrue(InterruptSignal.take())
    }
}
