import XCTest

/// Runs Tests/Scripts/live_test.py: the real `nnb` under an 80×24 pseudo-terminal (pexpect),
/// pausing, stepping and stopping a live `train`, checking that frames fit the terminal, that
/// `TERM=dumb` gets plain metrics lines, a window resize, `train forever` and the redraw after
/// `dataset`.
final class LiveTerminalTests: XCTestCase {
    func testLiveTrainingUnderAPseudoTerminal() throws {
        try TerminalScript.run("live_test.py")
    }
}
