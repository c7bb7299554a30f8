import Foundation
import XCTest

/// Runs the pexpect scripts in Tests/Scripts against the real `nnb` under a pseudo-terminal:
/// interactive_test.py (tab completion, history across runs, Ctrl-C during training, Ctrl-D) and
/// step_test.py (`--step`: rendered Markdown, commands at the pause, `b`, `q`).
final class InteractiveTests: XCTestCase {
    func testInteractiveSessionUnderAPseudoTerminal() throws {
        try PythonModule.require("pexpect", install: "apt-get install python3-pexpect")
        let script = Repository.url("Tests/Scripts/interactive_test.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "interactive test failed:\n\(text)")
        XCTAssertTrue(text.contains(" passed, 0 failed"), text)
    }

    func testSteppingThroughANotebookUnderAPseudoTerminal() throws {
        try PythonModule.require("pexpect", install: "apt-get install python3-pexpect")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.url("Tests/Scripts/step_test.py").path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "step test failed:\n\(text)")
        XCTAssertTrue(text.contains(" passed, 0 failed"), text)
    }
}
