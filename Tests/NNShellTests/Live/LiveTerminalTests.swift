import Foundation
import XCTest

/// Runs Tests/Scripts/live_test.py: the real `nnb` under an 80×24 pseudo-terminal (pexpect),
/// pausing, stepping and stopping a live `train`, checking that frames fit the terminal and that
/// `TERM=dumb` gets plain metrics lines.
final class LiveTerminalTests: XCTestCase {
    func testLiveTrainingUnderAPseudoTerminal() throws {
        try PythonModule.require("pexpect", install: "apt-get install python3-pexpect")
        let script = Repository.url("Tests/Scripts/live_test.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if text.hasPrefix("skipped:") { throw XCTSkip(text) }
        XCTAssertEqual(process.terminationStatus, 0, "live terminal test failed:\n\(text)")
        XCTAssertTrue(text.contains(" passed, 0 failed"), text)
    }
}
