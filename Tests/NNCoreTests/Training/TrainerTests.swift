import XCTest
@testable import NNCore

/// End-to-end training on the toy problems, small enough for a debug build.
final class TrainerTests: XCTestCase {
    private struct Run {
        var trainer: Trainer
        var train: TrainingSet
        var validation: TrainingSet
    }

    private func setUp(_ data: LabeledData, sizes: [Int], hidden: Activation = .relu, output: Activation = .sigmoid,
                       optimizer: OptimizerSettings, seed: UInt64 = 0) throws -> Run {
        let split = try DataSplit(data, valFraction: 0.2)
        let features = FeatureSet.identity(data.width)
        var random = SeededRandom(seed: seed).derived(1)
        let network = try Network<Float>(sizes: sizes, hidden: hidden, output: output, loss: .natural(for: output),
                                         initializer: .natural(for: hidden), random: &random)
        return Run(trainer: Trainer(network: network, optimizer: optimizer, shuffleSeed: seed),
                   train: try TrainingSet(split.train, features: features),
                   validation: try TrainingSet(split.validation, features: features))
    }

    func testMoonsReachesNinetySevenPercent() throws {
        var run = try setUp(try DataGenerator.moons(count: 1000, noise: 0.2, seed: 0), sizes: [2, 16, 16, 1],
                            optimizer: OptimizerSettings(kind: .sgd, learningRate: 0.1))
        let report = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 200, batchSize: 32))
        XCTAssertEqual(report, TrainingReport(outcome: .completed, epochsRun: 200))
        XCTAssertEqual(run.trainer.history.count, 200)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(run.trainer.history.last?.validationAccuracy), 0.97)
    }

    /// Three arms with light noise (at noise 0.1 the arms overlap near the centre and no
    /// network can pass 0.8).
    func testSpiralWithSoftmaxAndAdam() throws {
        var run = try setUp(try DataGenerator.spiral(count: 600, noise: 0.03, arms: 3, seed: 1), sizes: [2, 32, 32, 3],
                            output: .softmax, optimizer: OptimizerSettings(kind: .adam, learningRate: 0.01))
        _ = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 150, batchSize: 32))
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(run.trainer.history.last?.validationAccuracy), 0.95)
    }

    func testXor() throws {
        var run = try setUp(try DataGenerator.xor(count: 500, noise: 0, seed: 2), sizes: [2, 8, 8, 1], hidden: .tanh,
                            optimizer: OptimizerSettings(kind: .adam, learningRate: 0.02))
        _ = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 100, batchSize: 32))
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(run.trainer.history.last?.validationAccuracy), 0.95)
    }

    func testSameSeedGivesIdenticalHistories() throws {
        func history() throws -> History {
            var run = try setUp(try DataGenerator.moons(count: 200, noise: 0.2, seed: 4), sizes: [2, 8, 1],
                                optimizer: OptimizerSettings(kind: .momentum, learningRate: 0.05), seed: 9)
            _ = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 15, batchSize: 16))
            return run.trainer.history
        }
        let first = try history()
        let second = try history()
        XCTAssertEqual(first.count, 15)
        for (a, b) in zip(first.epochs, second.epochs) {
            XCTAssertEqual(a.loss.bitPattern, b.loss.bitPattern)
            XCTAssertEqual(a.validationLoss?.bitPattern, b.validationLoss?.bitPattern)
            XCTAssertEqual(a.accuracy, b.accuracy)
        }
    }

    func testLastPartialBatchIsUsed() throws {
        // 10 training rows in batches of 4: steps of 4, 4 and 2 rows. With sgd the update from the
        // last two rows must move the weights, so a run over rows 0..<8 alone ends elsewhere.
        let data = try DataGenerator.moons(count: 10, noise: 0.1, seed: 3)
        let features = FeatureSet.identity(2)
        var random = SeededRandom(seed: 1)
        let network = try Network<Float>(sizes: [2, 3, 1], hidden: .tanh, output: .sigmoid, loss: .bce,
                                         initializer: .xavier, random: &random)
        let settings = OptimizerSettings(kind: .sgd, learningRate: 0.5)
        let full = try TrainingSet(data, features: features)
        let cut = try TrainingSet(data.subset(Array(0..<8)), features: features)
        var a = Trainer(network: network, optimizer: settings, shuffleSeed: 0)
        var b = Trainer(network: network, optimizer: settings, shuffleSeed: 0)
        _ = a.train(full, validation: nil, options: TrainingOptions(epochs: 1, batchSize: 4))
        _ = b.train(cut, validation: nil, options: TrainingOptions(epochs: 1, batchSize: 4))
        XCTAssertEqual(a.optimizer.step, 3)
        XCTAssertEqual(b.optimizer.step, 2)
    }

    func testEarlyStoppingRestoresTheBestWeights() throws {
        var run = try setUp(try DataGenerator.moons(count: 60, noise: 0.4, seed: 5), sizes: [2, 64, 64, 1],
                            optimizer: OptimizerSettings(kind: .adam, learningRate: 0.05))
        let report = run.trainer.train(run.train, validation: run.validation,
                                       options: TrainingOptions(epochs: 400, batchSize: 8, patience: 10))
        guard case .earlyStopped(let best) = report.outcome else {
            return XCTFail("expected an early stop on a tiny noisy set, got \(report.outcome)")
        }
        let bestLoss = try XCTUnwrap(run.trainer.history.epochs[best - 1].validationLoss)
        XCTAssertEqual(run.trainer.history.epochs.compactMap(\.validationLoss).min(), bestLoss)
        XCTAssertEqual(report.epochsRun, best + 10)
        XCTAssertEqual(run.trainer.evaluate(run.validation).loss, bestLoss, accuracy: 1e-6)
    }

    func testInterruptStopsBetweenBatchesAndKeepsWeights() throws {
        var run = try setUp(try DataGenerator.moons(count: 200, noise: 0.2, seed: 6), sizes: [2, 8, 1],
                            optimizer: OptimizerSettings(kind: .sgd, learningRate: 0.1))
        var polls = 0
        let before = run.trainer.network
        let report = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 50, batchSize: 32),
                                       shouldStop: { polls += 1; return polls > 12 })
        XCTAssertEqual(report.outcome, .interrupted)
        XCTAssertEqual(run.trainer.optimizer.step, 12)
        XCTAssertNotEqual(run.trainer.network, before)
        XCTAssertEqual(run.trainer.history.count, 3, "two whole epochs and the interrupted one")
    }

    func testDivergenceRollsBackToTheLastFiniteEpoch() throws {
        var run = try setUp(try DataGenerator.moons(count: 200, noise: 0.2, seed: 7), sizes: [2, 16, 1], output: .linear,
                            optimizer: OptimizerSettings(kind: .sgd, learningRate: 10))
        let report = run.trainer.train(run.train, validation: run.validation, options: TrainingOptions(epochs: 100, batchSize: 16))
        guard case .diverged(let epoch, _) = report.outcome else { return XCTFail("expected divergence, got \(report.outcome)") }
        XCTAssertEqual(run.trainer.history.count, epoch - 1)
        for layer in run.trainer.network.layers {
            XCTAssertTrue(layer.weights.values.allSatisfy(\.isFinite))
        }
    }
}
