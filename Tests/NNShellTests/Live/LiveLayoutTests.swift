import NNPlot
import XCTest
@testable import NNShell

/// ``LiveLayout`` at the sizes people use, and frames actually drawn at its sizes
/// (``LiveFrame/assemble(_:map:curves:status:)``): every line fits, the frame fits.
final class LiveLayoutTests: XCTestCase {
    private let status = "epoch 120  loss 0.1834  acc 0.9425  val_loss 0.2011  val_acc 0.9300  auto 75 epochs/s"

    func test80x24GivesTheMapMostRowsAndASparkline() throws {
        let layout = LiveLayout(columns: 80, rows: 24, aspectRatio: 1.6, hasValidation: true)
        XCTAssertEqual(layout.map, LiveLayout.Map(columns: 64, rows: 18, legendRows: 1))
        XCTAssertEqual(layout.curves, .sparkline(columns: 79))
        XCTAssertEqual(layout.lineColumns, 79)
        XCTAssertEqual(layout.frameRows, 23)
        try checkDrawn(layout, columns: 80, rows: 24, aspect: 1.6)
    }

    func test100x30PutsTheCurvesBesideAShrunkenMap() throws {
        let layout = LiveLayout(columns: 100, rows: 30, aspectRatio: 1.6, hasValidation: true)
        XCTAssertEqual(layout.map, LiveLayout.Map(columns: 67, rows: 19, legendRows: 1))
        XCTAssertEqual(layout.curves, .beside(column: 69, columns: 30, chartRows: 6, panels: 2))
        XCTAssertEqual(layout.frameRows, 23)
        try checkDrawn(layout, columns: 100, rows: 30, aspect: 1.6)
    }

    func test200x60CapsTheMapWidthAndPutsTheCurvesBeside() throws {
        let layout = LiveLayout(columns: 200, rows: 60, aspectRatio: 1.6, hasValidation: true)
        XCTAssertEqual(layout.map, LiveLayout.Map(columns: 118, rows: 35, legendRows: 1))
        XCTAssertEqual(layout.curves, .beside(column: 120, columns: 79, chartRows: 14, panels: 2))
        XCTAssertEqual(layout.frameRows, 39)
        try checkDrawn(layout, columns: 200, rows: 60, aspect: 1.6)
    }

    func test60x20IsTooSmallForAPicture() throws {
        let layout = LiveLayout(columns: 60, rows: 20, aspectRatio: 1.6, hasValidation: true)
        XCTAssertNil(layout.map)
        XCTAssertEqual(layout.curves, LiveLayout.Curves.none)
        XCTAssertEqual(layout.frameRows, 2)
        let frame = LiveFrame.assemble(layout, map: nil, curves: nil, status: status)
        XCTAssertEqual(frame, String(status.prefix(59)) + "\n" + LiveFrame.keyLegendText)
    }

    func testTallTerminalsPutTheCurvesBelowAWidthBoundMap() throws {
        let layout = LiveLayout(columns: 80, rows: 40, aspectRatio: 1.6, hasValidation: true)
        XCTAssertEqual(layout.map, LiveLayout.Map(columns: 77, rows: 22, legendRows: 1))
        XCTAssertEqual(layout.curves, .below(columns: 79, chartRows: 9))
        XCTAssertEqual(layout.frameRows, 39)
        try checkDrawn(layout, columns: 80, rows: 40, aspect: 1.6)
    }

    func testTallDataLeavesRoomBesideAndAWrappedLegendTakesAMapRow() throws {
        let layout = LiveLayout(columns: 80, rows: 24, aspectRatio: 0.5, hasValidation: true)
        XCTAssertEqual(layout.map, LiveLayout.Map(columns: 25, rows: 18, legendRows: 2))
        XCTAssertEqual(layout.curves, .beside(column: 27, columns: 52, chartRows: 6, panels: 2))
        try checkDrawn(layout, columns: 80, rows: 24, aspect: 0.5)
    }

    func testEveryFrameFitsItsTerminal() throws {
        for columns in [80, 133, 200] {
            for rows in [24, 41] {
                for aspect in [0.5, 1.6, 2.5] {
                    let colour = LiveLayout(columns: columns, rows: rows, aspectRatio: aspect, hasValidation: true)
                    try checkDrawn(colour, columns: columns, rows: rows, aspect: aspect)
                    let plain = LiveLayout(columns: columns, rows: rows, aspectRatio: aspect, hasValidation: false, plain: true)
                    try checkDrawn(plain, columns: columns, rows: rows, aspect: aspect, plain: true)
                }
            }
        }
    }

    /// Draws a real frame at `layout`'s sizes and checks it against the terminal.
    private func checkDrawn(_ layout: LiveLayout, columns: Int, rows: Int, aspect: Double, plain: Bool = false,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let size = "\(columns)x\(rows) aspect \(aspect)\(plain ? " plain" : "")"
        let shape = try XCTUnwrap(layout.map, size, file: file, line: line)
        let domain = PlotDomain(x1: 0...(2 * aspect), x2: 0...2)
        let points = (0..<60).map { i -> LabeledPoint in
            let x = Double(i % 10) / 9 * 2 * aspect, y = Double(i / 10) / 5 * 2
            return LabeledPoint(x1: x, x2: y, label: x / aspect + y > 2 ? 1 : 0, isValidation: !plain && i % 5 == 0)
        }
        let values = (0..<(8 * 6)).map { Double($0 % 8) / 7 }
        let grid = try ProbabilityGrid(domain: domain, columns: 8, rows: 6, classCount: 2, values: values)
        let mode: TerminalStyle.Mode = plain ? .plain : .truecolor
        let map = BoundaryPlot(points: points, classCount: 2, grid: grid, title: "")
            .terminalText(TerminalStyle(mode: mode, columns: shape.columns, rows: shape.rows))
        XCTAssertEqual(map.split(separator: "\n", omittingEmptySubsequences: false).count, shape.height, size, file: file, line: line)
        let loss = (1...50).map { 1 / Double($0) }, accuracy = (1...50).map { 1 - 1 / Double($0) }
        let curves = LiveFrame.curves(layout.curves, loss: loss, validationLoss: plain ? nil : loss.map { $0 * 1.1 },
                                      accuracy: accuracy, validationAccuracy: plain ? nil : accuracy, firstEpoch: 1, mode: mode)
        let frame = LiveFrame.assemble(layout, map: map, curves: curves, status: status)
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, layout.frameRows, size, file: file, line: line)
        XCTAssertLessThanOrEqual(lines.count, rows - 1, size, file: file, line: line)
        for text in lines {
            XCTAssertLessThanOrEqual(LiveFrame.visibleWidth(text), columns - 1, "\(size): \(text)", file: file, line: line)
        }
        XCTAssertEqual(lines.last.map(String.init), LiveFrame.keyLegendText, size, file: file, line: line)
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("epoch 120  loss 0.1834"), size, file: file, line: line)
        XCTAssertEqual(frame.contains("\u{1B}"), !plain, size, file: file, line: line)
    }
}
