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

final class CompleterTests: XCTestCase {
    func testCommandNamesOptionsAndNames() {
        XCTAssertEqual(Completer.candidates(before: "", word: "tr").words, ["train"])
        XCTAssertEqual(Completer.candidates(before: "seed 1; ", word: "da").words, ["dataset"])
        XCTAssertEqual(Completer.candidates(before: "dataset ", word: "mo").words, ["moons"])
        XCTAssertEqual(Completer.candidates(before: "dataset moons 200 ", word: "no").words, ["noise"])
        XCTAssertEqual(Completer.candidates(before: "net 2 8 1 ", word: "leak").words, ["leaky_relu"])
        XCTAssertEqual(Completer.candidates(before: "net 2 8 1 out ", word: "so").words, ["softmax"])
        XCTAssertEqual(Completer.candidates(before: "optimizer ", word: "ad").words, ["adam"])
        XCTAssertEqual(Completer.candidates(before: "loss ", word: "").words, ["mse", "bce", "ce", "auto"])
        XCTAssertEqual(Completer.candidates(before: "train 100 lr 0.1 ", word: "b").words, ["batch"])
        XCTAssertEqual(Completer.candidates(before: "set ", word: "be").words, ["beta1", "beta2"])
        XCTAssertEqual(Completer.candidates(before: "set optimizer ", word: "rms").words, ["rmsprop"])
        XCTAssertEqual(Completer.candidates(before: "features x1 x2 ", word: "sin").words, ["sin(x1)", "sin(x2)"])
    }

    func testPathsFallBackToFileNames() {
        let load = Completer.candidates(before: "load ", word: "mod")
        XCTAssertTrue(load.paths)
        XCTAssertEqual(load.words, [])
        XCTAssertTrue(Completer.candidates(before: "dataset load ", word: "").paths)
        XCTAssertFalse(Completer.candidates(before: "bogus ", word: "").paths)
    }
}
