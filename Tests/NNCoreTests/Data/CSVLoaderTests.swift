import Foundation
import XCTest
@testable import NNCore

/// The streaming CSV loader against the text-at-once path it replaces: same values bit for bit,
/// same errors, whatever the chunk size.
final class CSVLoaderTests: XCTestCase {
    /// What the text-at-once path gives for a file's bytes: the data, or its error's message.
    private func reference(_ bytes: [UInt8], label: String? = nil, regression: Bool = false) -> Outcome {
        guard let text = String(data: Data(bytes), encoding: .utf8) else { return .notUTF8 }
        do {
            return .data(try LabeledData.fromCSV(CSVTable.parse(text), labelColumn: label, regression: regression))
        } catch {
            return .error("\(error)")
        }
    }

    private func loaded(_ bytes: [UInt8], chunk: Int, label: String? = nil, regression: Bool = false) -> Outcome {
        do {
            return .data(try CSVLoader.load(bytes, chunkSize: chunk, labelColumn: label, regression: regression))
        } catch is CSVLoader.InvalidUTF8 {
            return .notUTF8
        } catch {
            return .error("\(error)")
        }
    }

    /// The two-part read (`CSVLoader.loadInTwoParts`) cut at `middle`, or nil where it declines.
    private func twoParts(_ bytes: [UInt8], middle: Int, label: String?, regression: Bool) -> Outcome? {
        do {
            return try CSVLoader.loadInTwoParts(bytes, middle: middle, labelColumn: label, regression: regression)
                .map { .data($0) }
        } catch is CSVLoader.InvalidUTF8 {
            return .notUTF8
        } catch {
            return .error("\(error)")
        }
    }

    /// Checks that the loader agrees with the reference for `text` at every chunk size, and the
    /// two-part read at every place it can cut the text.
    @discardableResult
    private func agree(_ text: String, label: String? = nil, regression: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) -> Outcome {
        agree(Array(text.utf8), label: label, regression: regression, file: file, line: line)
    }

    @discardableResult
    private func agree(_ bytes: [UInt8], label: String? = nil, regression: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) -> Outcome {
        let expected = reference(bytes, label: label, regression: regression)
        for chunk in [1, 2, 3, 7, 13, 1 << 20] {
            XCTAssertEqual(loaded(bytes, chunk: chunk, label: label, regression: regression), expected,
                           "chunk size \(chunk)", file: file, line: line)
        }
        for middle in bytes.indices {
            if let parts = twoParts(bytes, middle: middle, label: label, regression: regression) {
                XCTAssertEqual(parts, expected, "cut at or after byte \(middle)", file: file, line: line)
            }
        }
        return expected
    }

