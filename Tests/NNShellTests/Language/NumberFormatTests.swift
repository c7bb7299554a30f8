import Foundation
import XCTest
@testable import NNShell

/// The fixed-point writer against the C library's `%.*f` on many values, ties included.
final class NumberFormatTests: XCTestCase {
    func testFixedMatchesPrintf() {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1p-53
        }
        var values: [Double] = [0, -0.0, 0.125, 0.375, 2.5, 3.5, -2.5, 0.00005, -0.00004, 0.99995, 1e-300, .leastNonzeroMagnitude, 123456.78905, 1e14 + 0.5]
        for _ in 0..<4000 {
            let magnitude = pow(10, next() * 18 - 9)
            values.append((next() < 0.5 ? -1 : 1) * magnitude)
        }
        for value in values {
            for digits in [0, 1, 2, 4, 6] {
                var expected = String(format: "%.\(digits)f", value)
                if expected.hasPrefix("-"), expected.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
                    expected.removeFirst()
                }
                XCTAssertEqual(NumberFormat.fixed(value, digits: digits), expected, "\(value) with \(digits) digits")
            }
        }
        XCTAssertEqual(NumberFormat.fixed(.nan, digits: 4), "nan")
        XCTAssertEqual(NumberFormat.fixed(-.infinity, digits: 4), "-inf")
    }

    func testCountsAgreeWithTheirNouns() throws {
        XCTAssertEqual(NumberFormat.count(1, "point"), "1 point")
        XCTAssertEqual(NumberFormat.count(0, "point"), "0 points")
        XCTAssertEqual(NumberFormat.count(3, "class"), "3 classes")
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("dataset moons 1", in: &session),
                       "moons: 1 point, 2 features, 2 classes, train 1 / val 0\n")
        XCTAssertEqual(try ShellHarness.execute("net 2 1", in: &session),
                       "network 2-1: no hidden layer, sigmoid output, bce loss, he init, 3 parameters\n")
    }
}
