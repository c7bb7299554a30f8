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

    func testCarriageReturnLineFeedIsABlank() throws {
        // "\r\n" is one Character in Swift; a lexer that compared it with "\r" and "\n" looped
        // for ever on it (found by the interpreter fuzz target).
        XCTAssertEqual(try Lexer.statements(in: "echo a\r\necho b").map { $0.tokens.map(\.text) }, [["echo", "a", "echo", "b"]])
        XCTAssertEqual(try Lexer.statements(in: "\r\n").count, 0)
        XCTAssertEqual(try Lexer.statements(in: "train\r\n; eval").map { $0.tokens.map(\.text) }, [["train"], ["eval"]])
    }

    func testUnclosedQuoteIsAnErrorAtTheQuote() {
        XCTAssertThrowsError(try Lexer.statements(in: "load \"model.json")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.column, 6)
            XCTAssertTrue(diagnostic?.message.contains("unclosed quote") ?? false)
        }
    }
}
