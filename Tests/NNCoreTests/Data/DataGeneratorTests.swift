import Foundation
import XCTest
@testable import NNCore

/// Generated sets against CSV fixtures written by the reference generators
/// (`Fixtures/datasets/make_fixtures.py`, which lists each case in `manifest.json`).
final class DataGeneratorTests: XCTestCase {
    /// One manifest entry: the fixture file and the generator settings that made it.
    private struct FixtureCase: Decodable {
        let file: String
        let generator: String
        let count: Int
        let seed: UInt64
        let noise: Double?
        let factor: Double?
        let arms: Int?
        let centers: Int?
        let std: Double?
        let features: Int?
        let classes: Int?
        let centerScale: Double?
    }

    /// A fixture's header, row-major values and labels, read with a plain split of the text.
    private struct Fixture {
        var header: [String] = []
        var values: [Double] = []
        var labels: [Int] = []
    }

    private func fixtureURL(_ name: String, _ ext: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: ext,
                                        subdirectory: "Fixtures/datasets"),
                      "missing fixture \(name).\(ext)")
    }

    private func loadFixture(_ name: String) throws -> Fixture {
        let text = try String(contentsOf: fixtureURL(name, "csv"), encoding: .utf8)
        var lines = text.split(separator: "\n")
        var fixture = Fixture()
        fixture.header = lines.removeFirst().split(separator: ",").map(String.init)
        for line in lines {
            let fields = line.split(separator: ",")
            for field in fields.dropLast() {
                fixture.values.append(try XCTUnwrap(Double(String(field))))
            }
            fixture.labels.append(try XCTUnwrap(Int(String(fields[fields.count - 1]))))
        }
        return fixture
    }

    private func generate(_ c: FixtureCase) throws -> LabeledData {
        switch c.generator {
        case "moons":
            return try DataGenerator.moons(count: c.count, noise: XCTUnwrap(c.noise), seed: c.seed)
        case "circles":
            return try DataGenerator.circles(count: c.count, noise: XCTUnwrap(c.noise),
                                             factor: XCTUnwrap(c.factor), seed: c.seed)
        case "xor":
            return try DataGenerator.xor(count: c.count, noise: XCTUnwrap(c.noise), seed: c.seed)
        case "spiral":
            return try DataGenerator.spiral(count: c.count, noise: XCTUnwrap(c.noise),
                                            arms: XCTUnwrap(c.arms), seed: c.seed)
        case "blobs":
            return try DataGenerator.blobs(count: c.count, centers: XCTUnwrap(c.centers),
                                           std: XCTUnwrap(c.std), seed: c.seed)
        case "synthetic":
            return try DataGenerator.synthetic(count: c.count, features: XCTUnwrap(c.features),
                                               classes: XCTUnwrap(c.classes),
                                               centerScale: XCTUnwrap(c.centerScale),
                                               noise: XCTUnwrap(c.noise), seed: c.seed)
        default:
            throw DataError("manifest names an unknown generator '\(c.generator)'")
        }
    }

    func testGeneratorsMatchReferenceFixtures() throws {
        let manifest = try Data(contentsOf: fixtureURL("manifest", "json"))
        let cases = try JSONDecoder().decode([FixtureCase].self, from: manifest)
        XCTAssertEqual(cases.count, 21)
        XCTAssertEqual(Set(cases.map(\.generator)),
                       ["moons", "circles", "xor", "spiral", "blobs", "synthetic"])
        for c in cases {
            let expected = try loadFixture(c.file)
            let data = try generate(c)
            XCTAssertEqual(data.columns + ["label"], expected.header, c.file)
            XCTAssertEqual(data.rows, c.count, c.file)
            XCTAssertEqual(data.labels, expected.labels, c.file)
            XCTAssertEqual(data.inputs.count, expected.values.count, c.file)
            let worst = zip(data.inputs, expected.values).map { abs($0 - $1) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst, 1e-12, c.file)
        }
    }

    func testLinspaceMatchesNumpyBitForBit() {
        // Values printed by numpy 2.4.6 np.linspace with the same arguments.
        XCTAssertEqual(DataGenerator.linspace(0, .pi, count: 7),
                       [0.0, 0.5235987755982988, 1.0471975511965976, 1.5707963267948966,
                        2.0943951023931953, 2.617993877991494, 3.141592653589793])
        XCTAssertEqual(DataGenerator.linspace(0, 2 * .pi, count: 7, endpoint: false),
                       [0.0, 0.8975979010256552, 1.7951958020513104, 2.6927937030769655,
                        3.5903916041026207, 4.487989505128276, 5.385587406153931])
        XCTAssertEqual(DataGenerator.linspace(-1, 2.5, count: 6),
                       [-1.0, -0.30000000000000004, 0.3999999999999999, 1.0999999999999996,
                        1.7999999999999998, 2.5])
        let tiny = Double.leastNonzeroMagnitude
        XCTAssertEqual(DataGenerator.linspace(0, tiny, count: 4), [0, 0, tiny, tiny])
        XCTAssertEqual(DataGenerator.linspace(1, 3, count: 1), [1])
        XCTAssertEqual(DataGenerator.linspace(1, 3, count: 0), [])
    }

    func testMoonsWithoutNoiseLieOnTheHalfCircles() throws {
        let data = try DataGenerator.moons(count: 9, noise: 0, seed: 4)
        XCTAssertEqual(data.classCounts, [4, 5])
        XCTAssertEqual(data.classes, ["0", "1"])
        for i in 0..<data.rows {
            let (x, y) = (data.row(i).first ?? 0, data.row(i).last ?? 0)
            let radius = data.labels[i] == 0 ? hypot(x, y) : hypot(x - 1, y - 0.5)
            XCTAssertEqual(radius, 1, accuracy: 1e-12)
        }
    }

    func testXorLabelsFollowTheQuadrants() throws {
        let data = try DataGenerator.xor(count: 50, noise: 0, seed: 6)
        for i in 0..<data.rows {
            let product = data.inputs[2 * i] * data.inputs[2 * i + 1]
            XCTAssertEqual(data.labels[i], product < 0 ? 1 : 0)
        }
        XCTAssertTrue(data.inputs.allSatisfy { (-1.0..<1.0).contains($0) })
    }

    func testSpiralAndBlobsSpreadRowsOverClasses() throws {
        XCTAssertEqual(try DataGenerator.spiral(count: 7, noise: 0, arms: 3, seed: 1).classCounts,
                       [3, 2, 2])
        let blobs = try DataGenerator.blobs(count: 10, centers: 4, std: 0, seed: 2)
        XCTAssertEqual(blobs.classCounts, [3, 3, 2, 2])
        XCTAssertEqual(blobs.classes, ["0", "1", "2", "3"])
        XCTAssertTrue(blobs.inputs.allSatisfy { (-10.0..<10.0).contains($0) })
    }

    func testSyntheticDefaultsAreMNISTShaped() throws {
        let data = try DataGenerator.synthetic(count: 20, seed: 1)
        XCTAssertEqual(data.width, 784)
        XCTAssertEqual(data.columns.last, "x784")
        XCTAssertEqual(data.classes.count, 10)
        XCTAssertEqual(data.classCounts, Array(repeating: 2, count: 10))
    }

    func testSyntheticInBlocksGivesTheWholeSetsBits() throws {
        for (count, features, noise, rowsPerBlock) in [(13, 5, 1.0, 3), (13, 7, 0.5, 4), (10, 4, 0.0, 1), (9, 6, 1.0, 100)] {
            let whole = try DataGenerator.synthetic(count: count, features: features, classes: 3, centerScale: 0.2,
                                                    noise: noise, seed: 5)
            var values: [Double] = [], starts: [Int] = []
            let labels = try DataGenerator.synthetic(count: count, features: features, classes: 3, centerScale: 0.2,
                                                     noise: noise, seed: 5, rowsPerBlock: rowsPerBlock) { rows, block in
                XCTAssertEqual(rows.lowerBound, values.count / features)
                XCTAssertEqual(block.count, rows.count * features)
                starts.append(rows.lowerBound)
                values.append(contentsOf: block)
            }
            let what = "\(count) × \(features), noise \(noise), blocks of \(rowsPerBlock)"
            XCTAssertEqual(values.map(\.bitPattern), whole.inputs.map(\.bitPattern), what)
            XCTAssertEqual(labels, whole.labels, what)
            XCTAssertEqual(starts.count, (count + max(2, rowsPerBlock + rowsPerBlock % 2) - 1) / max(2, rowsPerBlock + rowsPerBlock % 2), what)
        }
        XCTAssertThrowsError(try DataGenerator.synthetic(count: 4, noise: -1, seed: 0, rowsPerBlock: 2) { _, _ in })
    }

    func testGaussCloudsAreSeededShuffledAndCentred() throws {
        let data = try DataGenerator.gauss(count: 401, noise: 0, seed: 3)
        XCTAssertEqual(data, try DataGenerator.gauss(count: 401, noise: 0, seed: 3))
        XCTAssertNotEqual(data, try DataGenerator.gauss(count: 401, noise: 0, seed: 4))
        XCTAssertEqual(data.classCounts, [200, 201])
        XCTAssertNotEqual(Array(data.labels.prefix(200)), Array(repeating: 0, count: 200))
        for (label, centre) in [(0, 2.0), (1, -2.0)] {
            let rows = (0..<data.rows).filter { data.labels[$0] == label }
            for column in 0..<2 {
                let values = rows.map { data.inputs[2 * $0 + column] }
                let mean = values.reduce(0, +) / Double(values.count)
                let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
                              / Double(values.count)).squareRoot()
                XCTAssertEqual(mean, centre, accuracy: 0.25)
                XCTAssertEqual(spread, 1, accuracy: 0.15)
            }
        }
        let wider = try DataGenerator.gauss(count: 401, noise: 1, seed: 3)
        XCTAssertEqual(wider.labels, data.labels)
        let scaled = data.inputs.indices.map { i in
            let centre = data.labels[i / 2] == 0 ? 2.0 : -2.0
            return centre + 2 * (data.inputs[i] - centre)
        }
        XCTAssertEqual(zip(scaled, wider.inputs).map { abs($0 - $1) }.max() ?? 1, 0, accuracy: 1e-12)
    }

    func testGeneratorsRejectBadSettings() {
        XCTAssertThrowsError(try DataGenerator.moons(count: 0, noise: 0.1, seed: 0)) { error in
            XCTAssertEqual((error as? DataError)?.message,
                           "a data set needs at least 1 point, got 0; use a count such as 200")
        }
        XCTAssertThrowsError(try DataGenerator.circles(count: 10, noise: -0.1, seed: 0))
        XCTAssertThrowsError(try DataGenerator.xor(count: 10, noise: .nan, seed: 0))
        XCTAssertThrowsError(try DataGenerator.circles(count: 10, noise: 0, factor: .infinity, seed: 0))
        XCTAssertThrowsError(try DataGenerator.spiral(count: 10, noise: 0, arms: 0, seed: 0))
        XCTAssertThrowsError(try DataGenerator.blobs(count: 10, centers: 0, seed: 0))
        XCTAssertThrowsError(try DataGenerator.synthetic(count: 10, classes: 0, seed: 0))
        XCTAssertThrowsError(try DataGenerator.gauss(count: -3, noise: 0, seed: 0))
    }
}
