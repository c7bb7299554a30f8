import XCTest
@testable import NNCore

/// Model files: bit-exact round trips, and refusals of anything malformed.
final class ModelDocumentTests: XCTestCase {
    private func trainedDocument() throws -> ModelDocument {
        var random = SeededRandom(seed: 3)
        var network = try Network<Float>(sizes: [2, 5, 3], hidden: .tanh, output: .softmax, loss: .ce,
                                         initializer: .xavier, random: &random)
        for l in network.layers.indices {
            network.layers[l].biases = random.uniforms(network.layers[l].outputs, low: -1, high: 1).map { Float($0) }
        }
        var optimizer = Optimizer<Float>(OptimizerSettings(kind: .adam, learningRate: 0.003))
        var gradients = Gradients(zeroFor: network)
        gradients.weights[0].values = gradients.weights[0].values.map { _ in Float(random.uniform(-1, 1)) }
        optimizer.update(&network, with: gradients)
        return ModelDocument(columns: ["x1", "x2"], features: ["x1", "x2"],
                             normalization: Standardizer(mean: [0.5, 0.25], std: [0.87, 0.5]),
                             classes: ["a", "b", "c"], network: network, optimizer: optimizer)
    }

    func testRoundTripIsBitExact() throws {
        let document = try trainedDocument()
        let text = try document.json()
        let read = try ModelDocument.read(text)
        XCTAssertEqual(read, document)
        var random = SeededRandom(seed: 8)
        let inputs = Matrix(rows: 50, columns: 2, values: random.uniforms(100, low: -3, high: 3).map { Float($0) })
        let before = document.network.outputs(inputs)
        let after = read.network.outputs(inputs)
        XCTAssertEqual(before.values.map(\.bitPattern), after.values.map(\.bitPattern))
        XCTAssertEqual(try read.json(), text)
    }

    func testReadsTheSpecExampleShape() throws {
        let text = """
        { "format": "nnb-model", "version": 1, "columns": ["x1", "x2"], "features": ["x1", "x2"],
          "normalization": null, "classes": ["0", "1"], "loss": "bce", "future_key": {"ignored": [1, 2]},
          "layers": [ { "inputs": 2, "outputs": 1, "activation": "sigmoid", "weights": [[0.5], [-1e-3]], "biases": [0.1] } ] }
        """
        let read = try ModelDocument.read(text)
        XCTAssertEqual(read.network.layers[0].weights.values, [0.5, -0.001])
        XCTAssertNil(read.normalization)
        XCTAssertNil(read.optimizer)
    }

    private func assertRefused(_ text: String, mentioning fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ModelDocument.read(text), file: file, line: line) { error in
            let message = (error as? ModelFileError)?.message ?? ""
            XCTAssertTrue(message.contains(fragment), "'\(message)' does not mention '\(fragment)'", file: file, line: line)
        }
    }

    func testRefusesMalformedFiles() throws {
        let good = try trainedDocument().json()
        assertRefused(String(good.prefix(good.count / 2)), mentioning: "truncated")
        assertRefused("", mentioning: "truncated")
        assertRefused("[1, 2]", mentioning: "format")
        assertRefused(good.replacingOccurrences(of: "\"nnb-model\"", with: "\"keras\""), mentioning: "unknown format 'keras'")
        assertRefused(good.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"), mentioning: "unknown version 2")
        assertRefused(good.replacingOccurrences(of: "\"outputs\": 5", with: "\"outputs\": 4"), mentioning: "expected 4")
        assertRefused(good.replacingOccurrences(of: "\"classes\": [\"a\", \"b\", \"c\"]", with: "\"classes\": [\"a\", \"b\"]"),
                      mentioning: "2 classes")
        assertRefused(good.replacingOccurrences(of: "\"features\": [\"x1\", \"x2\"]", with: "\"features\": [\"x1\"]"),
                      mentioning: "1 features")
        assertRefused(good.replacingOccurrences(of: "\"activation\": \"tanh\"", with: "\"activation\": \"swish\""),
                      mentioning: "activation")
        assertRefused(good.replacingOccurrences(of: "\"loss\": \"ce\"", with: "\"loss\": \"bce\""), mentioning: "sigmoid")
        assertRefused(good.replacingOccurrences(of: "\"std\": [0.87, 0.5]", with: "\"std\": [0.87]"), mentioning: "normalization")
        assertRefused(good.replacingOccurrences(of: "\"kind\": \"adam\"", with: "\"kind\": \"lion\""), mentioning: "optimizer.kind")
        assertRefused(good + "}", mentioning: "after the end")
    }

    func testRefusesToWriteNonFiniteWeights() throws {
        var document = try trainedDocument()
        document.network.layers[0].weights.values[0] = .nan
        XCTAssertThrowsError(try document.json())
    }

    func testJSONParserKeepsNumberText() throws {
        let value = try JSONParser.parse(#"{"a": [0.1, -2e-7, 3], "s": "q\"\u00e9\n"}"#)
        XCTAssertEqual(value["a"]?.array?.compactMap { $0.number(Float.self) }, [0.1, -2e-7, 3])
        XCTAssertEqual(value["s"]?.string, "q\"é\n")
        XCTAssertThrowsError(try JSONParser.parse("{\"a\": 01x}"))
        XCTAssertThrowsError(try JSONParser.parse(String(repeating: "[", count: 1000)))
    }
}
