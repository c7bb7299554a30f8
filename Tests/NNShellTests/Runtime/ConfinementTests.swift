import Foundation
import XCTest
@testable import NNShell

/// `nnb FILE.nnb` reads and writes only inside the notebook's folder unless `--trust` is given.
final class ConfinementTests: XCTestCase {
    /// A notebook folder `book` inside a scratch folder, with a file outside it.
    private func layout() throws -> (outer: String, book: String) {
        let outer = PathResolution.real(ShellHarness.scratchFolder())
        let book = outer + "/book"
        try FileManager.default.createDirectory(atPath: book + "/sub", withIntermediateDirectories: true)
        try "x1,x2,label\n1,2,0\n3,4,1\n".write(toFile: outer + "/secret.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: book + "/link.csv", withDestinationPath: outer + "/secret.csv")
        try FileManager.default.createSymbolicLink(atPath: book + "/up", withDestinationPath: outer)
        return (outer, book)
    }

    private func replay(_ script: String, in book: String, trust: Bool = false) throws -> (Int32, String, String) {
        let file = book + "/nb.nnb"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try BuiltProgram.run(["-q", file] + (trust ? ["--trust"] : []))
        return (result.status, result.output, result.errors)
    }

    func testANotebookCannotReachOutsideItsFolder() throws {
        let (outer, book) = try layout()
        let refusals = ["dataset load ../secret.csv", "dataset load link.csv", "dataset load up/secret.csv",
                        "dataset load \(outer)/secret.csv", "dataset load sub/../../secret.csv",
                        "dataset save ../x.csv", "dataset save up/x.csv", "run ../other.nnb", "save ~/m.json"]
        for command in refusals {
            let (status, _, errors) = try replay("dataset moons 10\nnet 2 2 1\n\(command)\n", in: book)
            XCTAssertEqual(status, 1, command)
            XCTAssertTrue(errors.contains("is outside the notebook's folder \(book): a notebook reads and writes only inside its own folder; replay it with --trust to allow this"), "\(command): \(errors)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outer).sorted(), ["book", "secret.csv"])
        let (status, output, _) = try replay("dataset moons 10\ndataset save sub/../inside.csv\ndataset load inside.csv\n", in: book)
        XCTAssertEqual(status, 0)
        XCTAssertTrue(output.contains("wrote 10 points to sub/../inside.csv"))
    }

    func testTrustLiftsTheConfinement() throws {
        let (outer, book) = try layout()
        let (status, output, errors) = try replay("dataset load ../secret.csv\ndataset save up/copy.csv\n", in: book, trust: true)
        XCTAssertEqual(status, 0, errors)
        XCTAssertTrue(output.contains("wrote 2 points to up/copy.csv"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: outer + "/copy.csv"))
    }

    func testCommandLinesAndStdinAreNotConfined() throws {
        let (outer, book) = try layout()
        let result = try BuiltProgram.run(["-e", "dataset load \(outer)/secret.csv"])
        XCTAssertEqual(result.status, 0, result.errors)
        _ = book
    }
}
