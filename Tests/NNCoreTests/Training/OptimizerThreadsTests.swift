import XCTest
@testable import NNCore

/// Every optimizer moves a large tensor, updated in parts on several threads, to the same bits
/// as on one thread.
final class OptimizerThreadsTests: XCTestCase {
    override func tearDown() {
        OwnThreads.count = 1
        super.tearDown()
    }

    /// The network after three steps of `kind` on `threads` threads, from fixed weights and
    /// gradients (a 200 × 201 weight matrix: 40,200 parameters, above the split's threshold).
    private func stepped(_ kind: OptimizerKind, threads: Int) throws -> Network<Float> {
        OwnThreads.count = threads
        var random = SeededRandom(seed: 4)
        var network = try Network<Float>(sizes: [200, 201, 3], hidden: .relu, output: .softmax,
                                         loss: .natural(for: .softmax), initializer: .xavier, random: &random)
        var gradients = Gradients(zeroFor: network)
        for l in gradients.weights.indices {
            gradients.weights[l].values = random.uniforms(gradients.weights[l].values.count, low: -1, high: 1).map { Float($0) }
            gradients.biases[l] = random.uniforms(gradients.biases[l].count, low: -1, high: 1).map { Float($0) }
        }
        var optimizer = Optimizer<Float>(OptimizerSettings(kind: kind, learningRate: 0.01))
        for _ in 0..<3 { optimizer.update(&network, with: gradients) }
        return network
    }

    func testEveryOptimizerGivesTheSameBitsOnSeveralThreads() throws {
        for kind in [OptimizerKind.sgd, .momentum, .nesterov, .rmsprop, .adam] {
            let one = try stepped(kind, threads: 1)
            for threads in [2, 3] {
                let parts = try stepped(kind, threads: threads)
                for l in one.layers.indices {
                    XCTAssertEqual(parts.layers[l].weights.values.map(\.bitPattern), one.layers[l].weights.values.map(\.bitPattern),
                                   "\(kind) layer \(l) weights on \(threads) threads")
                    XCTAssertEqual(parts.layers[l].biases.map(\.bitPattern), one.layers[l].biases.map(\.bitPattern),
                                   "\(kind) layer \(l) biases on \(threads) threads")
                }
            }
        }
    }
}
