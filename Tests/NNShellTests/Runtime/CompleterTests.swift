import XCTest
@testable import NNShell

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
