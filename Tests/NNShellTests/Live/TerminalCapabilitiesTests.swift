import XCTest
@testable import NNShell

final class TerminalCapabilitiesTests: XCTestCase {
    private func capabilities(_ environment: [String: String], terminal: Bool = true) -> TerminalCapabilities {
        TerminalCapabilities(environment: environment, stdoutIsTerminal: terminal, stdinIsTerminal: terminal)
    }

    func testAColourTerminalGetsPictures() {
        let colour = capabilities(["TERM": "xterm-256color"])
        XCTAssertTrue(colour.isTerminal)
        XCTAssertTrue(colour.styled)
        XCTAssertEqual(colour.liveOutput, .pictures)
        XCTAssertEqual(capabilities(["TERM": "xterm", "NO_COLOR": ""]).liveOutput, .pictures, "an empty NO_COLOR does not count")
    }

    func testNoColorOrDumbOnATerminalGetsPlainLinesButStaysATerminal() {
        for environment in [["TERM": "xterm", "NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = capabilities(environment)
            XCTAssertTrue(plain.isTerminal, "\(environment)")
            XCTAssertTrue(plain.readsKeys, "\(environment)")
            XCTAssertFalse(plain.styled, "\(environment)")
            XCTAssertEqual(plain.liveOutput, .plainLines, "\(environment)")
        }
    }

    func testOffATerminalThereIsNoLiveOutput() {
        let pipe = capabilities(["TERM": "xterm"], terminal: false)
        XCTAssertFalse(pipe.isTerminal)
        XCTAssertFalse(pipe.styled)
        XCTAssertEqual(pipe.liveOutput, TerminalCapabilities.LiveOutput.none)
        let keysOnly = TerminalCapabilities(environment: [:], stdoutIsTerminal: false, stdinIsTerminal: true)
        XCTAssertTrue(keysOnly.readsKeys)
        XCTAssertEqual(keysOnly.liveOutput, TerminalCapabilities.LiveOutput.none)
    }
}
