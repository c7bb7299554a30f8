import XCTest
@testable import NNPlot

final class BarChartTests: XCTestCase {
    private let chart = BarChart(title: "throughput", axisLabel: "samples/s", groups: [
        BarChart.Group(title: "W1 sgd", bars: [
            BarChart.Bar(label: "nnb", value: 31_241_769, isHighlighted: true),
            BarChart.Bar(label: "numpy", value: 981_768),
        ]),
        BarChart.Group(title: "W3 sgd", bars: [BarChart.Bar(label: "nnb", value: 253_704, isHighlighted: true)]),
    ])

    func testTheAxisSpansWholeDecadesAroundTheValues() {
        XCTAssertEqual(chart.decades.low, 5)
        XCTAssertEqual(chart.decades.high, 8)
        XCTAssertEqual(chart.position(of: 1e6), 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(chart.position(of: 0), 0)
        XCTAssertEqual(chart.position(of: .nan), 0)
        XCTAssertEqual(chart.rowCount, 1 + 3 + 2 + 2)
    }

    func testLabelsAreShort() {
        XCTAssertEqual(BarChart.decadeLabel(0), "1")
        XCTAssertEqual(BarChart.decadeLabel(4), "10k")
        XCTAssertEqual(BarChart.decadeLabel(8), "100M")
        XCTAssertEqual(BarChart.decadeLabel(-1), "1e-1")
        XCTAssertEqual(BarChart.shortNumber(31_241_769), "31.2M")
        XCTAssertEqual(BarChart.shortNumber(981_768), "982k")
        XCTAssertEqual(BarChart.shortNumber(5.5), "5.50")
    }

    func testTerminalTextDrawsBarsInProportion() {
        // 25 cells span 10⁵…10⁸: 31.2M ends at 25·(7.495 − 5)/3 ≈ 20.8, 982k at 8.3, 254k at 3.4.
        let text = chart.terminalText(TerminalStyle(mode: .plain, columns: 40))
        XCTAssertEqual(text, """
        throughput
        W1 sgd
          nnb █████████████████████ 31.2M
        numpy ████████ 982k
        W3 sgd
          nnb ███ 254k
        samples/s, log scale 100k…100M
        """)
    }

    func testThePictureHasABarPerValueInTheAccentColourForHighlightedBars() {
        let picture = chart.picture(width: 600, height: 300)
        let bars = picture.shapes.compactMap { shape -> (PixelRect, RGB)? in
            if case let .rect(rect, fill) = shape { return (rect, fill) }
            return nil
        }
        XCTAssertEqual(bars.count, 3)
        XCTAssertEqual(bars.filter { $0.1 == RGB(hex: 0xD9622B) }.count, 2)
        XCTAssertGreaterThan(bars[0].0.width, bars[1].0.width)
        XCTAssertGreaterThan(bars[1].0.width, bars[2].0.width)
    }
}
