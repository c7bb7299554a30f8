import XCTest
import NNCore

/// Per-column standardisation with population statistics.
final class StandardizerTests: XCTestCase {
    func testFitsMeanAndPopulationStd() {
        let values: [Double] = [1, 0.1, 2, 0.1, 3, 0.1, 6, 0.1]
        let scaler = Standardizer(fitting: values, rows: 4, width: 2)
        XCTAssertEqual(scaler.mean, [3, 0.1])
        // Deviations −2, −1, 0, 3: Σd² = 14, σ² = 14/4.
        XCTAssertEqual(scaler.std[0], (3.5).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(scaler.std[1], 1, "a constant column keeps σ = 1")
        let scaled = scaler.applied(to: values, width: 2)
        let expected = [-2, 0, -1, 0, 0, 0, 3, 0].map { $0 / (3.5).squareRoot() }
        for (value, want) in zip(scaled, expected) {
            XCTAssertEqual(value, want, accuracy: 1e-15)
        }
        XCTAssertEqual(scaled.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
                       [0, 0, 0, 0], "constant columns standardise to exactly 0")
    }

    func testAppliesFittedStatisticsToNewRows() {
        let scaler = Standardizer(mean: [1, -1], std: [2, 0.5])
        var values: [Double] = [3, -1, 1, 0]
        scaler.apply(&values, width: 2)
        XCTAssertEqual(values, [1, 0, 0, 2])
    }

    func testNoRowsGiveTheIdentity() {
        let scaler = Standardizer(fitting: [], rows: 0, width: 3)
        XCTAssertEqual(scaler, Standardizer(mean: [0, 0, 0], std: [1, 1, 1]))
    }
}
