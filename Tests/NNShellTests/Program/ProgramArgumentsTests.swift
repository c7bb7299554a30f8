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

    func testUsageMessagesNameTheMistake() {
        func message(_ arguments: [String]) -> String {
            do {
                _ = try ProgramArguments.request(parsing: arguments)
                return "parsed"
            } catch {
                return error.message
            }
        }
        XCTAssertEqual(message(["a.nnb", "b.nnb"]), "more than one notebook given: 'a.nnb' and 'b.nnb'")
        XCTAssertEqual(message(["--keep-gong"]), "Unknown option '--keep-gong'. Did you mean '--keep-going'?")
        XCTAssertEqual(message(["--zzz"]), "unknown option '--zzz' (choose " + ProgramArguments.longOptionNames.joined(separator: ", ") + ")")
        XCTAssertTrue(ProgramArguments.longOptionNames.contains("--generate-completion-script"))
        XCTAssertEqual(message(["-e", "help", "--report", "out"]),
                       "--report writes a notebook file's replay: give the notebook, e.g. nnb notebook.nnb --report out (not -e or stdin)")
        XCTAssertEqual(message(["a.nnb", "--report", ""]), "--report needs a folder, e.g. nnb notebook.nnb --report out")
        XCTAssertEqual(message(["-q", "a.nnb", "--report", "out"]), "parsed")
        XCTAssertEqual(message(["--step", "a.nnb", "--report", "out"]),
                       "--report and --step do not go together: write the report with a plain replay, e.g. nnb notebook.nnb --report out")
        XCTAssertEqual(message(["--kernel", "-e", "help"]), "--kernel takes its commands from stdin: give it alone, e.g. nnb --kernel")
        XCTAssertEqual(message(["--kernel"]), "parsed")
    }

    func testJoinedAndDashArguments() throws {
        XCTAssertEqual(try ProgramArguments(parsing: ["-eecho x", "-e", "-1"]).commands, ["echo x", "-1"])
        XCTAssertEqual(try ProgramArguments(parsing: ["-"]).file, "-")
        XCTAssertEqual(try ProgramArguments(parsing: ["a.nnb", "--report=out"]).report, "out")
        XCTAssertTrue(try ProgramArguments(parsing: ["-k", "--notebooks"]).notebooks)
    }

    func testHelpVersionAndCompletionScriptsArePrinted() throws {
        guard case .print(let help) = try ProgramArguments.request(parsing: ["--help"]) else { return XCTFail("--help runs") }
        XCTAssertTrue(help.contains("USAGE: nnb"))
        XCTAssertTrue(help.contains("-k, --keep-going        Do not stop at the first error"))
        guard case .print(let version) = try ProgramArguments.request(parsing: ["--version"]) else { return XCTFail("--version runs") }
        XCTAssertEqual(version, "nnb \(Program.version)")
        for (shell, marker) in [("bash", "complete -o filenames -F _nnb nnb"), ("zsh", "#compdef nnb"), ("fish", "complete -c 'nnb'")] {
            guard case .print(let script) = try ProgramArguments.request(parsing: ["--generate-completion-script", shell]) else {
                return XCTFail("\(shell) completion runs")
            }
            XCTAssertTrue(script.contains(marker), shell)
            XCTAssertTrue(script.contains("keep-going"), shell)
        }
        XCTAssertThrowsError(try ProgramArguments(parsing: ["--version"]))
    }
}
