import XCTest
@testable import NNShell

final class LivePreviewTests: XCTestCase {
    func testDataAndNetworkCommandsRedrawAtOnceWhenLiveAtTheShell() throws {
        var session = try ShellHarness.session("seed 2; set live on")
        let data = try ShellHarness.execute("dataset moons 120 noise 0.1", in: &session, terminal: true)
        XCTAssertTrue(data.hasPrefix("moons: 120 points"), data)
        XCTAssertTrue(data.contains("capital: train  digit: validation"), "the data is drawn:\n\(data)")
        XCTAssertFalse(data.contains("lower: region"), "no network yet: the data alone")
        let lines = data.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 10, "a picture follows the dataset line")
        XCTAssertTrue(lines.allSatisfy { LiveFrame.visibleWidth($0) <= 80 }, data)

        let net = try ShellHarness.execute("net 2 8 1", in: &session, terminal: true)
        XCTAssertGreaterThan(net.split(separator: "\n").count, 10, "the new network's boundary is drawn:\n\(net)")
        XCTAssertTrue(net.contains("lower: region"), "the boundary, not the data alone:\n\(net)")
        let noise = try ShellHarness.execute("dataset moons 120 noise 0.3", in: &session, terminal: true)
        XCTAssertNotEqual(noise, data, "a noisier set draws another picture")

        let quiet = try ShellHarness.execute("dataset moons 120", in: &session)
        XCTAssertEqual(quiet.split(separator: "\n").count, 1, "scripts and pipes get no picture")
        try ShellHarness.execute("set live off", in: &session)
        let off = try ShellHarness.execute("dataset moons 120", in: &session, terminal: true)
        XCTAssertEqual(off.split(separator: "\n").count, 1, "live off: no picture")
    }

    func testTrainForeverIsRefusedOutsideTheShell() throws {
        var session = try ShellHarness.session("dataset moons 40; net 2 4 1")
        XCTAssertEqual(ShellHarness.failure("train forever", in: &session)?.message,
                       "'train forever' trains until you stop it, so it needs the interactive shell; in a script give a number of epochs, e.g. 'train 1000'")
        XCTAssertEqual(session.model?.trainer.history.count, 0)
    }

    func testPaceSetting() throws {
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("set pace 20", in: &session), "pace 20\n")
        XCTAssertEqual(session.settings.pace, .epochsPerSecond(20))
        XCTAssertEqual(try ShellHarness.execute("set pace off", in: &session), "pace off\n")
        XCTAssertEqual(ShellHarness.failure("set pace fast", in: &session)?.message,
                       "pace must be auto, off or a number of epochs per second above 0, not 'fast'")
        XCTAssertEqual(session.settings.pace, .off)
        XCTAssertTrue(try ShellHarness.execute("show pace", in: &session).contains("(default auto)"))
    }

    func testLiveNetworkDrawsTheDiagramWhileTraining() throws {
        var session = try ShellHarness.session("seed 1; dataset moons 100; net 2 4 1; set pace off")
        XCTAssertEqual(try ShellHarness.execute("set live network", in: &session), "live network\n")
        let drawn = try ShellHarness.execute("train 12", in: &session, terminal: true)
        XCTAssertTrue(drawn.contains("inputs"), "the diagram's input column:\n\(drawn)")
        XCTAssertTrue(drawn.contains("layer 1 relu"), drawn)
        XCTAssertFalse(drawn.contains("lower: region"), "no boundary map")
        XCTAssertTrue(drawn.contains("trained 12 epochs"), drawn)
        for line in drawn.split(separator: "\n") where !line.contains("trained 12 epochs") {
            XCTAssertLessThanOrEqual(LiveFrame.visibleWidth(line.split(separator: "\r").last ?? ""), 80, String(line))
        }
        XCTAssertEqual(try ShellHarness.execute("show live", in: &session), "* live  network  (default off)\n")
    }

    func testRegressionLiveCurvesShowLossOnly() throws {
        var session = try ShellHarness.session("seed 1; dataset plane 200; net 2 1; set live on; set pace off")
        let drawn = try ShellHarness.execute("train 30 lr 0.01", in: &session, terminal: true)
        XCTAssertTrue(drawn.contains("r2 "), "regression metrics line:\n\(drawn)")
        XCTAssertFalse(drawn.contains("acc"), "no accuracy for regression:\n\(drawn)")
    }
}
