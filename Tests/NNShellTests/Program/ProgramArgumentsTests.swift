import XCTest
@testable import NNShell

final class ProgramArgumentsTests: XCTestCase {
    func testOptionsBeforeOrAfterTheFile() throws {
        let before = try ProgramArguments(parsing: ["-q", "--keep-going", "a.nnb", "--step"])
        XCTAssertEqual(before.file, "a.nnb")
        XCTAssertTrue(before.quiet && before.keepGoing && before.step)
        let commands = try ProgramArguments(parsing: ["-e", "seed 1; echo x", "-e", "echo y"])
        XCTAssertEqual(commands.commands, ["seed 1; echo x", "echo y"])
        XCTAssertNil(commands.file)
        XCTAssertEqual(try ProgramArguments(parsing: ["--", "-odd.nnb"]).file, "-odd.nnb")
    }

    func testUsageErrors() {
        XCTAssertThrowsError(try ProgramArguments(parsing: ["--bogus"]))
        XCTAssertThrowsError(try ProgramArguments(parsing: ["-e"]))
        XCTAssertThrowsError(try ProgramArguments(parsing: ["a.nnb", "b.nnb"]))
    }
}
