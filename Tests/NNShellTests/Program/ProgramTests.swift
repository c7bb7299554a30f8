import Foundation
import XCTest

/// The `nnb` binary itself: arguments, stdin mode and exit statuses.
final class ProgramTests: XCTestCase {
    private func run(_ arguments: [String], stdin: String = "", folder: String? = nil) throws -> (out: String, err: String, status: Int32) {
        let process = Process()
        process.executableURL = try BuiltProgram.url()
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }

    func testCommandsFromStdinWithoutAPrompt() throws {
        let ok = try run([], stdin: "echo hi\nseed 2; echo there\n")
        XCTAssertEqual(ok.out, "hi\nseed 2\nthere\n")
        XCTAssertEqual(ok.status, 0)
        let failed = try run([], stdin: "echo a\nnet 2 x 1\necho b\n")
        XCTAssertEqual(failed.out, "a\n")
        XCTAssertEqual(failed.err.split(separator: "\n").first, "<stdin>:2: error: a layer size must be an integer from 1 to 100000, not 'x'")
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(try run(["-"], stdin: "echo dash\n").out, "dash\n")
        let going = try run(["--keep-going"], stdin: "echo a\nbogus\necho b\n")
        XCTAssertEqual(going.out, "a\nb\n")
        XCTAssertEqual(going.status, 1)
    }

    func testDashEAndUsageErrors() throws {
        let commands = try run(["-e", "echo one; echo two"])
        XCTAssertEqual(commands.out, "one\ntwo\n")
        XCTAssertEqual(commands.status, 0)
        let failing = try run(["-e", "echo one; bogus"])
        XCTAssertTrue(failing.err.hasPrefix("-e:1: error: unknown command 'bogus'"))
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(try run(["--bogus"]).status, 2)
        XCTAssertEqual(try run(["a.nnb", "b.nnb"]).status, 2)
        XCTAssertEqual(try run(["missing.nnb"]).status, 2)
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    func testNotebookReplayQuietAndRelativePaths() throws {
        let folder = NSTemporaryDirectory() + "nnb-program-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try "%% Make\ndataset moons 20\ndataset save out.csv\n%% Say\necho done\n".write(toFile: folder + "/sub/n.nnb", atomically: true, encoding: .utf8)
        let full = try run(["sub/n.nnb"], folder: folder)
        XCTAssertEqual(full.out, "## Make\nnnb> dataset moons 20\nmoons: 20 points, 2 features, 2 classes, train 16 / val 4\nnnb> dataset save out.csv\nwrote 20 points to out.csv\n\n## Say\nnnb> echo done\ndone\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/sub/out.csv"))
        let quiet = try run(["sub/n.nnb", "-q"], folder: folder)
        XCTAssertEqual(quiet.out, "moons: 20 points, 2 features, 2 classes, train 16 / val 4\nwrote 20 points to out.csv\ndone\n")
        let stepped = try run(["--step", "sub/n.nnb", "-q"], stdin: "\nq\n", folder: folder)
        XCTAssertTrue(stepped.out.contains("moons: 20 points"))
        XCTAssertTrue(stepped.out.contains("-- [1/2] Make ---"))
        XCTAssertTrue(stepped.out.contains("  dataset moons 20\n  dataset save out.csv\nEnter runs the cell · type a command to run it now · b back · g N go to cell N · l list · q quit\nstep 1/2> "))
        XCTAssertTrue(stepped.out.contains("-- [2/2] Say ---"))
        XCTAssertFalse(stepped.out.contains("\ndone\n"))
        XCTAssertEqual(stepped.status, 0)
        try "echo a\nexpect epochs > 5\necho b\n".write(toFile: folder + "/bad.nnb", atomically: true, encoding: .utf8)
        let bad = try run(["bad.nnb", "--keep-going", "-q"], folder: folder)
        XCTAssertEqual(bad.out, "a\nb\n")
        XCTAssertEqual(bad.err, "bad.nnb:2: error: expect failed: epochs is 0, not > 5\n")
        XCTAssertEqual(bad.status, 1)
    }
}
