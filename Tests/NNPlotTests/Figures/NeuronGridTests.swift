@testable import NNPlot
import XCTest

final class NeuronGridTests: XCTestCase {
    private let points = [LabeledPoint(x1: -1, x2: -1, label: 0), LabeledPoint(x1: 1, x2: 1, label: 1)]

    func testTilesShowPositiveAsClassOneColourAndNegativeAsClassZero() throws {
        let grid = try NeuronGrid(title: "layer 1", points: points, unitCount: 2, resolution: 10) { xy in
            stride(from: 0, to: xy.count, by: 2).flatMap { [xy[$0], -xy[$0 + 1]] }
        }
        XCTAssertEqual(grid.range(unit: 0).upperBound, -grid.range(unit: 0).lowerBound, accuracy: 1e-6)
        let tile = grid.tile(unit: 0, width: 20, height: 20)
        let blue = ColorMap.standard.classColor(1), orange = ColorMap.standard.classColor(0)
        XCTAssertLessThan(abs(tile[19, 10].hue - blue.hue), 12, "x1 large → positive")
        XCTAssertLessThan(abs(tile[0, 10].hue - orange.hue), 12, "x1 small → negative")
        let flipped = grid.tile(unit: 1, width: 20, height: 20)
        XCTAssertLessThan(abs(flipped[10, 19].hue - blue.hue), 12, "bottom: x2 small → −x2 positive")
        let png = try PNGReader(grid.png(width: 320, height: 240))
        XCTAssertEqual(png.height, 240)
    }

    func testWrongActivationCountIsReported() {
        XCTAssertThrowsError(try NeuronGrid(title: "", points: points, unitCount: 3, resolution: 4) { _ in [1, 2] }) { error in
            XCTAssertEqual(error as? PlotError, .predictionShape(expected: 48, got: 2))
        }
    }

    func testArrangementPrefersLargeTiles() {
        let wide = NeuronGrid.arrangement(count: 8, width: 600, height: 300, gap: 10, caption: 10, aspect: 1)
        XCTAssertEqual(wide.perRow, 4)
        let single = NeuronGrid.arrangement(count: 1, width: 600, height: 300, gap: 10, caption: 10, aspect: 1)
        XCTAssertEqual(single.perRow, 1)
        XCTAssertEqual(single.tileWidth, 280, accuracy: 1e-9, "height 300 minus caption and gap")
    }
}
