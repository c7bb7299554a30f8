import XCTest
@testable import NNCore

/// Regression end to end: R², training to a stated loss, and the model file's task.
final class RegressionTrainingTests: XCTestCase {
    func testDeterminationByHand() {
        // y = 1, 2, 3, 4: mean 2.5, Σ(y − ȳ)² = 5; SSE 0.5 → R² = 0.9.
        XCTAssertEqual(Metrics.determination(squaredError: 0.5, targets: [1, 2, 3, 4]), 0.9, accuracy: 1e-12)
        XCTAssertEqual(Metrics.determination(squaredError: 0, targets: [2, 2]), 0)
    }

    func testEvaluateGivesMSEAndR2() throws {
        // One linear unit computing x1 + 1 on targets 1, 2, 4: residuals 0, 0, −1.
        let network = try Network<Float>(layers: [Dense(weights: Matrix(rows: 1, columns: 1, values: [1]), biases: [1],
                                                        activation: .linear)], loss: .mse)
        let trainer = Trainer(network: network, optimizer: OptimizerSettings(kind: .sgd, learningRate: 0.1), shuffleSeed: 0)
        let set = TrainingSet(inputs: Matrix(rows: 3, columns: 1, values: [0, 1, 2]), values: [1, 2, 4])
        let score = trainer.evaluate(set)
        XCTAssertEqual(score.loss, 1.0 / 3, accuracy: 1e-6)
        // ȳ = 7/3, Σ(y − ȳ)² = 14/3, SSE 1 → R² = 1 − 3/14.
        XCTAssertEqual(try XCTUnwrap(score.r2), 1 - 3.0 / 14, accuracy: 1e-6)
        XCTAssertEqual(score.accuracy, 0)
    }

    /// The plane is linear, so one linear unit fits it exactly: below 1e-6 mse in 60 epochs.
    func testPlaneIsFitExactlyByOneLinearUnit() throws {
        let split = try DataSplit(try DataGenerator.plane(count: 400, noise: 0, seed: 0), valFraction: 0.2)
        var random = SeededRandom(seed: 0).derived(1)
        let network = try Network<Float>(sizes: [2, 1], hidden: .relu, output: .linear, loss: .mse,
                                         initializer: .xavier, random: &random)
        var trainer = Trainer(network: network, optimizer: OptimizerSettings(kind: .sgd, learningRate: 0.01), shuffleSeed: 0)
        let train = try TrainingSet(split.train, features: .identity(2))
        let validation = try TrainingSet(split.validation, features: .identity(2))
        _ = trainer.train(train, validation: validation, options: TrainingOptions(epochs: 60))
        let last = try XCTUnwrap(trainer.history.last)
        XCTAssertLessThan(last.loss, 1e-6)
        XCTAssertGreaterThan(try XCTUnwrap(last.validationR2), 0.9999)
        XCTAssertEqual(trainer.network.layers[0].weights.values[0], 0.1, accuracy: 1e-3)
        XCTAssertEqual(trainer.network.layers[0].weights.values[1], 0.1, accuracy: 1e-3)
    }

    func testRegressionModelFileRoundTrip() throws {
        var random = SeededRandom(seed: 2)
        let network = try Network<Float>(sizes: [2, 4, 1], hidden: .tanh, output: .linear, loss: .mse,
                                         initializer: .xavier, random: &random)
        let document = ModelDocument(columns: ["x1", "x2"], features: ["x1", "x2"], normalization: nil, classes: [],
                                     isRegression: true, network: network)
        let text = try document.json()
        XCTAssertTrue(text.contains("\"task\": \"regress\",\n  \"classes\": null,"))
        let read = try ModelDocument.read(text)
        XCTAssertEqual(read, document)
        XCTAssertTrue(read.isRegression)
        XCTAssertEqual(try read.json(), text)
    }

    func testFilesWithoutTaskAreClassifiers() throws {
        let layer = #"[ { "inputs": 2, "outputs": 1, "activation": "linear", "weights": [[0.5], [1]], "biases": [0] } ]"#
        let old = #"{ "format": "nnb-model", "version": 1, "columns": ["x1", "x2"], "features": ["x1", "x2"], "normalization": null, "classes": ["0", "1"], "loss": "mse", "layers": "# + layer + "}"
        let read = try ModelDocument.read(old)
        XCTAssertFalse(read.isRegression)
        XCTAssertEqual(read.classes, ["0", "1"])
        let regress = old.replacingOccurrences(of: #""classes": ["0", "1"]"#, with: #""task": "regress", "classes": null"#)
        XCTAssertTrue(try ModelDocument.read(regress).isRegression)
        for (bad, fragment) in [
            (old.replacingOccurrences(of: #""classes""#, with: #""task": "sort", "classes""#), "\"task\" must be"),
            (old.replacingOccurrences(of: #""classes""#, with: #""task": "regress", "classes""#), "\"classes\": null"),
        ] {
            XCTAssertThrowsError(try ModelDocument.read(bad)) { error in
                XCTAssertTrue("\(error)".contains(fragment), "\(error)")
            }
        }
    }
}
