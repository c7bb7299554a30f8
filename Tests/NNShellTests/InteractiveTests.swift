import Foundation
import XCTest

/// Runs the pexpect scripts in Tests/Scripts against the real `nnb` under a pseudo-terminal:
/// interactive_test.py (tab completion, history across runs, Ctrl-C during training, Ctrl-D) and
/// step_test.py (`--step`: rendered Markdown, commands at the pause, `b`, `q`).
final class InteractiveTests: XCTestCase {
    func testInteractiveSessionUnderAPseudoTerminal() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("Tests/Scripts/interactive_test.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "interactive test failed (needs python3 with pexpect: apt-get install python3-pexpect):\n\(text)")
        XCTAssertTrue(text.contains(" passed, 0 failed"), text)
    }

    func testSteppingThroughANotebookUnderAPseudoTerminal() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/Scripts/step_test.py").path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 { throw XCTSkip(text) }
        XCTAssertEqual(process.terminationStatus, 0, "step test failed:\n\(text)")
        XCTAssertTrue(text.contains(" passed, 0 failed"), text)
    }
}
