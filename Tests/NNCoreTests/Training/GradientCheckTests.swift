import XCTest
@testable import NNCore

/// Backpropagation against finite differences for every activation × loss pair.
final class GradientCheckTests: XCTestCase {
    private func batch(outputs: Int, loss: Loss, rows: Int, random: inout SeededRandom) -> (Matrix<Double>, Matrix<Double>) {
        let x = Matrix(rows: rows, columns: 3, values: random.uniforms(rows * 3, low: -1.5, high: 1.5))
        var y = Matrix<Double>(rows: rows, columns: outputs)
        for r in 0..<rows {
            switch loss {
            case .ce: y[r, Int(random.uniform() * Double(outputs))] = 1
            case .bce: y[r, 0] = random.uniform() < 0.5 ? 0 : 1
            case .mse: for k in 0..<outputs { y[r, k] = random.uniform(-1, 1) }
            }
        }
        return (x, y)
    }

    func testEveryActivationWithEveryLoss() throws {
        let pairs: [(Activation, Loss, Int)] = [
            (.sigmoid, .bce, 1), (.softmax, .ce, 3), (.linear, .mse, 2), (.sigmoid, .mse, 1),
            (.tanh, .mse, 2), (.softmax, .mse, 3), (.relu, .mse, 2), (.leakyRelu, .mse, 2),
        ]
        var random = SeededRandom(seed: 11)
        for hidden in Activation.hiddenCases {
            for (output, loss, units) in pairs {
                var network = try Network<Double>(sizes: [3, 5, 4, units], hidden: hidden, output: output, loss: loss,
                                                  initializer: .xavier, random: &random)
                // Non-zero biases keep every pre-activation off relu's kink at exactly z = 0.
                for l in network.layers.indices {
                    network.layers[l].biases = random.uniforms(network.layers[l].outputs, low: -0.3, high: 0.3)
                }
                let (x, y) = batch(outputs: units, loss: loss, rows: 6, random: &random)
                let errors = try XCTUnwrap(GradientCheck.run(network, inputs: x, targets: y,
                                                             regularization: Regularization(l1: 0.001, l2: 0.01)))
                XCTAssertEqual(errors.count, 3)
                for e in errors {
                    XCTAssertLessThan(e.worst, GradientCheck.tolerance, "\(hidden)/\(output)/\(loss) layer \(e.layer)")
                }
            }
        }
    }

    func testCatchesAWrongGradient() throws {
        var random = SeededRandom(seed: 5)
        let network = try Network<Double>(sizes: [3, 4, 1], hidden: .tanh, output: .sigmoid, loss: .bce,
                                          initializer: .xavier, random: &random)
        let (x, y) = batch(outputs: 1, loss: .bce, rows: 5, random: &random)
        let workspace = Workspace(for: network, batch: 5)
        workspace.input.copy(from: x)
        workspace.targets.copy(from: y)
        network.forward(workspace)
        var gradients = Gradients(zeroFor: network)
        network.backward(workspace, into: &gradients)
        func compare(sample: Int = 1_000) -> [GradientCheck.LayerError]? {
            GradientCheck.compare(network, analytic: gradients, workspace: workspace, regularization: .none, step: 1e-5,
                                  sample: sample, sampling: SeededRandom(seed: 3), shouldStop: { false })
        }
        let good = try XCTUnwrap(compare())
        XCTAssertLessThan(good.map(\.worst).max() ?? 1, GradientCheck.tolerance)
        gradients.weights[1].values[2] *= 1.01
        let bad = try XCTUnwrap(compare())
        XCTAssertLessThan(bad[0].worst, GradientCheck.tolerance)
        XCTAssertGreaterThan(bad[1].weights, 1e-3)
        XCTAssertFalse(bad[0].isSampled)
        let sampled = try XCTUnwrap(compare(sample: 2))
        XCTAssertEqual(sampled.map(\.weightsChecked), [2, 2])
        XCTAssertEqual(sampled.map(\.weightCount), [12, 4])
        XCTAssertTrue(sampled[0].isSampled)
        var polls = 0
        let stopped = GradientCheck.compare(network, analytic: gradients, workspace: workspace, regularization: .none, step: 1e-5,
                                            sample: 1_000, sampling: SeededRandom(seed: 3), shouldStop: { polls += 1; return polls > 5 })
        XCTAssertNil(stopped)
        XCTAssertEqual(polls, 6)
    }
}
