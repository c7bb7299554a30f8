import XCTest
@testable import NNShell

final class NumberParserTests: XCTestCase {
    func testAllowedForms() {
        XCTAssertEqual(NumberParser.number("200"), 200)
        XCTAssertEqual(NumberParser.number("0.1"), 0.1)
        XCTAssertEqual(NumberParser.number(".5"), 0.5)
        XCTAssertEqual(NumberParser.number("-2"), -2)
        XCTAssertEqual(NumberParser.number("1e-3"), 0.001)
        XCTAssertEqual(NumberParser.number("2.5E+2"), 250)
        XCTAssertEqual(NumberParser.number("5."), 5)
    }

    func testRejectedForms() {
        for text in ["inf", "nan", "-inf", "1e", ".", "-", "0x10", "1.2.3", "1e-", "e3", "12a", "", "1e999"] {
            XCTAssertNil(NumberParser.number(text), text)
        }
    }

    func testIntegers() {
        XCTAssertEqual(NumberParser.integer("1e9"), 1_000_000_000)
        XCTAssertEqual(NumberParser.integer("32"), 32)
        XCTAssertNil(NumberParser.integer("3.5"))
        XCTAssertNil(NumberParser.integer("1e30"))
    }

    func testRangesDescribeThemselves() {
        XCTAssertEqual(NumberRange.integers(1, 100).description, "an integer from 1 to 100")
        XCTAssertEqual(NumberRange(0, 10, lowerOpen: true).description, "a number > 0 and ≤ 10")
        XCTAssertFalse(NumberRange(0, 1, upperOpen: true).contains(1))
        XCTAssertFalse(NumberRange.integers(1, 5).contains(2.5))
    }
}
