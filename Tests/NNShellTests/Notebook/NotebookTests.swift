import XCTest
@testable import NNShell

final class NotebookTests: XCTestCase {
    func testCellsTitlesAndLineNumbers() {
        let text = """
        seed 1
        %% md
        # Noisy moons
        %% Make the data
        dataset moons 100

        %% md Notes
        text
        """
        let notebook = Notebook(parsing: text)
        XCTAssertEqual(notebook.cells.count, 4)
        XCTAssertEqual(notebook.cells[0].kind, .code)
        XCTAssertNil(notebook.cells[0].title)
        XCTAssertEqual(notebook.cells[0].lines.map(\.number), [1])
        XCTAssertEqual(notebook.cells[1].kind, .markdown)
        XCTAssertEqual(notebook.cells[1].title, "")
        XCTAssertEqual(notebook.cells[1].lines.map(\.text), ["# Noisy moons"])
        XCTAssertEqual(notebook.cells[2].title, "Make the data")
        XCTAssertEqual(notebook.cells[2].lines.first?.number, 5)
        XCTAssertEqual(notebook.cells[3].kind, .markdown)
        XCTAssertEqual(notebook.cells[3].title, "Notes")
    }

    func testEmptyLeadingCellIsDroppedAndCRLFAccepted() {
        let notebook = Notebook(parsing: "\r\n%% A\r\necho a\r\n")
        XCTAssertEqual(notebook.cells.count, 1)
        XCTAssertEqual(notebook.cells[0].lines.map(\.text), ["echo a"])
    }

    func testMarkdownCellsAreNeverRun() {
        let run = ShellHarness.replay("%% md\ntrain 100\n%% Go\necho hello", echo: true)
        XCTAssertEqual(run.errors, "")
        XCTAssertEqual(run.output, "train 100\n\n## Go\nnnb> echo hello\nhello\n")
    }

    func testQuietReplayPrintsOnlyCommandOutput() {
        let run = ShellHarness.replay("%% Title\necho one; echo two\n# comment\n\necho \"three  four\"", echo: false)
        XCTAssertEqual(run.output, "one\ntwo\nthree  four\n")
    }

    func testStepLabelsNameEachCell() {
        let notebook = Notebook(parsing: "%% md\n\n## Forward pass\ntext\n%% md Summary\nx\n%% Train\ntrain 5\n")
        XCTAssertEqual(notebook.cells.map(Program.stepLabel), ["text: Forward pass", "text: Summary", "cell: Train"])
    }
}
