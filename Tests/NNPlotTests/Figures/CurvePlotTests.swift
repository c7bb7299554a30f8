import FoundationXML
@testable import NNPlot
import XCTest

final class CurvePlotTests: XCTestCase {
    func testLossCurvesAreDrawnInTheirColoursWithLegendAndTicks() throws {
        let train = (1...50).map { 1.0 / Double($0) }
        let plot = CurvePlot.loss(train: train, validation: train.map { $0 + 0.05 })
        let picture = plot.picture(width: 320, height: 240)
        let texts = picture.shapes.compactMap { shape -> String? in
            if case let .text(string, _, _, _, _, _) = shape { return string }
            return nil
        }
        XCTAssertTrue(texts.contains("loss"))
        XCTAssertTrue(texts.contains("val_loss"))
        XCTAssertTrue(texts.contains("epoch"))
        XCTAssertTrue(texts.contains("0.00"), "y ticks start at 0 for a loss: \(texts)")
        let png = try PNGReader(plot.png(width: 320, height: 240))
        var blue = 0, orange = 0
        for y in 0..<png.height {
            for x in 0..<png.width {
                let color = png.color(x, y)
                if color == Series.trainingColor { blue += 1 }
                if color == Series.validationColor { orange += 1 }
            }
        }
        XCTAssertGreaterThan(blue, 100)
        XCTAssertGreaterThan(orange, 60)
    }

    func testAccuracyRangeStaysInsideZeroToOne() {
        let plot = CurvePlot.accuracy(train: [0.5, 0.9, 0.99, 1.0])
        let range = plot.yRange(target: 5)
        XCTAssertGreaterThanOrEqual(range.lowerBound, 0)
        XCTAssertLessThanOrEqual(range.upperBound, 1)
        XCTAssertLessThanOrEqual(range.lowerBound, 0.5)
    }

    func testGapsAndSinglePointsAreHandled() throws {
        let plot = CurvePlot(title: "t", yLabel: "y", series: [
            Series(name: "gappy", values: [1, .nan, 3, 4, .infinity, 2], color: .black),
            Series(name: "one", values: [2.5], color: RGB(hex: 0xFF0000), firstEpoch: 3),
        ])
        XCTAssertEqual(plot.series[0].finiteRuns.map(\.count), [1, 2, 1])
        XCTAssertEqual(plot.xRange, 1...6)
        XCTAssertNoThrow(try PNGReader(plot.png(width: 200, height: 150)))
        XCTAssertFalse(plot.terminalText(TerminalStyle(mode: .plain, columns: 30)).isEmpty)
        XCTAssertNil(plot.series[0].value(at: 1.5))
        XCTAssertEqual(plot.series[0].value(at: 3.5) ?? 0, 3.5, accuracy: 1e-12)
    }

    func testEmptyHistoryStillDraws() throws {
        XCTAssertNoThrow(try PNGReader(CurvePlot.loss(train: []).png(width: 160, height: 120)))
        XCTAssertNoThrow(try PNGReader(HistoryPlot(loss: [], accuracy: []).png(width: 160, height: 120)))
    }

    func testHistoryHasTwoPanelsAndSVGParses() throws {
        let h = SampleData.history(epochs: 40)
        let history = HistoryPlot(loss: h.loss, validationLoss: h.validationLoss, accuracy: h.acc, validationAccuracy: h.valAcc)
        let svg = try history.svg(width: 800, height: 360)
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse())
        XCTAssertTrue(collector.texts.contains("loss"))
        XCTAssertTrue(collector.texts.contains("accuracy"))
        XCTAssertTrue(collector.texts.contains("val_acc"))
        XCTAssertGreaterThanOrEqual(collector.counts["polyline"] ?? 0, 4)
        XCTAssertTrue(svg.contains("stroke-dasharray"), "validation curves are dashed")
        let lossOnly = HistoryPlot(loss: h.loss)
        XCTAssertNil(lossOnly.accuracy)
        let png = try PNGReader(history.png(width: 800, height: 360))
        XCTAssertEqual(png.width, 800)
    }
}
