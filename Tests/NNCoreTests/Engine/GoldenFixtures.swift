import Foundation
import XCTest

/// The PyTorch float64 reference values shipped in Fixtures/.
struct ForwardBackwardFile: Decodable {
    struct Layer: Decodable {
        let inputs: Int
        let outputs: Int
        let activation: String
        let weights: [[Double]]
        let biases: [Double]
        let expected_output: [[Double]]
        let expected_weight_grad: [[Double]]
        let expected_bias_grad: [Double]
    }

    /// Targets are rows of numbers, or class indices for `ce`.
    enum Targets: Decodable {
        case rows([[Double]])
        case classes([Int])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let rows = try? container.decode([[Double]].self) {
                self = .rows(rows)
            } else {
                self = .classes(try container.decode([Int].self))
            }
        }
    }

    struct Case: Decodable {
        let hidden_activation: String
        let output_activation: String
        let loss: String
        let l2: Double
        let l1: Double
        let inputs: [[Double]]
        let targets: Targets
        let expected_data_loss: Double
        let expected_total_loss: Double
        let layers: [Layer]
    }

    let cases: [Case]
}

struct OptimizerFile: Decodable {
    struct Case: Decodable {
        let optimizer: String
        let hyperparameters: [String: Double]
        let initial: [[Double]]
        let gradients: [[[Double]]]
        let expected_after_each_step: [[[Double]]]
    }

    let cases: [Case]
}

enum Fixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// |a − b| ≤ tolerance·max(|a|, |b|, floor), in the spirit of `isApproximatelyEqual(to:relativeTolerance:)`.
func assertClose(_ a: Double, _ b: Double, relative tolerance: Double, floor: Double = 1e-12,
                 _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    let scale = max(abs(a), abs(b), floor)
    XCTAssertLessThanOrEqual(abs(a - b), tolerance * scale, "\(a) vs \(b) \(message())", file: file, line: line)
}
