import Foundation
import XCTest
@testable import NNShell

/// Regression data through the shell: the spec's `dataset plane|multigauss`, `task regress`,
/// metrics without accuracy, `expect r2`, `predict`, model files and refusals.
final class RegressionCommandTests: XCTestCase {
    func testPlaneLineNetDefaultsAndMetrics() throws {
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("dataset plane", in: &session),
                       "plane: 500 points, 2 features, 1 target, train 400 / val 100\n")
        XCTAssertEqual(try ShellHarness.execute("net 2 1", in: &session),
                       "network 2-1: no hidden layer, linear output, mse loss, he init, 3 parameters\n")
        let trained = try ShellHarness.execute("train 40 lr 0.01 every 20", in: &session)
        let lines = trained.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        for line in lines {
            XCTAssertNil(line.range(of: "acc"), line)
            XCTAssertNotNil(line.range(of: #"loss \d\.\d{4}  val_loss \d\.\d{4}  r2 \d\.\d{4}  val_r2 \d\.\d{4}$"#, options: .regularExpression), line)
        }
        let metrics = try XCTUnwrap(session.lastEvaluation)
        XCTAssertLessThan(metrics.loss, 1e-4)
        XCTAssertGreaterThan(try XCTUnwrap(metrics.validationR2), 0.999)
        XCTAssertEqual(try ShellHarness.execute("expect val_r2 >= 0.99", in: &session), "ok: val_r2 \(NumberFormat.fixed4(metrics.validationR2 ?? 0)) >= 0.99\n")
        XCTAssertEqual(ShellHarness.failure("expect acc > 0", in: &session)?.message,
                       "no acc for regression: use r2 or val_r2 (or loss, val_loss)")
        // The plane is (x1 + x2)/10: at (1, 2) the fitted unit predicts 0.3.
        XCTAssertEqual(try ShellHarness.execute("predict 1 2", in: &session), "prediction 0.3000\n")
        let eval = try ShellHarness.execute("eval", in: &session)
        let summary = try XCTUnwrap(lines.last?.components(separatedBy: "in all: ").last)
        XCTAssertEqual(eval, summary + "\n")
    }

    func testSeedGivesTheGeneratorsPoints() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute("seed 11; dataset multigauss 200 noise 0.2; dataset save mg.csv", in: &session, base: folder)
        let fixture = Repository.url("Tests/NNCoreTests/Fixtures/datasets/multigauss_03.csv")
        let expected = try String(contentsOf: fixture, encoding: .utf8)
        XCTAssertEqual(try String(contentsOfFile: folder + "/mg.csv", encoding: .utf8), expected)
    }

    func testLoadedCSVAsRegressionPredictsAColumn() throws {
        let folder = ShellHarness.scratchFolder()
        try "a,b,y\n1,2,0.3\n2,1,0.3\n0,0,0\n3,3,0.6\n-1,-2,-0.3\n".write(toFile: folder + "/r.csv", atomically: true, encoding: .utf8)
        try "a,b,prediction\n1,1,9\n".write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("dataset load r.csv task regress val 0", in: &session, base: folder),
                       "r.csv: 5 points, 2 features, 1 target, train 5 / val 0\n")
        try ShellHarness.execute("net 2 1; train 300 lr 0.05", in: &session, base: folder)
        XCTAssertEqual(try ShellHarness.execute("predict in.csv out.csv", in: &session, base: folder), "wrote 1 predictions to out.csv\n")
        let written = try String(contentsOfFile: folder + "/out.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(written.first, "a,b,prediction,predicted_prediction")
        let value = try XCTUnwrap(Double(String(written[1].split(separator: ",")[3])))
        XCTAssertEqual(value, 0.2, accuracy: 0.01)
        let history = try ShellHarness.execute("history 1", in: &session)
        XCTAssertEqual(history.split(separator: "\n").first, "epoch    loss  val_loss      r2  val_r2")
    }

    func testSaveLoadRoundTripKeepsTheTask() throws {
        let folder = ShellHarness.scratchFolder()
        var trained = Session()
        try ShellHarness.execute("dataset multigauss 200; net 2 6 1 tanh; train 5 lr 0.05; save mg.json", in: &trained, base: folder)
        let text = try String(contentsOfFile: folder + "/mg.json", encoding: .utf8)
        XCTAssertTrue(text.contains("\"task\": \"regress\",\n  \"classes\": null,"))
        let expected = try ShellHarness.execute("predict 0.5 -2", in: &trained)
        var fresh = Session()
        XCTAssertEqual(try ShellHarness.execute("load mg.json", in: &fresh, base: folder),
                       "loaded 2-6-1 from mg.json: inputs x1 x2, features x1 x2, normalize off, regression (1 target)\n")
        XCTAssertEqual(try ShellHarness.execute("predict 0.5 -2", in: &fresh), expected)
        XCTAssertTrue(expected.hasPrefix("prediction "))
        XCTAssertEqual(fresh.model?.network, trained.model?.network)
    }

    func testRefusalsNameTheFix() throws {
        var session = Session()
        try ShellHarness.execute("dataset plane 100", in: &session)
        XCTAssertEqual(ShellHarness.failure("net 2 4 2", in: &session)?.message,
                       "the last size must be 1 for regression (one number to predict), got 2")
        try ShellHarness.execute("dataset moons 100; net 2 1; dataset plane 100", in: &session)
        XCTAssertEqual(ShellHarness.failure("train 1", in: &session)?.message,
                       "the network is a classifier but the data has a number to predict (regression): define a new one, e.g. 'net 2 8 1'")
        try ShellHarness.execute("net 2 1; train 2 lr 0.01", in: &session)
        XCTAssertEqual(ShellHarness.failure("plot accuracy", in: &session)?.message,
                       "regression has no accuracy: 'plot loss' (or 'plot history') shows how the fit goes, and 'eval' prints r2")
        var classifier = Session()
        try ShellHarness.execute("dataset moons 100; net 2 1; train 2", in: &classifier)
        XCTAssertEqual(ShellHarness.failure("expect r2 > 0", in: &classifier)?.message,
                       "no r2 for classification: use acc or val_acc (or loss, val_loss)")
    }
}
