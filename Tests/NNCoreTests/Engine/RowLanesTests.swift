import XCTest
@testable import NNCore

/// The evaluation pass with rows in vector lanes (`Network.laneOutputs`, `RowLanes`) gives the
/// output layer's z and a with the same bits as the layer-by-layer pass of the `reference`
/// family, for every family this processor runs, every hidden activation, every output, and
/// row counts on and off the block size; and the evaluation built on it scores as before.
final class RowLanesTests: XCTestCase {
    override func tearDown() {
        KernelFamily.active = KernelFamily.best
        super.tearDown()
    }

    private struct Case {
        let sizes: [Int]
        let hidden: Activation
        let output: Activation
        let loss: Loss
    }

    private let cases = [
        Case(sizes: [2, 16, 16, 1], hidden: .relu, output: .sigmoid, loss: .bce),
        Case(sizes: [3, 5, 7, 4], hidden: .tanh, output: .softmax, loss: .ce),
        Case(sizes: [4, 9, 3], hidden: .leakyRelu, output: .linear, loss: .mse),
        Case(sizes: [5, 17, 1], hidden: .sigmoid, output: .sigmoid, loss: .bce),
        Case(sizes: [2, 8, 8, 8, 2], hidden: .linear, output: .softmax, loss: .ce),
        Case(sizes: [1, 1], hidden: .relu, output: .linear, loss: .mse),
        Case(sizes: [6, 33, 64, 10], hidden: .relu, output: .softmax, loss: .ce),
    ]

    private func network(_ c: Case, seed: UInt64) throws -> Network<Float> {
        var random = SeededRandom(seed: seed)
        var network = try Network<Float>(sizes: c.sizes, hidden: c.hidden, output: c.output, loss: c.loss,
                                         initializer: .xavier, random: &random)
        // Non-zero biases, and some exactly zero weights, so sums meet ±0 and the bias matters.
        for l in network.layers.indices {
            network.layers[l].biases = random.uniforms(network.layers[l].outputs, low: -0.5, high: 0.5).map { Float($0) }
            network.layers[l].weights.values[0] = 0
        }
        return network
    }

    private func inputs(rows: Int, columns: Int, seed: UInt64) -> Matrix<Float> {
        var random = SeededRandom(seed: seed)
        var values = random.uniforms(rows * columns, low: -3, high: 3).map { Float($0) }
        if !values.isEmpty { values[0] = 0 }
        return Matrix(rows: rows, columns: columns, values: values)
    }

    /// Bits of the output layer's z and a: through the lane pass when `lanes` (nil when it
    /// declines), else through the layer-by-layer pass.
    private func outputBits(_ network: Network<Float>, _ x: Matrix<Float>, family: KernelFamily,
                            lanes: Bool) -> [UInt32]? {
        KernelFamily.active = family
        let count = x.rows * network.outputWidth
        return x.values.withUnsafeBufferPointer { p -> [UInt32]? in
            let input = p.baseAddress!
            if lanes {
                var z = [Float](repeating: 0, count: count), a = z
                let ran = z.withUnsafeMutableBufferPointer { zp in
                    a.withUnsafeMutableBufferPointer { ap in
                        network.laneOutputs(rows: x.rows, input: input, chunk: x.rows, z: zp.baseAddress!, a: ap.baseAddress!)
                    }
                }
                return ran ? (z + a).map(\.bitPattern) : nil
            }
            let workspace = Workspace(for: network, batch: x.rows)
            network.forward(workspace, input: MatrixView(base: UnsafeMutablePointer(mutating: input), rows: x.rows,
                                                         columns: x.columns))
            let last = network.layers.count - 1
            return (Array(workspace.z[last].buffer) + Array(workspace.a[last].buffer)).map(\.bitPattern)
        }
    }

