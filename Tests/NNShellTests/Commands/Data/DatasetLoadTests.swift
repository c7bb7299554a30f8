import Foundation
import NNCore
import XCTest
@testable import NNShell

/// `dataset load` reading files in chunks: file errors, encoding and CSV errors as `FILE:LINE:`.
final class DatasetLoadTests: XCTestCase {
    private func write(_ bytes: [UInt8], _ name: String, in folder: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    func testErrorsNameTheFileAndLine() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try write(Array("x1,label\n1,0\n2,abc\n1e999,0\n".utf8), "bad.csv", in: folder)
        XCTAssertEqual(ShellHarness.failure("dataset load bad.csv", in: &session, base: folder)?.message,
                       "bad.csv:4: column 'x1': '1e999' is not a finite number; replace it or remove the row")
        try write(Array("x1,label\n1,0\n".utf8) + [0xFF, 0x0A], "latin.csv", in: folder)
        XCTAssertEqual(ShellHarness.failure("dataset load latin.csv", in: &session, base: folder)?.message,
                       "cannot read 'latin.csv': it is not UTF-8 text: save it as UTF-8 (plain text) and try again")
        try write([], "empty.csv", in: folder)
        XCTAssertEqual(ShellHarness.failure("dataset load empty.csv", in: &session, base: folder)?.message,
                       "empty.csv: the CSV text is empty; it needs a header line such as x1,x2,label and data rows")
        XCTAssertEqual(ShellHarness.failure("dataset load .", in: &session, base: folder)?.message,
                       "cannot read '.': it is a folder, not a regular file")
    }

    func testALargerFileLoadsAcrossChunks() throws {
        let folder = ShellHarness.scratchFolder()
        var text = "a,b,y\r\n"
        for i in 0..<40_000 {
            text += "\(Double(i) / 7),\"\(-Double(i) * 1e-9)\",\(i % 3)\r\n"
        }
        try write(Array(text.utf8), "big.csv", in: folder)
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("dataset load big.csv val 0.25", in: &session, base: folder),
                       "big.csv: 40000 points, 2 features, 3 classes, train 30000 / val 10000\n")
        let expected = try LabeledData.fromCSV(CSVTable.parse(text))
        XCTAssertEqual(session.data?.all.inputs.map(\.bitPattern), expected.inputs.map(\.bitPattern))
        XCTAssertEqual(session.data?.all.labels, expected.labels)
    }

    /// A file past `CSVFileLoad.twoPartSize`: `rows` rows of three numbers and a class, with
    /// `edit` applied to the text of row `index`.
    private func largeFile(rows: Int, edit: (Int, String) -> String = { $1 }) -> [UInt8] {
        var text = "a,b,c,label\n"
        text.reserveCapacity(rows * 64)
        for i in 0..<rows {
            text += edit(i, "\(Double(i) / 7),\(-Double(i) * 1e-9),\(Double(i % 97) * 0.125),c\(i % 4)\n")
        }
        return Array(text.utf8)
    }

    func testALargeFileReadInTwoPartsGivesWhatOneReaderGives() throws {
        let folder = ShellHarness.scratchFolder()
        let bytes = largeFile(rows: 200_000)
        XCTAssertGreaterThan(bytes.count, CSVFileLoad.twoPartSize)
        try write(bytes, "large.csv", in: folder)
        var session = Session()
        _ = try ShellHarness.execute("dataset load large.csv", in: &session, base: folder)
        let expected = try CSVLoader.load(bytes)
        XCTAssertEqual(session.data?.all.inputs.map(\.bitPattern), expected.inputs.map(\.bitPattern))
        XCTAssertEqual(session.data?.all.labels, expected.labels)
        XCTAssertEqual(session.data?.all.classes, expected.classes)
    }

    /// The message one reader gives for `bytes`, named as `dataset load` names it.
    private func oneReaderError(_ bytes: [UInt8], _ name: String) -> String? {
        do {
            _ = try CSVLoader.load(bytes)
            return nil
        } catch let error as DataError {
            return error.located(in: name)
        } catch {
            return "\(error)"
        }
    }

    func testErrorsInTheSecondPartKeepTheFilesLineNumbers() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        // Row 180,000 is line 180,002: far past the middle, so the second reader meets it.
        let bad = largeFile(rows: 200_000) { $0 == 180_000 ? "1,2,oops,c1\n" : $1 }
        try write(bad, "bad.csv", in: folder)
        let message = ShellHarness.failure("dataset load bad.csv", in: &session, base: folder)?.message
        XCTAssertEqual(message, oneReaderError(bad, "bad.csv"))
        XCTAssertTrue(message?.hasPrefix("bad.csv:180002: column 'c'") ?? false, message ?? "no error")
        let ragged = largeFile(rows: 200_000) { $0 == 150_000 ? "1,2\n" : $1 }
        try write(ragged, "ragged.csv", in: folder)
        let raggedMessage = ShellHarness.failure("dataset load ragged.csv", in: &session, base: folder)?.message
        XCTAssertEqual(raggedMessage, oneReaderError(ragged, "ragged.csv"))
        XCTAssertTrue(raggedMessage?.hasPrefix("ragged.csv:150002:") ?? false, raggedMessage ?? "no error")
        // A quoted field anywhere: read again by one reader, with the same data.
        let quoted = largeFile(rows: 200_000) { $0 == 190_000 ? "1,2,3,\"c1\"\n" : $1 }
        try write(quoted, "quoted.csv", in: folder)
        _ = try ShellHarness.execute("dataset load quoted.csv", in: &session, base: folder)
        XCTAssertEqual(session.data?.all.inputs.map(\.bitPattern), try CSVLoader.load(quoted).inputs.map(\.bitPattern))
    }
}
