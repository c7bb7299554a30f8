import XCTest

/// Runs the pexpect scripts in Tests/Scripts against the real `nnb` under a pseudo-terminal:
/// interactive_test.py (tab completion, history across runs, Ctrl-C during training, Ctrl-D) and
/// step_test.py (`--step`: rendered Markdown, commands at the pause, `b`, `q`).
final class InteractiveTests: XCTestCase {
    func testInteractiveSessionUnderAPseudoTerminal() throws {
        try TerminalScript.run("interactive_test.py")
    }

    func testSteppingThroughANotebookUnderAPseudoTerminal() throws {
        try TerminalScript.run("step_test.py")
    }
}
