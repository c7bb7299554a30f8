import Foundation
import NNCore
import XCTest

/// Replays every lesson notebook in `notebooks/` through the real `nnb` binary, once under each
/// kernel family the processor runs (`NNB_KERNEL`): each notebook ends with `expect` lines on the
/// numbers its text claims, so exit status 0 means the lesson still tells the truth, and its
/// output must equal its golden transcript in `Tests/Transcripts` byte for byte (made by
/// `scripts/update-transcripts.sh`), so it tells it in the same digits on every processor. The
/// notebooks of one family replay side by side, one process each; a failure names the lesson,
/// the family and the first line that differs.
///
/// `NNB_RELEASE_BINARY=PATH` replays with that binary instead of the one built beside the tests
/// (`swift build -c release`, then `NNB_RELEASE_BINARY=.build/release/nnb swift test --filter
/// NotebookReplayTests`), so release builds are held to the same transcripts.
final class NotebookReplayTests: XCTestCase {
    private static let folder = Repository.url("notebooks")

    /// One notebook's replay, started; ``finish()`` waits for it.
    private struct Run {
        let name: String
        let process: Process
        let output: URL
        let errors: URL

        /// Starts `nnb NOTEBOOK -q --keep-going` (so every failing `expect` is reported at once)
        /// from the notebooks folder, as the transcript script does, under `family`, with its
        /// output going to files.
        init(_ name: String, program: URL, family: KernelFamily) throws {
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
            process.arguments = [name, "-q", "--keep-going"]
            process.currentDirectoryURL = NotebookReplayTests.folder
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            environment["NNB_KERNEL"] = family.rawValue
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

    /// The binary to replay with: `NNB_RELEASE_BINARY`, or the one built beside the tests.
    private func program() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["NNB_RELEASE_BINARY"], !path.isEmpty {
            let url = URL(fileURLWithPath: path, relativeTo: Repository.root)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey:
                    "NNB_RELEASE_BINARY=\(path) is not an executable: build it with 'swift build -c release' or unset it"])
            }
            return url
        }
        return try BuiltProgram.url()
    }

    func testEveryNotebookReplaysToItsTranscriptUnderEveryKernelFamily() throws {
        let program = try program()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".nnb") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10, "the lessons in \(Self.folder.path)")
        for family in KernelFamily.supported {
            let runs = try names.map { try Run($0, program: program, family: family) }
            for run in runs {
                let result = run.finish()
                let label = "\(run.name) with NNB_KERNEL=\(family.rawValue) (\(program.path))"
                XCTAssertEqual(result.status, 0, "\(label) failed:\n\(result.errors)\n--- last lines of output ---\n"
                                   + result.output.split(separator: "\n", omittingEmptySubsequences: false).suffix(30)
                                       .joined(separator: "\n"))
                XCTAssertEqual(result.errors, "", "\(label) wrote to stderr")
                XCTAssertTrue(result.output.contains("ok: "), "\(label) checked none of its claims")
                let transcript = Repository.url("Tests/Transcripts/\(run.name.dropLast(".nnb".count)).out")
                guard let expected = try? String(contentsOf: transcript, encoding: .utf8) else {
                    XCTFail("\(transcript.path) is missing: run scripts/update-transcripts.sh")
                    continue
                }
                if result.output != expected {
                    XCTFail("\(label) differs from \(transcript.lastPathComponent):\n"
                                + Self.firstDifference(result.output, expected))
                }
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
}
