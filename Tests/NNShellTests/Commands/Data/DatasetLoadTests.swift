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
}
