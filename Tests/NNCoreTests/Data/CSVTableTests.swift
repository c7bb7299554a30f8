import XCTest
import NNCore

/// CSV text to a table and back.
final class CSVTableTests: XCTestCase {
    private func message(_ body: () throws -> CSVTable) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? DataError)?.message
        }
    }

    func testParsesBOMCRLFAndTrailingBlankLines() throws {
        let table = try CSVTable.parse("\u{FEFF}a,b\r\n1,2\r\n\r\n3, 4\r\n\r\n\n  \n")
        XCTAssertEqual(table.header, ["a", "b"])
        XCTAssertEqual(table.rows, [["1", "2"], ["3", " 4"]])
        XCTAssertEqual(table.lines, [2, 4])
    }

    func testParsesQuotedFields() throws {
        let text = "name,note\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\nlast,row"
        let table = try CSVTable.parse(text)
        XCTAssertEqual(table.rows, [["x, y", "say \"hi\""], ["two\nlines", ""], ["last", "row"]])
        XCTAssertEqual(table.lines, [2, 3, 5])
    }

    func testRaggedRowsNameTheLine() {
        XCTAssertEqual(message { try CSVTable.parse("a,b,c\n1,2,3\n\"x\ny\",2,3\n4,5\n") },
                       "line 5: the row has 2 fields but the header has 3; give every row 3 comma-separated fields")
        XCTAssertEqual(message { try CSVTable.parse("a,b\n1\n") },
                       "line 2: the row has 1 field but the header has 2; give every row 2 comma-separated fields")
    }

    func testMalformedTextIsRejected() {
        XCTAssertEqual(message { try CSVTable.parse("\n \n") },
                       "the CSV text is empty; it needs a header line such as x1,x2,label and data rows")
        XCTAssertEqual(message { try CSVTable.parse("a,b\n1,\"open\n") },
                       "line 2: a quoted field is never closed; end it with a \" before the next comma or line end")
        XCTAssertEqual(message { try CSVTable.parse("a,b\n\"1\"x,2\n") },
                       "line 2: text follows a closing quote; put the whole field inside the quotes")
    }

    func testFormattedQuotesOnlyWhatNeedsIt() throws {
        let table = CSVTable(header: ["x", "note"],
                             rows: [["1.5", "plain"], ["2", "a, \"b\""], ["3", "two\r\nlines"]])
        let text = table.formatted()
        XCTAssertEqual(text, "x,note\n1.5,plain\n2,\"a, \"\"b\"\"\"\n3,\"two\r\nlines\"\n")
        XCTAssertEqual(try CSVTable.parse(text), table)
        let single = CSVTable(header: ["only"], rows: [["1"], [""], [" "]])
        XCTAssertEqual(single.formatted(), "only\n1\n\"\"\n\" \"\n")
        XCTAssertEqual(try CSVTable.parse(single.formatted()), single)
    }
}