    func testEveryErrorMatchesTheTextPathWithItsLine() {
        let cases: [(String, String)] = [
            ("", "the CSV text is empty; it needs a header line such as x1,x2,label and data rows"),
            ("\n \r\n\t\n", "the CSV text is empty; it needs a header line such as x1,x2,label and data rows"),
            ("x1,label\n", "the CSV has a header but no data rows; add at least one row of values"),
            ("x1,label\n\n  \n", "the CSV has a header but no data rows; add at least one row of values"),
            ("a,b,c\n1,2,3\n\"x\ny\",2,3\n4,5\n",
             "line 5: the row has 2 fields but the header has 3; give every row 3 comma-separated fields"),
            ("a,b\r\n1,2\r\n1,2,3\r\n", "line 3: the row has 3 fields but the header has 2; give every row 2 comma-separated fields"),
            ("a,b\n1,\"open\n", "line 2: a quoted field is never closed; end it with a \" before the next comma or line end"),
            ("a,b\n\"1\"x,2\n", "line 2: text follows a closing quote; put the whole field inside the quotes"),
            ("a,b\n\"1\r\n2\"x,2\n", "line 3: text follows a closing quote; put the whole field inside the quotes"),
            ("x1,x2,label\n1,2,0\n1, ,0\n", "line 3: column 'x2': the value is empty; fill in a number or remove the row"),
            ("x1,x2,label\n1,abc,0\n",
             "line 2: column 'x2': 'abc' is not a number; inputs must be numeric (text belongs in the label column)"),
            ("x1,label\nnan,0\n", "line 2: column 'x1': 'nan' is not a finite number; replace it or remove the row"),
            ("x1,label\n1e400,0\n", "line 2: column 'x1': '1e400' is not a finite number; replace it or remove the row"),
            ("x1,label\n3.5e38,0\n",
             "line 2: column 'x1': 3.5e38 is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down"),
            ("x1,label\n-1e39,0\n",
             "line 2: column 'x1': -1e39 is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down"),
            ("x1,label\n1,\n", "line 2: the label in column 'label' is empty; give every row a class"),
            ("x1,label\n1,\"a\u{1B}b\"\n", "line 2: the label 'a\\x1bb' has a control character; class names must be plain text"),
            ("x1,label\n1,a\tb\n", "line 2: the label 'a\tb' has a control character; class names must be plain text"),
            ("x\u{7}1,label\n1,0\n", "line 1: the column name 'x\\x071' has a control character; names must be plain text"),
            ("x,y,x\n1,2,3\n", "column name 'x' appears twice in the header (columns 1 and 3); give each column its own name"),
            ("label\n1\n", "the CSV has only the column 'label'; it needs at least one input column besides the label column"),
        ]
        for (text, message) in cases {
            XCTAssertEqual(agree(text), .error(message), text.debugDescription)
        }
        XCTAssertEqual(agree("x1,x2,label\n1,2,0\n", label: "lable"),
                       .error("no column named 'lable' for the label. Did you mean 'label'? The columns are x1, x2, label"))
        XCTAssertEqual(agree("a,y\n1,big\n", regression: true),
                       .error("line 2: column 'y': 'big' is not a number; a regression target must be numeric (use task classify for class names)"))
    }

    func testTheFirstProblemWinsInTheTextPathsOrder() {
        // A syntax error anywhere beats a ragged row, which beats the header, which beats a value.
        agree("a,b\n1,x\n1\n\"open")
        agree("a,a\nx,1\n1\n")
        agree("a,a\nx,1\n")
        agree("a,b\n1,2\n1\n\"1\"x")
        // Within a row inputs come first, then the label; rows in order.
        agree("a,label,b\n1,,x\n")
        agree("label,a\n,x\n")
        agree("a,b\n1,\n,0\n")
        agree("a,b\n\n1\n")
    }

    func testSyntaxMatchesAcrossChunkBoundaries() {
        agree("\u{FEFF}a,b\r\n1,2\r\n\r\n3, 4\r\n\r\n\n  \n")
        agree("\u{FEFF}\u{FEFF}a,b\n1,2\n")
        agree("\u{FEFF}\u{FEFF}\u{FEFF}a,b\n1,2\n")
        agree("\u{FEFE}a,b\n1,2\n")
        agree("a,b\r1,2\r3,4")
        agree("a,b\r\n1,2\r\n3,4\r\n")
        agree("a,\"b, \"\"q\"\"\"\n12345.678,\"x\r\ny\"\n-0.000123e+5,\"\"\"\" \t\n")
        agree("a,b\n  \"1.5\"  ,2\n")
        agree("a,b\n\"1.5\"  ,2\n")
        agree("a,\"lab\nel\"\n1,\"two\rlines\"\n2,\"two\r\n\r\nlines\"\n3,x,\n")
        agree("a,b\n1,2\n,")
        agree("a,b\n1,")
        agree("a,b\n\" \"\n")
        agree("only\n1\n\"\"\n\" \"\n")
        agree(" a , b \n 1 , 0 \n")
    }

