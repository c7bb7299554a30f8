import Foundation
import XCTest
@testable import NNShell

final class TrainingCommandTests: XCTestCase {
    func testTrainPrintsAboutTenMetricsLinesAndASummary() throws {
        var session = Session()
        try ShellHarness.execute("dataset moons 100; net 2 4 1", in: &session)
        let lines = try ShellHarness.execute("train 30", in: &session).split(separator: "\n")
        XCTAssertEqual(lines.count, 11)
        XCTAssertTrue(lines[0].hasPrefix("epoch 3  loss "))
        let pattern = #"^epoch \d+  loss \d\.\d{4}  acc \d\.\d{4}  val_loss \d\.\d{4}  val_acc \d\.\d{4}$"#
        XCTAssertNotNil(lines[9].range(of: pattern, options: .regularExpression), String(lines[9]))
        XCTAssertTrue(lines[10].hasPrefix("trained 30 epochs, 30 in all: loss "))
        let more = try ShellHarness.execute("train 7 every 5 lr 0.05 batch 8", in: &session).split(separator: "\n")
        XCTAssertEqual(more.map { $0.split(separator: " ").prefix(2).joined(separator: " ") },
                       ["epoch 35", "epoch 37", "trained 7"])
        XCTAssertEqual(session.settings.learningRate, 0.05)
        XCTAssertEqual(session.settings.batch, 8)
        XCTAssertEqual(session.settings.every, 5)
        XCTAssertEqual(session.settings.epochs, 7)
        XCTAssertEqual(session.lastEvaluation?.loss, session.model?.trainer.history.last?.loss)
    }

