import XCTest
@testable import NNShell

final class LexerTests: XCTestCase {
    private func words(_ line: String) throws -> [[String]] {
        try Lexer.statements(in: line).map { $0.tokens.map(\.text) }
    }

    func testWordsAreSeparatedByBlanks() throws {
        XCTAssertEqual(try words("train 200   lr 0.1\tbatch 32"), [["train", "200", "lr", "0.1", "batch", "32"]])
    }

    func testSemicolonSeparatesStatements() throws {
        XCTAssertEqual(try words("seed 3; dataset moons 400;;echo hi;"), [["seed", "3"], ["dataset", "moons", "400"], ["echo", "hi"]])
    }

    func testCommentRunsToTheEndOfTheLine() throws {
        XCTAssertEqual(try words("net 2 8 1 # a small net; train"), [["net", "2", "8", "1"]])
        XCTAssertEqual(try words("# only a comment"), [])
        XCTAssertEqual(try words("   "), [])
    }

    func testQuotesKeepBlanksSemicolonsAndHashes() throws {
        let statements = try Lexer.statements(in: "save \"my model; v#2.json\" ; echo \"a \\\"b\\\" c\"")
        XCTAssertEqual(statements.map { $0.tokens.map(\.text) }, [["save", "my model; v#2.json"], ["echo", "a \"b\" c"]])
        XCTAssertTrue(statements[0].tokens[1].quoted)
        XCTAssertNil(statements[0].tokens[1].keyword)
    }

    func testColumnsAndSourceText() throws {
        let statements = try Lexer.statements(in: "seed 3;  net 2 rellu  # x")
        XCTAssertEqual(statements[1].source, "net 2 rellu")
        let bad = statements[1].tokens[2]
        XCTAssertEqual(bad.column, 16)
        XCTAssertEqual(bad.length, 5)
    }

    func testUnclosedQuoteIsAnErrorAtTheQuote() {
        XCTAssertThrowsError(try Lexer.statements(in: "load \"model.json")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.column, 6)
            XCTAssertTrue(diagnostic?.message.contains("unclosed quote") ?? false)
        }
    }
}

final class NumberSyntaxTests: XCTestCase {
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