    func testValuesAndLabelsMatchTheTextPath() throws {
        let outcome = agree("x1,x2,y\n1,2,10\n3,4,2\n5,6,02\n7, 8 ,-1\n")
        guard case let .data(data) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(data.classes, ["-1", "2", "10"])
        agree("species,length\nvirginica ,6.1\n setosa,5\n\u{00A0}caf\u{E9}\u{00A0},1\n", label: "Species")
        agree("a,y\n1,0.5\n2,-3e2\n", regression: true)
        agree("a,y\n1,0.5\n2,\n", regression: true)
        agree("x1,x2,label\n\u{00A0}1\u{00A0},\u{2003}2,0\n")
        agree("x1,label\n\u{00A0},0\n")
    }

    func testTrickyNumbersReadAsDoubleStringReadsThem() {
        let texts = ["+1", ".5", "5.", "1E5", "1e+5", "1.e5", "-0", "+0.0", "00012", "0x1p3", "0x1P-2", "inf", "-inf",
                     "infinity", "nan", "nan(12)", "1e-320", "4.9e-324", "2.4703282292062327e-324",
                     "2.2250738585072011e-308", "3.4028234663852886e38", "3.4028235e38", "3.4028236e38", "-3.4e38",
                     "9007199254740993", "9007199254740992.5", "0.1", "0.30000000000000004", "123456789012345678",
                     "1234567890123456789", "12345678901234567890", "1.7976931348623157e308", "1e22", "1e23", "1e-22",
                     "8.98846567431158e307", "0.000000000000000000000000000001", "1e27", "1e28", "1e-27", "1e-28",
                     "18446744073709551615", "9999999999999999999e-27", "9999999999999999999e27",
                     "7.0e-10", "1e", "1e+", ".", "-", "+", "e5", ".e5", "1_000", "1.2.3", "1e5.0", "1 2", "--1", "0x",
                     " 1.25\t", "\t-2.5 ", "１", "1d5", "1e0000000000000000000005", "0e99999"]
        for text in texts {
            agree("x,label\n\(text),0\n")
        }
    }

    func testQuickDecimalPathIsExact() {
        var random = SeededRandom(seed: 7)
        var checked = 0
        func check(_ text: String) {
            let bytes = Array(text.utf8)
            let quick = bytes.withUnsafeBufferPointer { DecimalNumber.value(of: $0) }
            guard let quick else { return }
            checked += 1
            XCTAssertEqual(quick.bitPattern, Double(text)?.bitPattern, text)
        }
        for _ in 0..<20_000 {
            let value = random.normals(1)[0] * pow(10, Double(Int(random.uniform() * 40) - 20))
            check(value.description)
            check(String(format: "%.17g", value))
            var digits = ""
            for _ in 0..<(1 + Int(random.uniform() * 19)) {
                digits.append(Character(String(Int(random.uniform() * 10))))
            }
            let point = Int(random.uniform() * Double(digits.count + 1))
            let exponent = Int(random.uniform() * 70) - 35
            let mantissa = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            check(mantissa + "e\(exponent)")
            check("-" + digits + "E\(exponent)")
        }
        for halfway in ["9007199254740993", "9007199254740995", "4503599627370497.5", "1.00000000000000011102230246251565e0",
                        "2.5e-27", "7.2057594037927933e16", "1844674407370955161.5e-3"] {
            check(halfway)
        }
        XCTAssertGreaterThan(checked, 60_000)
    }

    func testNumbersReadStraightFromTheChunkMatchTheTextPath() {
        var random = SeededRandom(seed: 5)
        let endings = ["\n", "\r\n", "\r"]
        var text = "x1,x2,x3,label\n"
        for row in 0..<300 {
            let values = random.normals(3).map { $0 * pow(10, Double(Int(random.uniform() * 12) - 6)) }
            let written = values.enumerated().map { column, value in
                switch (row + column) % 4 {
                case 0: value.description
                case 1: String(format: "%.17g", value)
                case 2: String(format: "%.3e", value)
                default: String(format: "%+.0f", value)
                }
            }
            text += written.joined(separator: ",") + ",\(row % 3)" + endings[row % endings.count]
        }
        guard case let .data(data) = agree(text) else { return XCTFail("the rows did not load") }
        XCTAssertEqual(data.rows, 300)
        // Numbers cut short by other text are read as the text path reads the whole field.
        for field in ["1.5x", "1e5e", "2e", "3e+", "-", "+.", "1.2.3", "0x1p3", "1 ", "7,", "-0", "1e-28", "1e28"] {
            agree("a,b,label\n\(field),2,0\n")
            agree("a,label\n1,0\n\(field)\r\n")
        }
    }

