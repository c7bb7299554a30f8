import Foundation
import XCTest
@testable import NNShell

final class ScriptTests: XCTestCase {
    /// Golden scripts and their expected output live in `Tests/Scripts/golden` at the package root.
    private static let fixtures = Repository.url("Tests/Scripts/golden")

    private func fixture(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    func testReplayMatchesTheGoldenOutput() throws {
        var session = Session()
        let run = ShellHarness.replay(try fixture("moons.nnb"), file: "moons.nnb", session: &session)
        XCTAssertEqual(run.errors, "")
        XCTAssertEqual(run.output, try fixture("moons.out"))
    }

    func testTheSameScriptPrintsTheSameTextTwice() throws {
        let script = "seed 5; dataset spiral 120 classes 3 noise 0.2\nnet 2 8 8 3\noptimizer momentum\ntrain 25 batch 10\neval\nstep\nhistory 3"
        let first = ShellHarness.replay(script, echo: true)
        let second = ShellHarness.replay(script, echo: true)
        XCTAssertEqual(first.errors, "")
        XCTAssertEqual(first.output, second.output)
    }

    func testErrorsNameTheFileAndLineAndStopTheScript() {
        var session = Session()
        let run = ShellHarness.replay("echo start\n\ndataset moons 50\nnet 2 8 1 rellu\necho never", file: "demo.nnb", session: &session)
        XCTAssertEqual(run.errors, "demo.nnb:4: error: unknown activation 'rellu' (did you mean relu?)\n  usage: net SIZE... [ACTIVATION] [out ACTIVATION]\n")
        XCTAssertFalse(run.output.contains("never"))
        XCTAssertEqual(run.result.failures, 1)
        XCTAssertTrue(run.result.stopped)
    }

    func testKeepGoingRunsEveryCommandAndCountsFailures() {
        let run = ShellHarness.replay("bogus\necho a; tran; echo b\nexpect acc > 1", keepGoing: true)
        XCTAssertEqual(run.output, "a\nb\n")
        XCTAssertEqual(run.result.failures, 3)
        XCTAssertEqual(run.errors.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix(12) },
                       ["test.nnb:1: ", "test.nnb:2: ", "test.nnb:3: "])
    }

    func testRunStartsFromAFreshSessionAndKeepsWhereTheNotebookEnds() throws {
        let folder = ShellHarness.scratchFolder()
        try "%% Look\nshow lr\nshow batch\nset epochs 7\n".write(toFile: folder + "/look.nnb", atomically: true, encoding: .utf8)
        var session = Session()
        _ = try ShellHarness.execute("set lr 0.03; set batch 16; dataset moons 20", in: &session, base: folder)
        let output = try ShellHarness.execute("run look.nnb", in: &session, base: folder)
        XCTAssertEqual(output, "  lr  0.1\n  batch  32\nepochs 7\n")
        XCTAssertEqual(session.settings.learningRate, 0.1)
        XCTAssertEqual(session.settings.epochs, 7)
        XCTAssertNil(session.data, "the notebook made no data, and run starts with none")
    }

    func testDefaultsRestoresEverySettingAndKeepsDataAndNetwork() throws {
        var session = Session()
        _ = try ShellHarness.execute("dataset moons 40; normalize on; net 2 4 1; set lr 0.03; set batch 16; optimizer adam; set l2 0.01; set val 0.5",
                                     in: &session)
        let normalizer = session.normalizer
        let output = try ShellHarness.execute("defaults", in: &session)
        XCTAssertEqual(output, "defaults restored: lr batch optimizer l2 val normalize\n")
        XCTAssertEqual(session.settings, Settings())
        XCTAssertEqual(session.data?.validation.rows, 20, "val takes effect at the next dataset")
        XCTAssertEqual(session.model?.shape, "2-4-1")
        XCTAssertNotNil(normalizer)
        XCTAssertEqual(session.normalizer, normalizer, "the network keeps its normalisation until the next net")
        _ = try ShellHarness.execute("net 2 4 1", in: &session)
        XCTAssertNil(session.normalizer)
        XCTAssertEqual(try ShellHarness.execute("defaults", in: &session), "every setting is already at its default\n")
    }

    func testRunReplaysANotebookWithPathsRelativeToItsFolder() throws {
        let folder = ShellHarness.scratchFolder()
        let inner = folder + "/inner"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        try "%% Data\ndataset moons 30\ndataset save points.csv\n".write(toFile: inner + "/make.nnb", atomically: true, encoding: .utf8)
        var session = Session()
        let output = try ShellHarness.execute("run inner/make.nnb", in: &session, base: folder)
        XCTAssertEqual(output, "moons: 30 points, 2 features, 2 classes, train 24 / val 6\nwrote 30 points to points.csv\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: inner + "/points.csv"))

        try "seed 4\nnet 2 9 1 rellu\n".write(toFile: inner + "/bad.nnb", atomically: true, encoding: .utf8)
        let diagnostic = ShellHarness.failure("run inner/bad.nnb", in: &session, base: folder)
        XCTAssertEqual(diagnostic?.file, "inner/bad.nnb")
        XCTAssertEqual(diagnostic?.line, 2)
        XCTAssertEqual(session.settings.seed, 0)
        try "run loop.nnb\n".write(toFile: folder + "/loop.nnb", atomically: true, encoding: .utf8)
        XCTAssertEqual(ShellHarness.failure("run loop.nnb", in: &session, base: folder)?.message,
                       "'loop.nnb' is already running: a notebook cannot run itself, directly or through others: remove this 'run' line")
        try "run fan.nnb\nrun fan.nnb\nrun fan.nnb\n".write(toFile: folder + "/fan.nnb", atomically: true, encoding: .utf8)
        try "expect error run self.nnb\nexpect error run self.nnb\nexpect error run self.nnb\nexpect error run self.nnb\nexpect error run self.nnb\n"
            .write(toFile: folder + "/self.nnb", atomically: true, encoding: .utf8)
        var fanned = Session()
        XCTAssertNoThrow(try ShellHarness.execute("run self.nnb", in: &fanned, base: folder))
        XCTAssertEqual(ShellHarness.failure("run fan.nnb", in: &session, base: folder)?.message,
                       "'fan.nnb' is already running: a notebook cannot run itself, directly or through others: remove this 'run' line")
    }
}
