import Foundation
import XCTest

/// Replays every lesson notebook in `notebooks/` through the real `nnb` binary: each one ends
/// with `expect` lines on the numbers its text claims, so exit status 0 means the lesson still
/// tells the truth. The notebooks replay side by side, one process each; a failure names the
/// lesson and shows its last lines.
final class NotebookReplayTests: XCTestCase {
    private static let folder = Repository.url("notebooks")

    /// One notebook's replay, started; ``finish()`` waits for it.
    private struct Run {
        let name: String
        let process: Process
        let output: URL
        let errors: URL

        /// Starts `nnb NOTEBOOK -q --keep-going` (so every failing `expect` is reported at once)
        /// with its output going to files.
        init(_ name: String, program: URL) throws {
            self.name = name
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnb-replay-\(UUID().uuidString)")
            output = scratch.appendingPathExtension("out")
            errors = scratch.appendingPathExtension("err")
            for file in [output, errors] {
                guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                    throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
                }
            }
            process = Process()
            process.executableURL = program
            process.arguments = [NotebookReplayTests.folder.appendingPathComponent(name).path, "-q", "--keep-going"]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
        }

        /// Waits for the replay; returns its exit status, output and error text.
        func finish() -> (status: Int32, output: String, errors: String) {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: output)
                try? FileManager.default.removeItem(at: errors)
            }
            return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "",
                    (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
        }
    }

    func testEveryNotebookReplaysAndItsExpectLinesHold() throws {
        let program = try BuiltProgram.url()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".nnb") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10, "the lessons in \(Self.folder.path)")
        let runs = try names.map { try Run($0, program: program) }
        for run in runs {
            let result = run.finish()
            XCTAssertEqual(result.status, 0, "\(run.name) failed:\n\(result.errors)\n--- last lines of output ---\n"
                               + result.output.split(separator: "\n", omittingEmptySubsequences: false).suffix(30)
                                   .joined(separator: "\n"))
            XCTAssertEqual(result.errors, "", "\(run.name) wrote to stderr")
            XCTAssertTrue(result.output.contains("ok: "), "\(run.name) checked none of its claims")
        }
    }
}
