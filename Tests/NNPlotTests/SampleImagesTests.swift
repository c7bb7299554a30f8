import Foundation
@testable import NNPlot
import XCTest

/// Renders the sample figures. Set `NNPLOT_SAMPLES=/some/dir` to also write them there as PNG
/// and SVG for looking at.
final class SampleImagesTests: XCTestCase {
    private func save(_ figure: any Figure, _ name: String, width: Int = 640, height: Int = 480) throws {
        let png = try figure.png(width: width, height: height)
        let decoded = try PNGReader(png)
        XCTAssertEqual(decoded.width, width)
        XCTAssertEqual(decoded.height, height)
        guard let directory = ProcessInfo.processInfo.environment["NNPLOT_SAMPLES"] else { return }
        for mode in TerminalStyle.Mode.allCases {
            let text = figure.terminalText(TerminalStyle(mode: mode, columns: 60)) + "\n"
            try text.write(to: URL(fileURLWithPath: directory).appendingPathComponent("\(name)-\(mode).txt"), atomically: true, encoding: .utf8)
        }
        try Data(png).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name + ".png"))
        try figure.svg(width: width, height: height).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name + ".svg"),
                                                           atomically: true, encoding: .utf8)
    }

    func testBoundarySamples() throws {
        let summary = TrainingSummary(epoch: 120, loss: 0.2311, validationLoss: 0.2502, accuracy: 0.912, validationAccuracy: 0.9)
        try save(BoundaryPlot(points: SampleData.moons(), classCount: 2, title: "moons  " + summary.line,
                              predict: SampleData.batch(SampleData.moonsModel)), "moons")
        try save(BoundaryPlot(points: SampleData.circles(), classCount: 2, title: summary.line,
                              predict: SampleData.batch(SampleData.circlesModel)), "circles")
        try save(BoundaryPlot(points: SampleData.xor(), classCount: 2, title: summary.line,
                              predict: SampleData.batch(SampleData.xorModel)), "xor")
        try save(BoundaryPlot(points: SampleData.spiral(), classCount: 3, title: "spiral  " + summary.line,
                              predict: SampleData.batch(classes: SampleData.spiralModel)), "spiral")
        try save(BoundaryPlot(points: SampleData.moons(), classCount: 2, grid: nil, title: "data: moons"), "data")
        try save(BoundaryPlot(points: SampleData.moons(), classCount: 2, title: summary.line,
                              predict: SampleData.batch(SampleData.moonsModel)), "moons-small", width: 320, height: 240)
    }

    func testCurveSamples() throws {
        let history = SampleData.history()
        try save(CurvePlot.loss(train: history.loss, validation: history.validationLoss), "loss")
        try save(CurvePlot.accuracy(train: history.acc, validation: history.valAcc), "accuracy")
        try save(HistoryPlot(loss: history.loss, validationLoss: history.validationLoss, accuracy: history.acc,
                             validationAccuracy: history.valAcc), "history", width: 960, height: 400)
        try save(HistoryPlot(loss: history.loss, validationLoss: history.validationLoss, accuracy: history.acc,
                             validationAccuracy: history.valAcc), "history-default")
    }

    func testNeuronSamples() throws {
        let grid = try NeuronGrid(title: "layer 1: dense 8, tanh", points: SampleData.moons(), unitCount: 8,
                                  activations: SampleData.hiddenUnits())
        try save(grid, "neurons")
        let three = try NeuronGrid(title: "layer 2: dense 3", points: SampleData.moons(), unitCount: 3,
                                   activations: SampleData.hiddenUnits(count: 3))
        try save(three, "neurons-3", width: 320, height: 240)
    }

    func testAnimationSample() throws {
        let points = SampleData.moons()
        var recorder = BoundaryAnimation(points: points, classCount: 2, plannedEpochs: 150, title: "moons", resolution: 48,
                                        targetFrames: 30)
        for epoch in 1...150 {
            let t = Double(epoch) / 150
            let model: @Sendable (Double, Double) -> Double = { x, y in
                let linear = SampleData.sigmoid(3 * (x - 0.5 - 0.8 * (y - 0.25)))
                return (1 - t) * linear + t * SampleData.moonsModel(x, y)
            }
            let summary = TrainingSummary(epoch: epoch, loss: 0.7 - 0.45 * t, validationLoss: 0.72 - 0.42 * t,
                                          accuracy: 0.6 + 0.35 * t, validationAccuracy: 0.58 + 0.34 * t)
            try recorder.recordIfDue(epoch: epoch, summary: summary, isFinal: epoch == 150, predict: SampleData.batch(model))
        }
        let width = 480, height = 360
        let bytes = try recorder.animation(width: width, height: height)
        let gif = try GIFReader(bytes)
        XCTAssertEqual(gif.frames.count, recorder.frames.count)
        guard let directory = ProcessInfo.processInfo.environment["NNPLOT_SAMPLES"] else { return }
        try Data(bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent("moons.gif"))
        var frame = Canvas(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                frame[x, y] = gif.color(frame: gif.frames.count - 1, x, y)
            }
        }
        try Data(PNGEncoder.encode(frame)).write(to: URL(fileURLWithPath: directory).appendingPathComponent("moons-gif-last.png"))
    }

    func testEdgeCaseSamples() throws {
        let flat = try BoundaryPlot(points: SampleData.xor(count: 60), classCount: 2, title: "untrained",
                                    predict: SampleData.batch { _, _ in 0.5 })
        try save(flat, "untrained", width: 480, height: 360)
        var random = SampleData.Generator(state: 5)
        let five = (0..<150).map { i -> LabeledPoint in
            let k = i % 5, angle = 2 * Double.pi * Double(k) / 5
            return LabeledPoint(x1: cos(angle) + 0.25 * random.normal(), x2: sin(angle) + 0.25 * random.normal(), label: k,
                                isValidation: i % 4 == 0)
        }
        let model: @Sendable (Double, Double) -> [Double] = { x, y in
            let scores = (0..<5).map { k -> Double in
                let angle = 2 * Double.pi * Double(k) / 5
                return 4 * (x * cos(angle) + y * sin(angle))
            }
            let top = scores.max() ?? 0
            let e = scores.map { exp($0 - top) }
            return e.map { $0 / e.reduce(0, +) }
        }
        try save(BoundaryPlot(points: five, classCount: 5, title: "five blobs", predict: SampleData.batch(classes: model)), "five")
        try save(CurvePlot.accuracy(train: SampleData.history().acc, validation: SampleData.history().valAcc), "accuracy-small",
                 width: 320, height: 240)
    }
}
