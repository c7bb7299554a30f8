@testable import NNPlot
import XCTest

final class BoundaryAnimationTests: XCTestCase {
    /// A "model" that sharpens as training goes on: p(class 1) = σ(k·x1) with k growing.
    private func model(epoch: Int) -> BatchPredictor {
        let sharpness = 0.2 + Double(epoch) / 10
        return SampleData.batch { x, _ in SampleData.sigmoid(sharpness * x) }
    }

    private let points = [LabeledPoint(x1: -2, x2: -1, label: 0), LabeledPoint(x1: 2, x2: 1, label: 1),
                          LabeledPoint(x1: 1.5, x2: -0.5, label: 1, isValidation: true)]

    func testPlannedRunOf100EpochsRecordsBetween10And200Frames() throws {
        var recorder = BoundaryAnimation(points: points, classCount: 2, plannedEpochs: 100, resolution: 8)
        for epoch in 1...100 {
            try recorder.recordIfDue(epoch: epoch, summary: TrainingSummary(epoch: epoch), predict: model(epoch: epoch))
        }
        XCTAssertGreaterThanOrEqual(recorder.frames.count, 10)
        XCTAssertLessThanOrEqual(recorder.frames.count, 200)
        XCTAssertEqual(recorder.frames.last?.epoch, 100)
        XCTAssertEqual(recorder.latestPlot?.title, "epoch 100")
        XCTAssertFalse(recorder.latestPlot?.terminalText(TerminalStyle(mode: .plain, columns: 30)).isEmpty ?? true)
    }

    func testLongRunsAreSpacedOutAndEndOnTheLastEpoch() throws {
        var recorder = BoundaryAnimation(points: points, classCount: 2, plannedEpochs: 1000, resolution: 4, targetFrames: 50)
        XCTAssertEqual(recorder.interval, 20)
        XCTAssertFalse(recorder.shouldRecord(epoch: 1) && !recorder.frames.isEmpty)
        for epoch in 1...1000 {
            try recorder.recordIfDue(epoch: epoch, summary: TrainingSummary(epoch: epoch), predict: model(epoch: epoch))
        }
        XCTAssertEqual(recorder.frames.count, 51)
        XCTAssertEqual(recorder.frames.first?.epoch, 1)
        XCTAssertEqual(recorder.frames.last?.epoch, 1000)
    }

    func testUnplannedRunsAreThinnedToTheFrameBudget() throws {
        var recorder = BoundaryAnimation(points: points, classCount: 2, plannedEpochs: nil, resolution: 3, maxFrames: 40)
        for epoch in 1...1000 {
            try recorder.recordIfDue(epoch: epoch, summary: TrainingSummary(epoch: epoch), isFinal: epoch == 1000,
                                     predict: model(epoch: epoch))
            XCTAssertLessThanOrEqual(recorder.frames.count, 40)
        }
        XCTAssertGreaterThanOrEqual(recorder.frames.count, 20)
        XCTAssertEqual(recorder.frames.last?.epoch, 1000)
        let epochs = recorder.frames.map(\.epoch)
        XCTAssertEqual(epochs, epochs.sorted())
    }

    func testAnimationDecodesWithEveryFrameLoopingAndClassHues() throws {
        var recorder = BoundaryAnimation(points: points, classCount: 2, plannedEpochs: 120, title: "line", resolution: 16)
        for epoch in 1...120 {
            try recorder.recordIfDue(epoch: epoch, summary: TrainingSummary(epoch: epoch, loss: 1 / Double(epoch)),
                                     predict: model(epoch: epoch))
        }
        let gif = try GIFReader(recorder.animation(width: 160, height: 120, frameDelay: 7, finalDelay: 150))
        XCTAssertEqual(gif.width, 160)
        XCTAssertEqual(gif.height, 120)
        XCTAssertEqual(gif.frames.count, recorder.frames.count)
        XCTAssertGreaterThanOrEqual(gif.frames.count, 10)
        XCTAssertEqual(gif.loopCount, 0)
        XCTAssertEqual(gif.delays.first, 7)
        XCTAssertEqual(gif.delays.last, 150)
        let last = recorder.plot(frame: recorder.frames.count - 1)
        let axes = last.layout(width: 160, height: 120, style: PlotStyle(width: 160, height: 120)).axes
        let right = axes.point(last.domain.x1.upperBound - 0.2, 0)
        let left = axes.point(last.domain.x1.lowerBound + 0.2, 0)
        let blue = ColorMap.standard.classColor(1), orange = ColorMap.standard.classColor(0)
        let finalFrame = gif.frames.count - 1
        XCTAssertLessThan(abs(gif.color(frame: finalFrame, Int(right.x), Int(right.y)).hue - blue.hue), 12)
        XCTAssertLessThan(abs(gif.color(frame: finalFrame, Int(left.x), Int(left.y)).hue - orange.hue), 12)
        let early = gif.color(frame: 0, Int(right.x), Int(right.y)), late = gif.color(frame: finalFrame, Int(right.x), Int(right.y))
        XCTAssertGreaterThan(early.luma, late.luma, "the boundary sharpens: colours deepen over the animation")
    }

    func testEmptyRecorderHasNoAnimation() {
        XCTAssertThrowsError(try BoundaryAnimation(points: points, classCount: 2, plannedEpochs: 10).animation())
    }
}
