import XCTest
@testable import NNShell

/// Drives ``TrainingPace`` with simulated times: each epoch costs `epochCost` seconds of
/// training, each frame `drawCost` seconds of drawing, and waits advance the clock.
final class TrainingPaceTests: XCTestCase {
    private struct Run {
        var time = 0.0
        var waited = 0.0
        var frames: [Int] = []
    }

    private func simulate(_ pace: inout TrainingPace, from first: Int = 1, through last: Int,
                          epochCost: Double, drawCost: Double = 0.001, startingAt start: Double = 0) -> Run {
        var run = Run(time: start)
        for done in first...last {
            run.time += epochCost
            let decision = pace.afterEpoch(completed: done, at: .seconds(run.time))
            XCTAssertGreaterThanOrEqual(decision.wait, .zero)
            let wait = TrainingPace.seconds(decision.wait)
            run.time += wait
            run.waited += wait
            if decision.draw {
                run.frames.append(done)
                run.time += drawCost
                pace.frameDrawn(at: .seconds(run.time))
            }
        }
        return run
    }

    func testAutoSpreadsA300EpochRunOverFourSecondsAtFifteenFramesPerSecond() {
        var pace = TrainingPace(mode: .auto, length: .epochs(300))
        XCTAssertEqual(pace.epochsPerFrame, 5)
        XCTAssertEqual(pace.epochsPerSecond ?? 0, 75, accuracy: 1e-9)
        let run = simulate(&pace, through: 300, epochCost: 0.0001)
        XCTAssertEqual(run.frames, Array(stride(from: 5, through: 300, by: 5)))
        XCTAssertEqual(run.time, 4.0, accuracy: 0.01)
    }

    func testAutoShortRunsGoOneEpochPerFrame() {
        var pace = TrainingPace(mode: .auto, length: .epochs(30))
        XCTAssertEqual(pace.epochsPerFrame, 1)
        let run = simulate(&pace, through: 30, epochCost: 0.0001)
        XCTAssertEqual(run.frames, Array(1...30))
        XCTAssertEqual(run.time, 4.0, accuracy: 0.01)
    }

    func testAutoVeryShortRunsWaitAtMostHalfASecondPerEpoch() {
        var pace = TrainingPace(mode: .auto, length: .epochs(3))
        let run = simulate(&pace, through: 3, epochCost: 0.0001)
        XCTAssertEqual(run.frames, [1, 2, 3])
        XCTAssertEqual(run.time, 1.5, accuracy: 0.01)
    }

    func testAutoLongRunsDrawAboutSixtyFrames() {
        var pace = TrainingPace(mode: .auto, length: .epochs(1000))
        XCTAssertEqual(pace.epochsPerFrame, 17)
        let run = simulate(&pace, through: 1000, epochCost: 0.00001)
        XCTAssertEqual(run.frames.count, 59, "frames every 17 epochs up to 986, and the last epoch")
        XCTAssertEqual(run.frames.last, 1000)
        XCTAssertEqual(run.time, 4.0, accuracy: 0.08)
    }

    func testForeverUnderAutoRunsTenEpochsPerSecond() {
        var pace = TrainingPace(mode: .auto, length: .forever)
        let run = simulate(&pace, through: 50, epochCost: 0.0001)
        XCTAssertEqual(run.frames, Array(1...50))
        XCTAssertEqual(run.time, 5.0, accuracy: 0.01)
    }

    func testAFixedRateTrainsAtMostThatManyEpochsPerSecond() {
        var slow = TrainingPace(mode: .epochsPerSecond(5), length: .epochs(20))
        let slowRun = simulate(&slow, through: 20, epochCost: 0.0001)
        XCTAssertEqual(slowRun.frames, Array(1...20))
        XCTAssertEqual(slowRun.time, 4.0, accuracy: 0.01)

        var fast = TrainingPace(mode: .epochsPerSecond(60), length: .epochs(120))
        XCTAssertEqual(fast.epochsPerFrame, 4)
        let fastRun = simulate(&fast, through: 120, epochCost: 0.0001)
        XCTAssertEqual(fastRun.frames.count, 30)
        XCTAssertEqual(fastRun.time, 2.0, accuracy: 0.01)
    }

    func testOffNeverWaitsAndDrawsAboutFifteenTimesASecond() {
        var pace = TrainingPace(mode: .off, length: .epochs(1000))
        let run = simulate(&pace, through: 1000, epochCost: 0.002)
        XCTAssertEqual(run.waited, 0)
        XCTAssertEqual(run.frames.first, 1)
        XCTAssertEqual(Double(run.frames.count), run.time * 15, accuracy: 3)
        for (a, b) in zip(run.frames, run.frames.dropFirst()).dropLast() {
            XCTAssertGreaterThanOrEqual(Double(b - a) * 0.002, 1 / 15 - 1e-9)
        }
    }

    func testASlowTerminalGetsFewerFramesNeverALongerRun() {
        var pace = TrainingPace(mode: .auto, length: .epochs(300))
        let run = simulate(&pace, through: 300, epochCost: 0.0001, drawCost: 0.3)
        XCTAssertLessThanOrEqual(run.time, 4.0 + 0.3 + 0.01, "the planned four seconds and the last frame")
        XCTAssertLessThan(run.frames.count, 20)
        XCTAssertGreaterThan(run.frames.count, 8)
    }

    func testSlowTrainingNeverWaitsButStillDraws() {
        var pace = TrainingPace(mode: .auto, length: .epochs(300))
        let run = simulate(&pace, through: 300, epochCost: 0.05)
        XCTAssertEqual(run.waited, 0)
        XCTAssertEqual(run.time, 300 * 0.05 + Double(run.frames.count) * 0.001, accuracy: 1e-6)
        XCTAssertGreaterThan(run.frames.count, 40)
        XCTAssertLessThan(run.frames.count, 70)
    }

