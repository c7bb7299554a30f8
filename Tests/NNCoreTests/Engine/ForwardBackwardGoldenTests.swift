import XCTest
@testable import NNCore

/// Every case of forward_backward.json: outputs, losses and gradients, in Double and Float.
final class ForwardBackwardGoldenTests: XCTestCase {
    private func run<T: NNScalar>(_ c: ForwardBackwardFile.Case, as _: T.Type, tolerance: Double, index: Int) throws {
        let layers = try c.layers.map { layer -> Dense<T> in
            let activation = try XCTUnwrap(Activation(rawValue: layer.activation))
            return Dense(weights: Matrix(layer.weights.map { $0.map { T($0) } }),
                         biases: layer.biases.map { T($0) }, activation: activation)
        }
        let loss = try XCTUnwrap(Loss(rawValue: c.loss))
        let network = try Network<T>(layers: layers, loss: loss)
        let batch = c.inputs.count
        let workspace = Workspace(for: network, batch: batch)
        workspace.input.copy(from: Matrix(c.inputs.map { $0.map { T($0) } }))
        switch c.targets {
        case .rows(let rows):
            workspace.targets.copy(from: Matrix(rows.map { $0.map { T($0) } }))
        case .classes(let classes):
            for (r, k) in classes.enumerated() { workspace.targets[r, k] = 1 }
        }
        network.forward(workspace)
        let regularization = Regularization(l1: c.l1, l2: c.l2)
        let dataLoss = Double(network.dataLoss(workspace))
        let totalLoss = dataLoss + Double(network.penalty(regularization))
        let name = "case \(index) \(c.hidden_activation)/\(c.output_activation)/\(c.loss) \(T.self)"
        assertClose(dataLoss, c.expected_data_loss, relative: tolerance, name)
        assertClose(totalLoss, c.expected_total_loss, relative: tolerance, name)
        var gradients = Gradients(zeroFor: network)
        network.backward(workspace, regularization: regularization, into: &gradients)
        for (l, layer) in c.layers.enumerated() {
            let output = workspace.a[l].values.map { Double($0) }
            for (got, want) in zip(output, layer.expected_output.flatMap { $0 }) {
                assertClose(got, want, relative: tolerance, floor: 1e-6, "\(name) output of layer \(l + 1)")
            }
            for (got, want) in zip(gradients.weights[l].values.map { Double($0) }, layer.expected_weight_grad.flatMap { $0 }) {
                assertClose(got, want, relative: tolerance, floor: 1e-6, "\(name) dW of layer \(l + 1)")
            }
            for (got, want) in zip(gradients.biases[l].map { Double($0) }, layer.expected_bias_grad) {
                assertClose(got, want, relative: tolerance, floor: 1e-6, "\(name) db of layer \(l + 1)")
            }
        }
    }

    func testEveryCaseInDouble() throws {
        let file = try Fixtures.load("forward_backward", as: ForwardBackwardFile.self)
        XCTAssertEqual(file.cases.count, 22)
        for (i, c) in file.cases.enumerated() { try run(c, as: Double.self, tolerance: 1e-9, index: i) }
    }

    func testEveryCaseInFloat() throws {
        let file = try Fixtures.load("forward_backward", as: ForwardBackwardFile.self)
        for (i, c) in file.cases.enumerated() { try run(c, as: Float.self, tolerance: 1e-4, index: i) }
    }
}
