import Foundation
import XCTest

/// Python modules that some tests drive the real program with.
enum PythonModule {
    /// Skips the calling test, with a message saying what to install, unless `python3` can
    /// import `module`.
    static func require(_ module: String, install: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw XCTSkip("python3 is not available; this test needs python3 with \(module) (\(install))")
        }
        guard process.terminationStatus == 0 else {
            throw XCTSkip("python3 cannot import \(module); install it to run this test (\(install))")
        }
    }
}

/// The pexpect scripts in `Tests/Scripts` that drive the real `nnb` under a pseudo-terminal.
enum TerminalScript {
    /// Runs `Tests/Scripts/NAME` against the built program (skipping without pexpect) and checks
    /// that it exits 0 and reports no failed check.
    static func run(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try PythonModule.require("pexpect", install: "apt-get install python3-pexpect")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.url("Tests/Scripts/\(name)").path, try BuiltProgram.url().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if text.hasPrefix("skipped:") { throw XCTSkip(text) }
        XCTAssertEqual(process.terminationStatus, 0, "\(name) failed:\n\(text)", file: file, line: line)
        XCTAssertTrue(text.contains(" passed, 0 failed"), text, file: file, line: line)
    }
}
