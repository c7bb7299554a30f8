import XCTest
@testable import NNCore

/// Every trajectory of optimizers.json, step by step, through the same walk training uses.
final class OptimizerGoldenTests: XCTestCase {
    func testEveryTrajectory() throws {
        let file = try Fixtures.load("optimizers", as: OptimizerFile.self)
        XCTAssertEqual(Set(file.cases.map(\.optimizer)), Set(OptimizerKind.allCases.map(\.rawValue)))
        for c in file.cases {
            let kind = try XCTUnwrap(OptimizerKind(rawValue: c.optimizer))
            let h = c.hyperparameters
            var settings = OptimizerSettings(kind: kind)
            settings.learningRate = h["lr"] ?? settings.learningRate
            settings.momentum = h["momentum"] ?? settings.momentum
            settings.rho = h["rho"] ?? h["alpha"] ?? settings.rho
            settings.beta1 = h["beta1"] ?? settings.beta1
            settings.beta2 = h["beta2"] ?? settings.beta2
            settings.epsilon = h["eps"] ?? settings.epsilon
            let weights = Matrix(c.initial)
            var network = try Network<Double>(
                layers: [Dense(weights: weights, biases: Array(repeating: 0, count: weights.columns), activation: .linear)],
                loss: .mse)
            var optimizer = Optimizer<Double>(settings)
            var gradients = Gradients(zeroFor: network)
            for (step, (g, expected)) in zip(c.gradients, c.expected_after_each_step).enumerated() {
                gradients.weights[0] = Matrix(g)
                optimizer.update(&network, with: gradients)
                for (got, want) in zip(network.layers[0].weights.values, expected.flatMap { $0 }) {
                    assertClose(got, want, relative: 1e-12, "\(c.optimizer) step \(step + 1)")
                }
            }
        }
    }

    func testResetClearsState() throws {
        var network = try Network<Double>(
            layers: [Dense(weights: Matrix([[1.0]]), biases: [0], activation: .linear)], loss: .mse)
        var optimizer = Optimizer<Double>(OptimizerSettings(kind: .adam))
        var gradients = Gradients(zeroFor: network)
        gradients.weights[0] = Matrix([[0.5]])
        optimizer.update(&network, with: gradients)
        XCTAssertEqual(optimizer.step, 1)
        XCTAssertNotEqual(optimizer.first, [])
        optimizer.reset()
        XCTAssertEqual(optimizer.step, 0)
        XCTAssertEqual(optimizer.first, [])
    }
}
