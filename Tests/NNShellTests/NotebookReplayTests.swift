import Foundation
import NNCore
import XCTest

/// Replays every lesson notebook in `notebooks/` through the real `nnb` binary, once under each
/// kernel family the processor runs (`NNB_KERNEL`), and compares the output byte for byte with
/// its golden transcript in `Tests/Transcripts` (made by `scripts/update-transcripts.sh`). Each
/// notebook also ends with `expect` lines on the numbers its text claims, so exit status 0 means
/// the lesson still tells the truth, and the transcript match means it tells it in the same
/// digits on every processor. One test per notebook so a failure names the lesson.
///
/// `NNB_RELEASE_BINARY=PATH` replays with that binary instead of the one built beside the tests
/// (`swift build -c release` then `NNB_RELEASE_BINARY=.build/release/nnb swift test --filter
/// NotebookReplayTests`), so release builds are held to the same transcripts.
final class NotebookReplayTests: XCTestCase {
    /// The package folder, found from this file's path.
    private static let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The notebooks folder of the package.
    private static let folder = package.appendingPathComponent("notebooks")

    /// Every notebook that has a test below; `testEveryNotebookIsReplayed` keeps it complete.
    private static let tested = [
        "activations.nnb", "backprop-by-hand.nnb", "csv.nnb", "features.nnb", "from-scratch.nnb",
        "learning-rate.nnb", "losses.nnb", "multiclass.nnb", "optimizers.nnb", "overfitting.nnb",
    ]

    /// The binary to replay with.
    private func program() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["NNB_RELEASE_BINARY"], !path.isEmpty {
            let url = URL(fileURLWithPath: path, relativeTo: Self.package)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw XCTSkip("NNB_RELEASE_BINARY=\(path) is not an executable")
            }
            return url
        }
        return try BuiltProgram.url()
    }

    /// Replays `name` quietly with `--keep-going` under every kernel family, from the notebooks
    /// folder, as `scripts/update-transcripts.sh` does: the exit status must be 0, stderr empty
    /// and stdout the transcript.
    private func replay(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let notebook = Self.folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: notebook.path) else {
            return XCTFail("\(notebook.path) is missing", file: file, line: line)
        }
        let base = String(name.dropLast(".nnb".count))
        let transcriptFile = Self.package.appendingPathComponent("Tests/Transcripts/\(base).out")
        guard let transcript = try? String(contentsOf: transcriptFile, encoding: .utf8) else {
            return XCTFail("\(transcriptFile.path) is missing: run scripts/update-transcripts.sh", file: file, line: line)
        }
        let binary = try program()
        for family in KernelFamily.supported {
            let output = FileManager.default.temporaryDirectory
                .appendingPathComponent("nnb-notebook-\(UUID().uuidString).txt")
            XCTAssertTrue(FileManager.default.createFile(atPath: output.path, contents: nil), "cannot create \(output.path)")
            defer { try? FileManager.default.removeItem(at: output) }
            let process = Process()
            process.executableURL = binary
            process.arguments = [name, "-q", "--keep-going"]
            process.currentDirectoryURL = Self.folder
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            environment["NNB_KERNEL"] = family.rawValue
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: output)
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let out = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            let label = "\(name) with NNB_KERNEL=\(family.rawValue) (\(binary.path))"
            XCTAssertEqual(process.terminationStatus, 0, "\(label) failed:\n\(err)\n--- last lines of output ---\n"
                + out.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n"),
                file: file, line: line)
            XCTAssertEqual(err, "", "\(label) wrote to stderr", file: file, line: line)
            if out != transcript {
                XCTFail("\(label) differs from Tests/Transcripts/\(base).out:\n\(Self.firstDifference(out, transcript))",
                        file: file, line: line)
            }
        }
    }

    /// The first line where `got` and `want` differ, both versions.
    static func firstDifference(_ got: String, _ want: String) -> String {
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = want.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            let mine = index < a.count ? String(a[index]) : "(end of output)"
            let theirs = index < b.count ? String(b[index]) : "(end of transcript)"
            return "line \(index + 1):\n  replay:     \(mine)\n  transcript: \(theirs)"
        }
        return "(no line differs)"
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
}
