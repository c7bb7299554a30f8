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
