import Foundation
import XCTest
@testable import NNShell

/// What a replay printed and how it ended.
struct ScriptRun {
    var output: String
    var errors: String
    var result: ReplayResult
}

/// Runs scripts and single commands through the shell with captured output.
enum ShellHarness {
    /// A fresh scratch folder for files a test writes.
    static func scratchFolder() -> String {
        let path = NSTemporaryDirectory() + "nnb-shell-tests-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Replays `text` as a notebook named `file` in `session`.
    static func replay(_ text: String, file: String = "test.nnb", session: inout Session, echo: Bool = true,
                       keepGoing: Bool = false, base: String = NSTemporaryDirectory()) -> ScriptRun {
        let capture = CapturedOutput()
        let context = Context(console: capture.console(), baseDirectory: base, echo: echo)
        let result = Replay.run(Notebook(parsing: text), file: file, session: &session, context: context,
                                options: ReplayOptions(echo: echo, keepGoing: keepGoing)) { diagnostic in
            context.console.error(DiagnosticRenderer.script(diagnostic, file: file, line: diagnostic.line ?? 0))
        }
        return ScriptRun(output: capture.output, errors: capture.errors, result: result)
    }

    /// Replays `text` in a fresh session.
    static func replay(_ text: String, echo: Bool = false, keepGoing: Bool = false,
                       base: String = NSTemporaryDirectory()) -> ScriptRun {
        var session = Session()
        return replay(text, session: &session, echo: echo, keepGoing: keepGoing, base: base)
    }

    /// Runs one command line in `session`; returns its output, or throws its diagnostic.
    @discardableResult
    static func execute(_ line: String, in session: inout Session, base: String = NSTemporaryDirectory(),
                        terminal: Bool = false) throws -> String {
        let capture = CapturedOutput()
        let context = Context(console: capture.console(terminal: terminal), interactive: terminal, baseDirectory: base)
        try Interpreter.execute(line: line, session: &session, context: context)
        return capture.output
    }

    /// A fresh session after `lines`.
    static func session(_ lines: String) throws -> Session {
        var session = Session()
        try execute(lines, in: &session)
        return session
    }

    /// The diagnostic `line` fails with in `session`.
    static func failure(_ line: String, in session: inout Session, base: String = NSTemporaryDirectory(),
                        file: StaticString = #filePath, line testLine: UInt = #line) -> Diagnostic? {
        do {
            try execute(line, in: &session, base: base)
            XCTFail("'\(line)' should fail", file: file, line: testLine)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: testLine)
            return nil
        }
    }
}
