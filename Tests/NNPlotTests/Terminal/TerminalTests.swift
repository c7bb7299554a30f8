@testable import NNPlot
import XCTest

final class TerminalTests: XCTestCase {
    func testLiveRedrawMovesUpOverThePreviousFrame() {
        var redraw = LiveRedraw()
        let first = redraw.frame("a\nb")
        XCTAssertEqual(first, "\u{1B}[?25la\u{1B}[K\nb\u{1B}[K\n\u{1B}[J")
        XCTAssertEqual(redraw.linesShown, 2)
        let second = redraw.frame("c")
        XCTAssertTrue(second.hasPrefix("\r\u{1B}[2A"))
        XCTAssertTrue(second.hasSuffix("c\u{1B}[K\n\u{1B}[J"), "shorter frame clears what is left below")
        XCTAssertEqual(redraw.finish(), "\u{1B}[0m\u{1B}[?25h")
        XCTAssertEqual(TerminalControl.cursorUp(0), "")
    }

    func testXterm256NearestColours() {
        XCTAssertEqual(ANSI.paletteIndex(.black), 16)
        XCTAssertEqual(ANSI.paletteIndex(.white), 231)
        XCTAssertEqual(ANSI.paletteIndex(RGB(255, 0, 0)), 196)
        XCTAssertEqual(ANSI.paletteIndex(RGB(128, 128, 128)), 244)
        XCTAssertEqual(ANSI.paletteIndex(RGB(0, 95, 135)), 24)
    }

    func testCellGridEmitsEscapesOnlyOnChangesAndResetsPerLine() {
        var grid = CellGrid(columns: 3, rows: 1)
        grid[0, 0] = CellGrid.Cell(character: "x", foreground: RGB(1, 2, 3), background: nil)
        grid[0, 1] = CellGrid.Cell(character: "y", foreground: RGB(1, 2, 3), background: nil)
        XCTAssertEqual(grid.rendered(.truecolor), "\u{1B}[38;2;1;2;3mxy\u{1B}[0m ")
        XCTAssertEqual(grid.rendered(.ansi256), "\u{1B}[38;5;16mxy\u{1B}[0m ")
        XCTAssertEqual(grid.rendered(.plain), "xy")
    }

    func testBrailleDotsFollowTheDotNumbering() {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        canvas.set(0, 0, color: .black)
        canvas.set(1, 3, color: .black)
        var grid = CellGrid(columns: 1, rows: 1)
        canvas.draw(into: &grid, row: 0, column: 0)
        XCTAssertEqual(grid[0, 0].character, "\u{2881}")
    }

    func testTitlesWrapAtFieldSeparators() {
        XCTAssertEqual(TerminalLegend.wrapped("epoch 3  loss 0.5  acc 0.9", columns: 18), ["epoch 3  loss 0.5", "acc 0.9"])
        XCTAssertEqual(TerminalLegend.wrapped("", columns: 5), [])
    }

    func testModeDetection() {
        typealias Mode = TerminalStyle.Mode
        XCTAssertEqual(Mode.detect(environment: ["COLORTERM": "truecolor"], isTerminal: false), .plain)
        XCTAssertEqual(Mode.detect(environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"], isTerminal: true), .plain)
        XCTAssertEqual(Mode.detect(environment: ["TERM": "dumb"], isTerminal: true), .plain)
        XCTAssertEqual(Mode.detect(environment: ["COLORTERM": "24bit", "NO_COLOR": ""], isTerminal: true), .truecolor)
        XCTAssertEqual(Mode.detect(environment: ["TERM": "xterm-256color"], isTerminal: true), .ansi256)
    }
}
