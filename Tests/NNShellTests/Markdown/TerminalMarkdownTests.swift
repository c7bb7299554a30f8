import XCTest
@testable import NNShell

final class TerminalMarkdownTests: XCTestCase {
    func testPlainRenderingDropsMarkupCharacters() {
        let lines = TerminalMarkdown(color: false, width: 40).lines("# Title\n\nSome **bold** and `code`.\n\n- one\n- two")
        XCTAssertEqual(lines, ["Title", "=====", "", "Some bold and code.", "", "- one", "- two"])
    }

    /// Quotes nested deeper than the terminal is wide once asked for a negative width (a trap
    /// the markdown fuzz target found); the text keeps a narrow column instead.
    func testQuotesNestedPastTheWidthStillRender() {
        let markdown = String(repeating: ">", count: 60) + " deep"
        let lines = TerminalMarkdown(color: false, width: 20).lines(markdown)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasSuffix("deep"), lines[0])
        XCTAssertTrue(lines[0].hasPrefix("│ │ "), lines[0])
    }
}
