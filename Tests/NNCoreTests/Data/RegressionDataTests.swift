import Foundation
import XCTest
@testable import NNCore

/// `plane` and `multigauss` against fixtures computed independently
/// (`Fixtures/datasets/make_regression_fixtures.py`), and regression data through CSV and splits.
final class RegressionDataTests: XCTestCase {
    private struct FixtureCase: Decodable {
        let file: String
        let generator: String
        let count: Int
        let noise: Double
        let seed: UInt64
    }

    private func fixture(_ file: String) throws -> (inputs: [Double], targets: [Double]) {
        let name = String(file.dropLast(4))
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/datasets"))
        var inputs: [Double] = [], targets: [Double] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = try line.split(separator: ",").map { try XCTUnwrap(Double(String($0))) }
            inputs += fields[0..<2]
            targets.append(fields[2])
        }
        return (inputs, targets)
    }

    func testGeneratorsMatchTheFixturesBitForBit() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "regression_manifest", withExtension: "json",
                                                  subdirectory: "Fixtures/datasets"))
        let cases = try JSONDecoder().decode([FixtureCase].self, from: Data(contentsOf: url))
        XCTAssertEqual(cases.count, 4)
        for c in cases {
            let data = c.generator == "plane"
                ? try DataGenerator.plane(count: c.count, noise: c.noise, seed: c.seed)
                : try DataGenerator.multigauss(count: c.count, noise: c.noise, seed: c.seed)
            let expected = try fixture(c.file)
            XCTAssertEqual(data.columns, ["x1", "x2"])
            XCTAssertEqual(data.rows, c.count)
            XCTAssertTrue(data.classes.isEmpty)
            XCTAssertEqual(data.inputs.map(\.bitPattern), expected.inputs.map(\.bitPattern), c.file)
            XCTAssertEqual(try XCTUnwrap(data.targets).map(\.bitPattern), expected.targets.map(\.bitPattern), c.file)
        }
    }

    /// The spec's formulas on hand-picked points: the first point of seed 0 and a centre.
    func testFormulasOnKnownPoints() throws {
        let plane = try DataGenerator.plane(count: 1, noise: 0, seed: 0)
        XCTAssertEqual(try XCTUnwrap(plane.targets)[0], (plane.inputs[0] + plane.inputs[1]) / 10)
        XCTAssertTrue(plane.inputs.allSatisfy { (-6.0..<6.0).contains($0) })
        let many = try DataGenerator.multigauss(count: 2000, noise: 0, seed: 1)
        let targets = try XCTUnwrap(many.targets)
        XCTAssertTrue(targets.allSatisfy { (-1.0...1.0).contains($0) })
        // Near (4, 2.5) the + centre dominates; near (0, 2.5) the − one.
        for row in 0..<many.rows {
            let x = many.inputs[2 * row], y = many.inputs[2 * row + 1]
            let d = ((x - 4) * (x - 4) + (y - 2.5) * (y - 2.5)).squareRoot()
            if d < 1 { XCTAssertEqual(targets[row], 1 - d / 2, accuracy: 1e-12) }
            let e = (x * x + (y - 2.5) * (y - 2.5)).squareRoot()
            if e < 1 { XCTAssertEqual(targets[row], -(1 - e / 2), accuracy: 1e-12) }
        }
    }

    /// Noise moves where the target is read, not the point: the positions are the same at every
    /// noise level for one seed.
    func testNoiseShiftsTheTargetNotThePoint() throws {
        let clean = try DataGenerator.plane(count: 20, noise: 0, seed: 5)
        let noisy = try DataGenerator.plane(count: 20, noise: 0.5, seed: 5)
        XCTAssertEqual(clean.inputs, noisy.inputs)
        XCTAssertNotEqual(clean.targets, noisy.targets)
    }

    func testRefusesBadSettings() {
        XCTAssertThrowsError(try DataGenerator.plane(count: 0, noise: 0, seed: 0))
        XCTAssertThrowsError(try DataGenerator.multigauss(count: 10, noise: -1, seed: 0))
    }

    func testCSVRoundTripAndSplitKeepTargets() throws {
        let data = try DataGenerator.multigauss(count: 30, noise: 0.1, seed: 2)
        let read = try LabeledData.fromCSV(try CSVTable.parse(data.csvText()), regression: true)
        XCTAssertEqual(read, data)
        let split = try DataSplit(read, valFraction: 0.2, shuffleSeed: 4)
        XCTAssertEqual(split.train.rows, 24)
        let permutation = { var random = SeededRandom(seed: 4); return random.permutation(30) }()
        XCTAssertEqual(try XCTUnwrap(split.validation.targets), permutation[24...].map { data.targets?[$0] ?? .nan })
        XCTAssertEqual(split.validation.classCounts, [])
        XCTAssertNil(split.train.relabeled(to: ["0", "1"]))
    }

    func testCSVRegressionTargetMustBeANumber() throws {
        let table = try CSVTable.parse("a,b,y\n1,2,0.5\n3,4,big\n")
        XCTAssertThrowsError(try LabeledData.fromCSV(table, regression: true)) { error in
            XCTAssertEqual("\(error)", "line 3: column 'y': 'big' is not a number; a regression target must be numeric (use task classify for class names)")
        }
        let classes = try LabeledData.fromCSV(table)
        XCTAssertEqual(classes.classes, ["0.5", "big"])
        XCTAssertFalse(classes.isRegression)
    }
}
