import XCTest
import NNCore

/// Feature names, expansion of raw inputs and the name-suggestion helper.
final class FeatureSetTests: XCTestCase {
    private func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? DataError)?.message
        }
    }

    func testIdentityPassesRawColumnsThrough() throws {
        let set = FeatureSet.identity(3)
        XCTAssertTrue(set.isIdentity)
        XCTAssertEqual(set.names, ["x1", "x2", "x3"])
        XCTAssertEqual(set.count, 3)
        XCTAssertEqual(try set.expand(inputs: [1, 2, 3, 4, 5, 6], width: 3), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(message { try set.expand(inputs: [1, 2], width: 2) },
                       "the features expect 3 input columns but the data has 2; rebuild the features for this data")
    }

    func testEngineeredFeaturesExpandEachRow() throws {
        let set = try FeatureSet(parsing: Feature.allCases.map(\.rawValue))
        XCTAssertEqual(set.names, ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"])
        let data = LabeledData(columns: ["x1", "x2"], inputs: [0.5, -2, 3, 0.25], labels: [0, 1],
                               classes: ["0", "1"])
        XCTAssertEqual(try set.expand(data),
                       [0.5, -2, 0.25, 4, -1, sin(0.5), sin(-2),
                        3, 0.25, 9, 0.0625, 0.75, sin(3), sin(0.25)])
        let pair = try FeatureSet([.x1TimesX2, .x1])
        XCTAssertEqual(try pair.expand(data), [-1, 0.5, 0.75, 3])
        XCTAssertEqual(pair.features, [.x1TimesX2, .x1])
        XCTAssertFalse(pair.isIdentity)
    }

    func testEngineeredFeaturesNeedTwoInputs() {
        let wide = LabeledData(columns: ["a", "b", "c"], inputs: [1, 2, 3], labels: [0],
                               classes: ["0"])
        XCTAssertEqual(message { try FeatureSet([.x1, .sinX2]).expand(wide) },
                       "features x1, sin(x2) need data with two input columns (x1, x2) but it has 3; use the raw columns (identity features) instead")
    }

    func testParsingSuggestsTheNearestName() throws {
        XCTAssertEqual(try Feature(parsing: " SIN(X1) "), .sinX1)
        XCTAssertEqual(message { try Feature(parsing: "x1^3") },
                       "unknown feature 'x1^3'. Did you mean 'x1^2'? Features are x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)")
        XCTAssertEqual(message { try Feature(parsing: "banana") },
                       "unknown feature 'banana'. Features are x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)")
        XCTAssertEqual(message { try FeatureSet(parsing: ["x1", "x1"]) },
                       "feature x1 is listed twice; list each feature once")
        XCTAssertEqual(message { try FeatureSet(parsing: []) },
                       "no features given; name at least one of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)")
    }

    func testNearestNameAndEditDistance() {
        XCTAssertEqual(editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(editDistance("", "abc"), 3)
        XCTAssertEqual(editDistance("same", "same"), 0)
        XCTAssertEqual(nearestName(to: "trian", in: ["test", "train"]), "train")
        XCTAssertEqual(nearestName(to: "LABEL", in: ["x1", "label"]), "label")
        XCTAssertEqual(nearestName(to: "x3", in: ["x1", "x2"]), "x1")
        XCTAssertNil(nearestName(to: "xyzzy", in: ["train", "test"]))
        XCTAssertNil(nearestName(to: "x1", in: []))
    }
}
