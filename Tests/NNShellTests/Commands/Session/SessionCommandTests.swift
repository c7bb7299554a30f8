import XCTest
@testable import NNShell

final class SessionCommandTests: XCTestCase {
    func testShowMarksValuesThatDifferFromTheDefaults() throws {
        var session = Session()
        let before = try ShellHarness.execute("show", in: &session)
        XCTAssertFalse(before.contains("*"))
        XCTAssertTrue(before.contains("  lr         0.1\n"))
        try ShellHarness.execute("set lr 0.05; set optimizer adam; set size 800 600; set every 5", in: &session)
        let after = try ShellHarness.execute("show", in: &session)
        XCTAssertTrue(after.contains("* lr         0.05  (default 0.1)"), after)
        XCTAssertTrue(after.contains("* optimizer  adam  (default sgd)"), after)
        XCTAssertTrue(after.contains("* size       800 600  (default 640 480)"), after)
        XCTAssertTrue(after.contains("  batch      32\n"), after)
        XCTAssertEqual(try ShellHarness.execute("show every", in: &session), "* every  5  (default auto)\n")
    }

    func testSetCoversEveryKeyAndChecksValues() throws {
        var session = Session()
        let lines = ["set seed 7", "set lr 0.5", "set batch 8", "set epochs 50", "set optimizer momentum",
                     "set loss mse", "set init xavier", "set l1 0.001", "set l2 1e-4", "set momentum 0.8",
                     "set rho 0.95", "set beta1 0.8", "set beta2 0.99", "set eps 1e-6", "set every 10",
                     "set patience 5", "set val 0.3", "set color off", "set size 320 240", "set normalize on"]
        for line in lines { try ShellHarness.execute(line, in: &session) }
        let settings = session.settings
        XCTAssertEqual(settings.seed, 7)
        XCTAssertEqual(settings.learningRate, 0.5)
        XCTAssertEqual(settings.batch, 8)
        XCTAssertEqual(settings.epochs, 50)
        XCTAssertEqual(settings.optimizer, .momentum)
        XCTAssertEqual(settings.loss, .mse)
        XCTAssertEqual(settings.initializer, .xavier)
        XCTAssertEqual(settings.l1, 0.001)
        XCTAssertEqual(settings.l2, 1e-4)
        XCTAssertEqual(settings.momentum, 0.8)
        XCTAssertEqual(settings.rho, 0.95)
        XCTAssertEqual(settings.beta1, 0.8)
        XCTAssertEqual(settings.beta2, 0.99)
        XCTAssertEqual(settings.epsilon, 1e-6)
        XCTAssertEqual(settings.every, 10)
        XCTAssertEqual(settings.patience, 5)
        XCTAssertEqual(settings.validationFraction, 0.3)
        XCTAssertEqual(settings.color, .off)
        XCTAssertEqual(settings.imageWidth, 320)
        XCTAssertTrue(settings.normalize)

        XCTAssertEqual(ShellHarness.failure("set lrr 0.1", in: &session)?.message, "unknown setting 'lrr' (did you mean lr?)")
        XCTAssertEqual(ShellHarness.failure("set momentum 1", in: &session)?.message, "momentum must be a number ≥ 0 and < 1, got 1")
        XCTAssertEqual(ShellHarness.failure("set optimizer adamw", in: &session)?.message,
                       "unknown optimizer 'adamw' (did you mean adam?)")
        XCTAssertEqual(ShellHarness.failure("set size 100", in: &session)?.message, "missing value: set size W H")
        XCTAssertEqual(ShellHarness.failure("set lr 0.1 0.2", in: &session)?.message, "unexpected argument '0.2': set lr X")
        XCTAssertEqual(session.settings.learningRate, 0.5)
    }

    func testAFailingCommandChangesNothing() throws {
        var session = Session()
        try ShellHarness.execute("set lr 0.3", in: &session)
        _ = ShellHarness.failure("optimizer adam lr 0.01 beta1 2", in: &session)
        XCTAssertEqual(session.settings.optimizer, .sgd)
        XCTAssertEqual(session.settings.learningRate, 0.3)
    }

    func testSeedEchoAndExpect() throws {
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("seed -2", in: &session), "seed -2\n")
        XCTAssertEqual(session.settings.seed, -2)
        XCTAssertEqual(ShellHarness.failure("seed 1.5", in: &session)?.message.hasPrefix("seed must be an integer"), true)
        XCTAssertEqual(try ShellHarness.execute("echo hello   \"big  world\"", in: &session), "hello big  world\n")
        XCTAssertEqual(try ShellHarness.execute("echo", in: &session), "\n")
        XCTAssertEqual(try ShellHarness.execute("expect epochs >= 0", in: &session), "ok: epochs 0 >= 0\n")
        XCTAssertEqual(ShellHarness.failure("expect acc > 0.5", in: &session)?.message, "no metrics yet: run 'train' or 'eval' first")
        XCTAssertEqual(ShellHarness.failure("expect epochs > 0", in: &session)?.message, "expect failed: epochs is 0, not > 0")
        XCTAssertEqual(ShellHarness.failure("expect epochs => 0", in: &session)?.message,
                       "unknown comparison '=>' (did you mean >?)")
        XCTAssertEqual(ShellHarness.failure("expect val_ac > 0.5", in: &session)?.message,
                       "unknown metric 'val_ac' (did you mean val_acc?)")
    }

    func testCommandsThatNeedDataOrANetworkSayWhatToDoFirst() {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("train", in: &session)?.message,
                       "no data yet: train needs a data set first, e.g. 'dataset moons'")
        for command in ["eval", "step", "gradcheck"] {
            XCTAssertEqual(ShellHarness.failure(command, in: &session)?.message.hasPrefix("no data yet"), true, command)
        }
        for command in ["summary", "weights", "reset", "save m.json", "predict 1 2"] {
            XCTAssertEqual(ShellHarness.failure(command, in: &session)?.message.hasPrefix("no network yet"), true, command)
        }
        XCTAssertEqual(ShellHarness.failure("plot boundary", in: &session)?.message,
                       "no data yet: plot boundary needs a data set first, e.g. 'dataset moons'")
        XCTAssertEqual(ShellHarness.failure("plot boundry", in: &session)?.message, "unknown plot kind 'boundry' (did you mean boundary?)")
    }

    func testQuitStopsAScript() {
        let run = ShellHarness.replay("echo a\nquit\necho b")
        XCTAssertEqual(run.output, "a\n")
        XCTAssertTrue(run.result.stopped)
        XCTAssertEqual(run.result.failures, 0)
    }
}
