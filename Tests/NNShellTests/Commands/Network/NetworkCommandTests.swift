import XCTest
@testable import NNShell

final class NetworkCommandTests: XCTestCase {
    private func session(_ lines: String) throws -> Session {
        var session = Session()
        try ShellHarness.execute(lines, in: &session)
        return session
    }

    func testNetSizesMustFitTheData() throws {
        var session = try self.session("dataset spiral 90 classes 3")
        XCTAssertEqual(ShellHarness.failure("net 3 8 3", in: &session)?.message,
                       "the first size must be the feature count, 2 (features x1 x2), got 3")
        XCTAssertEqual(ShellHarness.failure("net 2 8 1", in: &session)?.message, "the last size must be 3 for 3 classes, got 1")
        XCTAssertEqual(ShellHarness.failure("net 2", in: &session)?.message,
                       "a network needs at least two sizes, inputs and outputs (e.g. net 2 8 1)")
        XCTAssertEqual(ShellHarness.failure("net 2 0 3", in: &session)?.message, "a layer size must be an integer from 1 to 100000, got 0")
        XCTAssertEqual(ShellHarness.failure("net 2 8 3 softmax", in: &session)?.message.hasPrefix("softmax is for the output only"), true)
        XCTAssertEqual(ShellHarness.failure("net 2 relu 3", in: &session)?.message, "the activation comes last, after the sizes")
        XCTAssertEqual(ShellHarness.failure("net 2 x 3", in: &session)?.message, "a layer size must be an integer from 1 to 100000, not 'x'")
        XCTAssertNil(session.model)
        try ShellHarness.execute("loss ce", in: &session)
        XCTAssertEqual(ShellHarness.failure("net 2 8 3 out sigmoid", in: &session)?.message,
                       "loss ce needs a softmax output, not sigmoid: use 'out softmax' or 'loss mse'")
        XCTAssertNil(session.model)
        try ShellHarness.execute("loss auto", in: &session)
        let made = try ShellHarness.execute("net 2 8 3 tanh", in: &session)
        XCTAssertEqual(made, "network 2-8-3: tanh hidden, softmax output, ce loss, xavier init, 51 parameters\n")
        var binary = try self.session("dataset moons 50")
        XCTAssertEqual(ShellHarness.failure("net 2 8 3", in: &binary)?.message, "the last size must be 1 (or 2 with out softmax) for 2 classes, got 3")
        XCTAssertEqual(ShellHarness.failure("net 2 4 1 out softmax", in: &binary)?.message,
                       "a softmax output needs at least 2 units: use 'net ... 2 out softmax', or sigmoid for 1 unit")
        try ShellHarness.execute("net 2 4 2", in: &binary)
        XCTAssertEqual(binary.model?.network.loss, .ce)
    }

    func testHugeNetworksAreRefused() throws {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("net 2 100000 100000 1", in: &session)?.message,
                       "this network would have 10000500001 parameters; the limit is 20000000: use fewer or smaller layers")
    }

    func testPredictWhenTheDataNoLongerFitsTheNetwork() throws {
        var session = try self.session("net 2 4 3; dataset moons 20")
        let output = try ShellHarness.execute("predict 0 0", in: &session)
        XCTAssertTrue(output.hasPrefix("class "), output)
        XCTAssertEqual(ShellHarness.failure("train", in: &session)?.message,
                       "the network has 3 outputs but the data has 2 classes: the last size must be 1 (or 2 with out softmax)")
    }

    func testChangingTheArchitectureReinitialisesAndSaysSo() throws {
        var session = try self.session("dataset moons 50; net 2 4 1")
        let again = try ShellHarness.execute("net 2 6 1", in: &session)
        XCTAssertTrue(again.hasSuffix("architecture changed from 2-4-1: weights re-initialised\n"), again)
    }

    func testLearningRateAndOptimizerKeepTheWeights() throws {
        var session = try self.session("dataset moons 50; net 2 4 1; train 2")
        let weights = session.model?.network
        let lr = try ShellHarness.execute("set lr 0.01", in: &session)
        XCTAssertEqual(lr, "lr 0.01 (weights kept)\n")
        try ShellHarness.execute("optimizer adam lr 0.02 beta2 0.99", in: &session)
        XCTAssertEqual(session.model?.network, weights)
        XCTAssertEqual(session.model?.trainer.optimizer.settings.kind, .adam)
        XCTAssertEqual(session.model?.trainer.optimizer.settings.beta2, 0.99)
        XCTAssertEqual(session.settings.learningRate, 0.02)
        XCTAssertEqual(ShellHarness.failure("optimizer adamm", in: &session)?.message, "unknown optimizer 'adamm' (did you mean adam?)")
    }

    func testLossInitAndReset() throws {
        var session = try self.session("dataset moons 50; net 2 4 1")
        XCTAssertEqual(ShellHarness.failure("loss ce", in: &session)?.message,
                       "loss ce needs a softmax output, not sigmoid: use 'out softmax' or 'loss mse'")
        XCTAssertEqual(try ShellHarness.execute("loss mse", in: &session), "loss mse (weights kept)\n")
        XCTAssertEqual(try ShellHarness.execute("loss auto", in: &session), "loss auto (bce now; weights kept)\n")
        XCTAssertEqual(try ShellHarness.execute("set loss mse", in: &session), "loss mse (weights kept)\n")
        XCTAssertEqual(try ShellHarness.execute("init normal", in: &session), "init normal: takes effect at the next 'net' or 'reset'\n")
        try ShellHarness.execute("train 3", in: &session)
        XCTAssertEqual(session.model?.trainer.history.count, 3)
        XCTAssertEqual(try ShellHarness.execute("reset", in: &session),
                       "reset: new weights for 2-4-1 (normal init); optimizer state and history cleared\n")
        XCTAssertEqual(session.model?.trainer.history.count, 0)
        XCTAssertEqual(session.model?.network.loss, .mse)
    }

    func testSummaryAndWeights() throws {
        var session = try self.session("dataset moons 50; net 2 3 1")
        let summary = try ShellHarness.execute("summary", in: &session)
        XCTAssertEqual(summary.split(separator: "\n").prefix(4), [
            "layer  shape  activation  parameters",
            "    1  2 × 3  relu                 9",
            "    2  3 × 1  sigmoid              4",
            "total parameters: 13",
        ])
        let weights = try ShellHarness.execute("weights 1", in: &session)
        XCTAssertTrue(weights.hasPrefix("layer 1: 2 × 3, relu\nW =\n"))
        XCTAssertEqual(weights.split(separator: "\n").count, 6)
        XCTAssertEqual(ShellHarness.failure("weights 3", in: &session)?.message, "LAYER must be an integer from 1 to 2, got 3")
    }
}
