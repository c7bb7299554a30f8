import Foundation
import XCTest

/// Replays every lesson notebook in `notebooks/` through the real `nnb` binary: each one ends
/// with `expect` lines on the numbers its text claims, so exit status 0 means the lesson still
/// tells the truth. One test per notebook so a failure names the lesson.
final class NotebookReplayTests: XCTestCase {
    /// The notebooks folder of the package, found from this file's path.
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks")

    /// Every notebook that has a test below; `testEveryNotebookIsReplayed` keeps it complete.
    private static let tested = [
        "activations.nnb", "backprop-by-hand.nnb", "csv.nnb", "features.nnb", "from-scratch.nnb",
        "learning-rate.nnb", "losses.nnb", "multiclass.nnb", "optimizers.nnb", "overfitting.nnb",
        "regression.nnb",
    ]

    /// Replays `name` quietly with `--keep-going`, so that every failing `expect` is reported
    /// at once; the exit status must still be 0.
    private func replay(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let notebook = Self.folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: notebook.path) else {
            return XCTFail("\(notebook.path) is missing", file: file, line: line)
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnb-notebook-\(UUID().uuidString).txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: output.path, contents: nil), "cannot create \(output.path)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = try BuiltProgram.url()
        process.arguments = [notebook.path, "-q", "--keep-going"]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        let errors = Pipe()
        process.standardError = errors
        let started = Date()
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let out = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0,
                       "\(name) failed after \(String(format: "%.1f", seconds)) s:\n\(err)\n--- last lines of output ---\n"
                           + out.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n"),
                       file: file, line: line)
        XCTAssertEqual(err, "", "\(name) wrote to stderr", file: file, line: line)
    }

    func testEveryNotebookIsReplayed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".nnb") }.sorted()
        XCTAssertEqual(names, Self.tested, "add a test method for each notebook in \(Self.folder.path)")
    }

    func testFromScratch() throws { try replay("from-scratch.nnb") }
    func testLosses() throws { try replay("losses.nnb") }
    func testActivations() throws { try replay("activations.nnb") }
    func testOptimizers() throws { try replay("optimizers.nnb") }
    func testLearningRate() throws { try replay("learning-rate.nnb") }
    func testOverfitting() throws { try replay("overfitting.nnb") }
    func testFeatures() throws { try replay("features.nnb") }
    func testBackpropByHand() throws { try replay("backprop-by-hand.nnb") }
    func testMulticlass() throws { try replay("multiclass.nnb") }
    func testCSV() throws { try replay("csv.nnb") }
    func testRegression() throws { try replay("regression.nnb") }
}