    /// Fails with the first differing position rather than both arrays.
    private func assertSameBits(_ got: [UInt32], _ expected: [UInt32], _ what: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(got.count, expected.count, what, file: file, line: line)
        if let i = (0..<min(got.count, expected.count)).first(where: { got[$0] != expected[$0] }) {
            XCTFail("\(what): value \(i) is \(Float(bitPattern: got[i])), expected \(Float(bitPattern: expected[i]))",
                    file: file, line: line)
        }
    }

    func testTheLanePassGivesTheBitsOfTheLayerByLayerPass() throws {
        var seed: UInt64 = 10
        for c in cases {
            for rows in [1, 7, 8, 31, 32, 33, 64, 65, 100, 256] {
                seed += 1
                let net = try network(c, seed: seed)
                let x = inputs(rows: rows, columns: c.sizes[0], seed: seed + 1000)
                let expected = try XCTUnwrap(outputBits(net, x, family: .reference, lanes: false))
                let what = "\(c.sizes) \(c.hidden) → \(c.output), \(rows) rows"
                // The reference family keeps its plain loops; every other family runs the lanes.
                XCTAssertNil(outputBits(net, x, family: .reference, lanes: true), what)
                for family in KernelFamily.supported where family != .reference {
                    let got = try XCTUnwrap(outputBits(net, x, family: family, lanes: true), "\(family) \(what)")
                    assertSameBits(got, expected, "\(family) \(what)")
                }
            }
        }
    }

    func testProductsTooLargeForOwnKernelsFallBackToTheLayerByLayerPass() throws {
        // 256 rows through 784 → 128 goes to BLAS when it is allowed: the lane pass must not
        // replace it, or the bits would change with the pass.
        let c = Case(sizes: [784, 128, 10], hidden: .relu, output: .softmax, loss: .ce)
        let net = try network(c, seed: 3)
        let x = inputs(rows: 256, columns: 784, seed: 4)
        XCTAssertNil(outputBits(net, x, family: KernelFamily.best, lanes: true))
        assertSameBits(net.floatOutputs(x, chunk: 256).values.map(\.bitPattern),
                       net.outputs(x, chunk: 256).values.map(\.bitPattern), "784-128-10")
    }

    func testFloatOutputsMatchTheGenericOutputs() throws {
        for (index, c) in cases.enumerated() {
            let net = try network(c, seed: UInt64(50 + index))
            let x = inputs(rows: 300, columns: c.sizes[0], seed: UInt64(90 + index))
            KernelFamily.active = KernelFamily.best
            assertSameBits(net.floatOutputs(x, chunk: 128).values.map(\.bitPattern),
                           net.outputs(x, chunk: 128).values.map(\.bitPattern), "\(c.sizes)")
        }
    }

    func testEvaluationScoresWithTheBitsOfTheChunkedLayerByLayerPass() throws {
        // 600 rows: two full 256-row chunks and a partial one, for classes and for a regression.
        for (index, c) in cases.enumerated() {
            let net = try network(c, seed: UInt64(200 + index))
            let x = inputs(rows: 600, columns: c.sizes[0], seed: UInt64(300 + index))
            var random = SeededRandom(seed: UInt64(400 + index))
            let classes = net.classCount
            let set = c.loss == .mse
                ? TrainingSet(inputs: x, values: random.uniforms(600, low: -2, high: 2).map { Float($0) })
                : TrainingSet(inputs: x, labels: (0..<600).map { _ in Int(random.uniforms(1, low: 0, high: Double(classes))[0]) })
            let trainer = Trainer(network: net, optimizer: OptimizerSettings(), shuffleSeed: 1)
            KernelFamily.active = .reference
            let expected = trainer.evaluate(set)
            for family in KernelFamily.supported {
                KernelFamily.active = family
                let got = trainer.evaluate(set)
                XCTAssertEqual(got.loss.bitPattern, expected.loss.bitPattern, "\(family) \(c.sizes) loss")
                XCTAssertEqual(got.accuracy, expected.accuracy, "\(family) \(c.sizes) accuracy")
                XCTAssertEqual(got.r2?.bitPattern, expected.r2?.bitPattern, "\(family) \(c.sizes) r2")
            }
        }
    }
}