    func testNumberPrefixReadsTheNumberBeforeOtherText() {
        var random = SeededRandom(seed: 9)
        for _ in 0..<5_000 {
            let value = random.normals(1)[0] * pow(10, Double(Int(random.uniform() * 30) - 15))
            for written in [value.description, String(format: "%.17g", value)] {
                for rest in [",", "\n", "\r\n", ",1.5,", "x"] {
                    let bytes = Array((written + rest).utf8)
                    let read = bytes.withUnsafeBufferPointer { DecimalNumber.prefix($0.baseAddress!, count: $0.count) }
                    guard let read else { continue }
                    XCTAssertEqual(read.length, written.utf8.count, written)
                    XCTAssertEqual(read.value.bitPattern, Double(written)?.bitPattern, written)
                }
            }
        }
        let cases: [(String, Double?, Int)] = [("12abc", 12, 2), ("-0.5,", -0.5, 4), ("1e5,", 1e5, 3), ("1e", nil, 0),
                                               ("1e+,", nil, 0), (".e5", nil, 0), ("+", nil, 0), ("7.", 7, 2),
                                               ("1E-3\n", 1e-3, 4), ("1e0000000000000000000005", 1e5, 24)]
        for (text, value, length) in cases {
            let read = Array(text.utf8).withUnsafeBufferPointer { DecimalNumber.prefix($0.baseAddress!, count: $0.count) }
            XCTAssertEqual(read?.value, value, text)
            if let read { XCTAssertEqual(read.length, length, text) }
        }
    }

