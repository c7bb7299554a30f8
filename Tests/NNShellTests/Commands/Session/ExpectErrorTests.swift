import XCTest
@testable import NNShell

/// `expect error COMMAND ...`: a notebook shows a failing command and carries on.
final class ExpectErrorTests: XCTestCase {
    func testPassesWhenTheCommandFailsAndChangesNothing() throws {
        var session = Session()
        try ShellHarness.execute("seed 0; dataset moons 200; net 2 8 1 relu out linear; loss mse; train 2 lr 0.01", in: &session)
        let before = session.model?.network
        let output = try ShellHarness.execute("expect error train 20 lr 10", in: &session)
        XCTAssertTrue(output.hasSuffix("ok: error as expected: training diverged at epoch 3, batch 5: the loss became NaN or infinite; nothing was changed. Try a smaller learning rate, e.g. 'train lr 1'\n"), output)
        XCTAssertEqual(session.model?.network, before)
        XCTAssertEqual(session.model?.trainer.history.count, 2)
        XCTAssertEqual(try ShellHarness.execute("expect error net 3 4 1", in: &session),
                       "ok: error as expected: the first size must be the feature count, 2 (features x1 x2), got 3\n")
    }

    func testFailsWhenTheCommandSucceeds() throws {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("expect error echo hi", in: &session)?.message,
                       "expect failed: 'echo hi' succeeded, but an error was expected")
    }

    func testWordsAreChecked() throws {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("expect erorr train", in: &session)?.message,
                       "unknown metric 'erorr' (did you mean error?)")
        XCTAssertEqual(ShellHarness.failure("expect val_acc >= 1 2", in: &session)?.message, "unexpected argument '2'")
        XCTAssertEqual(ShellHarness.failure("expect val_acc >=", in: &session)?.message, "missing argument")
        XCTAssertEqual(ShellHarness.failure("expect error", in: &session)?.message, "missing argument")
    }
}