    func testOnATerminalOneLineIsRewrittenInPlace() throws {
        var session = Session()
        try ShellHarness.execute("dataset moons 60; net 2 4 1", in: &session)
        let output = try ShellHarness.execute("train 20", in: &session, terminal: true)
        XCTAssertTrue(output.hasPrefix("\r\u{1B}[K[#"), output)
        XCTAssertTrue(output.contains("epoch 20 (20/20)  ETA "), output)
        XCTAssertFalse(output.contains("\nepoch "), output)
        let summary = try XCTUnwrap(output.split(separator: "\n").last)
        XCTAssertNotNil(summary.range(of: #"trained 20 epochs, 20 in all \(\d+\.\ds\): loss "#, options: .regularExpression), String(summary))
        let every = try ShellHarness.execute("train 4 every 2", in: &session, terminal: true)
        XCTAssertTrue(every.contains("epoch 22  loss "), every)
        XCTAssertTrue(every.contains("epoch 24  loss "), every)
    }

    func testPatienceStopsEarlyAndRestoresTheBestWeights() throws {
        var session = Session()
        try ShellHarness.execute("dataset moons 100 noise 0.3; net 2 16 1", in: &session)
        let output = try ShellHarness.execute("train 400 lr 1 patience 3", in: &session)
        XCTAssertTrue(output.contains("stopped early at epoch"), output)
        XCTAssertEqual(session.settings.patience, 3)
    }

    func testTrainBeforeTheNetworkSaysWhatToDo() {
        var session = Session()
        _ = try? ShellHarness.execute("dataset spiral 60 classes 3", in: &session)
        XCTAssertEqual(ShellHarness.failure("train", in: &session)?.message, "no network yet: train needs one first, e.g. 'net 2 8 3'")
        _ = try? ShellHarness.execute("net 2 5 3; features x1 x2 x1*x2", in: &session)
        XCTAssertEqual(ShellHarness.failure("train", in: &session)?.message,
                       "the network takes 2 inputs but the data has 3 features (x1 x2 x1*x2): define a new one, e.g. 'net 3 8 3'")
        XCTAssertEqual(session.model?.trainer.history.count, 0)
    }

    func testDivergenceChangesNothing() throws {
        var session = Session()
        try ShellHarness.execute("dataset blobs 60 std 5; net 2 32 32 3 linear out linear; loss mse; optimizer sgd lr 10", in: &session)
        let before = session.model?.network
        let diagnostic = ShellHarness.failure("train 50", in: &session)
        XCTAssertEqual(diagnostic?.message.hasPrefix("training diverged at epoch"), true, diagnostic?.message ?? "")
        XCTAssertEqual(session.model?.network, before)
        XCTAssertEqual(session.model?.trainer.history.count, 0)
    }

    func testEvalPrintsMetricsAndTheConfusionMatrix() throws {
        var session = Session()
        try ShellHarness.execute("dataset blobs 60; net 2 6 3; train 20", in: &session)
        let lines = try ShellHarness.execute("eval", in: &session).split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("loss "))
        XCTAssertEqual(lines[1], "confusion matrix (validation, 12 points; rows: true class, columns: predicted)")
        XCTAssertEqual(lines[2].split(separator: " "), ["true\\pred", "0", "1", "2"])
        XCTAssertEqual(lines.count, 6)
        XCTAssertNoThrow(try ShellHarness.execute("expect acc > 0.5; expect val_loss < 5; expect epochs >= 20", in: &session))
    }

    func testPredictAPointAndAFile() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute("dataset moons 80; net 2 4 1; train 5", in: &session)
        let point = try ShellHarness.execute("predict 0.5 -0.25", in: &session)
        XCTAssertNotNil(point.range(of: #"^class [01]  p0 \d\.\d{4}  p1 \d\.\d{4}\n$"#, options: .regularExpression), point)
        XCTAssertEqual(ShellHarness.failure("predict 1 2 3", in: &session)?.message, "predict needs 2 inputs (x1 x2), got 3")
        XCTAssertEqual(ShellHarness.failure("predict 1 x", in: &session)?.message.hasPrefix("x2 must be a number"), true)
        XCTAssertEqual(ShellHarness.failure("predict nan 1", in: &session)?.message, "x1 must be a number, not 'nan'")
        try "id,x2,x1,label\na,0.5,1,1\nb,-1,0,0\n".write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
        XCTAssertEqual(try ShellHarness.execute("predict in.csv out.csv", in: &session, base: folder), "wrote 2 predictions to out.csv\n")
        let rows = try String(contentsOfFile: folder + "/out.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(rows[0], "id,x2,x1,label,p0,p1,class")
        XCTAssertTrue(rows[1].hasPrefix("a,0.5,1,1,"))
        try "a,b\n1,2\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        XCTAssertEqual(ShellHarness.failure("predict bad.csv out.csv", in: &session, base: folder)?.message,
                       "bad.csv has no column 'x1' (the inputs are x1, x2)")
    }

    func testStepNarratesOneMiniBatch() throws {
        var session = Session()
        try ShellHarness.execute("dataset moons 40; net 2 3 1; set batch 4", in: &session)
        let before = session.model?.network
        let output = try ShellHarness.execute("step", in: &session)
        for part in ["one mini-batch of 4 of 32 training samples", "X  4 × 2", "layer 1: Z1 = X·W1 + b1  (4 × 2)·(2 × 3) + 3 → 4 × 3",
                     "first sample", "loss (bce, mean over the batch)", "‖dL/dW2‖", "‖ΔW1‖", "loss on this batch after the step"] {
            XCTAssertTrue(output.contains(part), part)
        }
        XCTAssertNotEqual(session.model?.network, before)
        XCTAssertEqual(session.model?.trainer.history.count, 0)
    }

    func testGradcheckGivesAVerdict() throws {
        var session = Session()
        try ShellHarness.execute("dataset spiral 60 classes 3; net 2 5 3 tanh; set l2 0.01", in: &session)
        let output = try ShellHarness.execute("gradcheck", in: &session)
        XCTAssertTrue(output.hasPrefix("gradient check on 32 training samples"), output)
        XCTAssertTrue(output.hasSuffix("verdict: OK: every relative error is below 1e-6\n"), output)
    }

    func testHistoryTableAndFile() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("history", in: &session), "no epochs trained yet\n")
        try ShellHarness.execute("dataset moons 40; net 2 3 1; train 4", in: &session)
        let table = try ShellHarness.execute("history 2", in: &session).split(separator: "\n")
        XCTAssertEqual(table.count, 3)
        XCTAssertEqual(table[0], "epoch    loss     acc  val_loss  val_acc")
        XCTAssertTrue(table[2].hasPrefix("    4  "))
        XCTAssertEqual(try ShellHarness.execute("history save h.csv", in: &session, base: folder), "wrote 4 epochs to h.csv\n")
        let rows = try String(contentsOfFile: folder + "/h.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(rows[0], "epoch,loss,acc,val_loss,val_acc")
        XCTAssertEqual(Double(rows[4].split(separator: ",")[1]), session.model?.trainer.history.last?.loss)
        XCTAssertEqual(ShellHarness.failure("history 0", in: &session)?.message, "N must be an integer from 1 to 1000000000, got 0")
    }
}