    func testNonUTF8BytesAreRefusedLikeTheTextPath() {
        XCTAssertEqual(agree([0x61, 0x2C, 0x62, 0x0A, 0xFF, 0x2C, 0x30, 0x0A]), .notUTF8)
        XCTAssertEqual(agree([0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0xE2, 0x82]), .notUTF8)
        // Not UTF-8 beats a syntax error earlier in the file.
        XCTAssertEqual(agree(Array("a,b\n\"1\"x,2\n".utf8) + [0xC0, 0x80]), .notUTF8)
        var random = SeededRandom(seed: 3)
        let pieces: [[UInt8]] = [[0x41], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0xAF], [0x80], [0xF8], [0xC2], [0xEF, 0xBB, 0xBF]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.uniform() * 6) {
                bytes += pieces[Int(random.uniform() * Double(pieces.count))]
            }
            var validator = UTF8Validator()
            for start in stride(from: 0, to: bytes.count, by: 2) {
                bytes[start..<min(bytes.count, start + 2)].withUnsafeBufferPointer { validator.consume($0) }
            }
            XCTAssertEqual(validator.isComplete, String(data: Data(bytes), encoding: .utf8) != nil, "\(bytes)")
        }
    }

    func testWrittenOutPowerTablesHoldTheirValues() {
        XCTAssertEqual(DecimalNumber.powersOfFive.count, 28)
        XCTAssertEqual(DecimalNumber.reciprocalsOfFive.count, 28)
        var power: UInt64 = 1
        for k in 0..<28 {
            XCTAssertEqual(DecimalNumber.powersOfFive[k], power, "5^\(k)")
            if k > 0 {
                // ⌊2^(63 + b) / 5^k⌋ with 2^(b − 1) < 5^k < 2^b.
                let bits = 64 - power.leadingZeroBitCount
                let (quotient, _) = power.dividingFullWidth((high: 1 << (bits - 1), low: 0))
                XCTAssertEqual(DecimalNumber.reciprocalsOfFive[k], quotient, "2^(63+b)/5^\(k)")
                XCTAssertGreaterThanOrEqual(quotient, 1 << 63)
            }
            if k < 27 { power *= 5 }
        }
    }

    func testEightDigitsAtOnceReadsExactlyTheAllDigitWords() {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("0123456789/:.eE-+ \u{0}\u{FF}".utf8)
        for round in 0..<20_000 {
            let bytes: [UInt8] = (0..<8).map { _ in
                round % 2 == 0 ? UInt8(0x30 + Int(random.uniform() * 10)) : alphabet[Int(random.uniform() * Double(alphabet.count))]
            }
            let expected = bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? UInt64(String(decoding: bytes, as: UTF8.self)) : nil
            XCTAssertEqual(bytes.withUnsafeBufferPointer { DecimalNumber.eightDigits($0.baseAddress!) }, expected, "\(bytes)")
        }
        for word in ["00000000", "99999999", "12345678", "90000009"] {
            XCTAssertEqual(Array(word.utf8).withUnsafeBufferPointer { DecimalNumber.eightDigits($0.baseAddress!) }, UInt64(word))
        }
    }

    func testTwoPartsCutWhereTheyMustAndDeclineQuotedFields() throws {
        // Lines: header 1, then 2…; the cut falls after the line feed at or past the middle.
        let text = Array("x,label\r\n1,a\r\n\r\n2,b\n3,c\r4,a\n5,b\n".utf8)
        for middle in text.indices {
            guard let parts = twoParts(text, middle: middle, label: nil, regression: false) else { continue }
            XCTAssertEqual(parts, reference(text), "cut at or after byte \(middle)")
        }
        XCTAssertNotNil(try CSVLoader.loadInTwoParts(text, middle: 12))
        // A blank first line, no line feed after the middle, a quoted field: no two-part read.
        XCTAssertNil(try CSVLoader.loadInTwoParts(Array("\nx,label\n1,a\n2,b\n".utf8), middle: 9))
        XCTAssertNil(try CSVLoader.loadInTwoParts(Array("x,label\r1,a\n2,b\n3,c\n".utf8), middle: 12))
        agree("x,label\r1,a\n2,b\n3,c\n4,d\n")
        XCTAssertNil(try CSVLoader.loadInTwoParts(Array("x,label\n1,a\n2,b".utf8), middle: 12))
        XCTAssertNil(try CSVLoader.loadInTwoParts(Array("x,label\n1,a\n\"2\",b\n3,c\n".utf8), middle: 12))
        XCTAssertNil(try CSVLoader.loadInTwoParts(Array("x,label\n\"1\n\",a\n2,b\n3,c\n".utf8), middle: 10))
        // An error in the second part keeps the file's line number.
        let bad = Array("x,label\n1,a\n2,b\n3,c\n4,d\nnope,e\n6,f\n".utf8)
        let outcome = try XCTUnwrap(twoParts(bad, middle: 20, label: nil, regression: false))
        XCTAssertEqual(outcome, reference(bad))
        if case .error(let message) = outcome { XCTAssertTrue(message.contains("line 6"), message) }
    }
}

/// A load's outcome, compared bit for bit.
enum Outcome: Equatable, CustomStringConvertible {
    case data(LabeledData)
    case error(String)
    case notUTF8

    static func == (lhs: Outcome, rhs: Outcome) -> Bool {
        switch (lhs, rhs) {
        case let (.data(left), .data(right)):
            left.columns == right.columns && left.labels == right.labels && left.classes == right.classes
                && left.inputs.map(\.bitPattern) == right.inputs.map(\.bitPattern)
                && left.targets?.map(\.bitPattern) == right.targets?.map(\.bitPattern)
        case let (.error(left), .error(right)): left == right
        case (.notUTF8, .notUTF8): true
        default: false
        }
    }

    var description: String {
        switch self {
        case let .data(data): "data \(data.rows)×\(data.width) \(data.classes)"
        case let .error(message): "error: \(message)"
        case .notUTF8: "not UTF-8"
        }
    }
}