    func testPauseStepAndResumeWithoutMakingUpThePause() {
        var pace = TrainingPace(mode: .epochsPerSecond(10), length: .epochs(100))
        var run = simulate(&pace, through: 20, epochCost: 0.0001)
        XCTAssertEqual(run.time, 2.0, accuracy: 0.01)
        XCTAssertEqual(pace.handle(.pauseResume, at: .seconds(run.time)), .redraw)
        XCTAssertTrue(pace.isPaused)
        XCTAssertEqual(pace.label, "paused")
        XCTAssertFalse(pace.takeStep())
        XCTAssertEqual(pace.handle(.step, at: .seconds(run.time + 1)), TrainingPace.KeyOutcome.none)
        XCTAssertTrue(pace.takeStep())
        XCTAssertFalse(pace.takeStep(), "one step per key")
        XCTAssertEqual(pace.afterEpoch(completed: 21, at: .seconds(run.time + 1.01)), .init(wait: .zero, draw: true))
        XCTAssertTrue(pace.isPaused, "a step keeps the pause")
        XCTAssertEqual(pace.handle(.pauseResume, at: .seconds(100)), .redraw)
        XCTAssertFalse(pace.isPaused)
        run = simulate(&pace, from: 22, through: 100, epochCost: 0.0001, startingAt: 100)
        XCTAssertEqual(run.frames, Array(22...100))
        XCTAssertEqual(run.time - 100, 7.9, accuracy: 0.01, "79 epochs at 10 per second after the resume")
    }

    func testStepWhileRunningPausesAfterTheNextEpoch() {
        var pace = TrainingPace(mode: .off, length: .epochs(100))
        XCTAssertEqual(pace.handle(.step, at: .seconds(1)), .redraw)
        XCTAssertTrue(pace.isPaused)
        XCTAssertTrue(pace.takeStep())
        XCTAssertEqual(pace.afterEpoch(completed: 5, at: .seconds(1.1)), .init(wait: .zero, draw: true))
        XCTAssertFalse(pace.takeStep())
    }

    func testPlusAndMinusDoubleAndHalveStartingFromTheRateAutoRan() {
        var pace = TrainingPace(mode: .auto, length: .epochs(300))
        XCTAssertEqual(pace.label, "auto 75 epochs/s")
        _ = simulate(&pace, through: 60, epochCost: 0.0001)
        XCTAssertEqual(pace.handle(.faster, at: .seconds(0.8)), .redraw)
        XCTAssertEqual(pace.mode, .epochsPerSecond(150))
        XCTAssertEqual(pace.label, "150 epochs/s")
        _ = pace.handle(.slower, at: .seconds(0.8))
        _ = pace.handle(.slower, at: .seconds(0.8))
        XCTAssertEqual(pace.mode, .epochsPerSecond(37.5))
        XCTAssertEqual(pace.epochsPerFrame, 3)
        let run = simulate(&pace, from: 61, through: 135, epochCost: 0.0001, startingAt: 0.8)
        XCTAssertEqual(run.time - 0.8, 2.0, accuracy: 0.01, "75 epochs at 37.5 per second, counted from the key")
    }

    func testPlusFromOffStartsAtTheMeasuredRate() {
        var pace = TrainingPace(mode: .off, length: .forever)
        _ = simulate(&pace, through: 40, epochCost: 0.05, drawCost: 0)
        _ = pace.handle(.faster, at: .seconds(2))
        XCTAssertEqual(pace.mode, .epochsPerSecond(40))
        XCTAssertEqual(pace.label, "40 epochs/s")
    }

    func testRatesStayWithinBounds() {
        var pace = TrainingPace(mode: .epochsPerSecond(0.25), length: .forever)
        _ = pace.handle(.slower, at: .zero)
        XCTAssertEqual(pace.mode, .epochsPerSecond(0.25))
        XCTAssertEqual(pace.handle(.stop, at: .zero), .stop)
        XCTAssertEqual(TrainingPace(mode: .epochsPerSecond(2.5), length: .forever).label, "2.5 epochs/s")
        XCTAssertEqual(TrainingPace(mode: .epochsPerSecond(4), length: .forever).label, "4 epochs/s")
    }

    func testOffDrawsByTimeSinceTheLastFrameEnded() {
        var pace = TrainingPace(mode: .off, length: .epochs(5))
        XCTAssertEqual(pace.label, "full speed")
        XCTAssertEqual(pace.afterEpoch(completed: 1, at: .zero), .init(wait: .zero, draw: true))
        pace.frameDrawn(at: .milliseconds(50))
        XCTAssertFalse(pace.afterEpoch(completed: 2, at: .milliseconds(100)).draw)
        XCTAssertTrue(pace.afterEpoch(completed: 3, at: .milliseconds(120)).draw)
    }

    func testModeWords() {
        XCTAssertEqual(TrainingPace.Mode(word: "auto"), .auto)
        XCTAssertEqual(TrainingPace.Mode(word: "off"), .off)
        XCTAssertEqual(TrainingPace.Mode(word: "20"), .epochsPerSecond(20))
        XCTAssertEqual(TrainingPace.Mode(word: "0.5")?.description, "0.5")
        XCTAssertNil(TrainingPace.Mode(word: "0"))
        XCTAssertNil(TrainingPace.Mode(word: "-3"))
        XCTAssertNil(TrainingPace.Mode(word: "fast"))
        XCTAssertNil(TrainingPace.Mode(word: "inf"))
    }
}
