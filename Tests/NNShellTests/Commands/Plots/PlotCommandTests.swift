import Foundation
import XCTest
@testable import NNShell

final class PlotCommandTests: XCTestCase {
    private static let scripts = Repository.url("Tests/Scripts/plots")

    /// A session with moons, a small trained network and a validation split.
    private func trainedSession(epochs: Int = 100) throws -> Session {
        var session = Session()
        try ShellHarness.execute("seed 2; dataset moons 200; net 2 8 8 1; train \(epochs)", in: &session)
        return session
    }

    func testEveryKindWritesPNGAndSVGOfTheSessionSize() throws {
        let folder = ShellHarness.scratchFolder()
        var session = try trainedSession(epochs: 5)
        for (kind, size) in [("boundary", (640, 480)), ("loss", (320, 240)), ("accuracy", (300, 200)),
                             ("history", (800, 300)), ("data", (200, 150)), ("neurons 2", (400, 400))] {
            try ShellHarness.execute("set size \(size.0) \(size.1)", in: &session)
            let name = kind.replacingOccurrences(of: " ", with: "")
            let output = try ShellHarness.execute("plot \(kind) \(name).png; plot \(kind) \(name).svg", in: &session, base: folder)
            XCTAssertEqual(output, "wrote \(name).png (PNG \(size.0)×\(size.1))\nwrote \(name).svg (SVG \(size.0)×\(size.1))\n")
            let png = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/\(name).png"), kind)
            let dimensions = try XCTUnwrap(PictureFiles.pngSize(Array(png)), kind)
            XCTAssertEqual([dimensions.width, dimensions.height], [size.0, size.1], kind)
            let svg = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/\(name).svg"), kind)
            let svgSize = try XCTUnwrap(PictureFiles.svgSize(svg), "\(kind): the SVG does not parse")
            XCTAssertEqual([svgSize.width, svgSize.height], ["\(size.0)", "\(size.1)"], kind)
        }
        XCTAssertTrue(try ShellHarness.execute("show size", in: &session).contains("size  400 400  (default 640 480)"))
    }

    func testBoundaryGIFAnimatesTheLastTrainAndLoops() throws {
        let folder = ShellHarness.scratchFolder()
        var session = try trainedSession()
        try ShellHarness.execute("set size 320 240", in: &session)
        let output = try ShellHarness.execute("plot boundary run.gif", in: &session, base: folder)
        XCTAssertTrue(output.hasPrefix("wrote run.gif (GIF 320×240, "), output)
        let gif = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/run.gif"))
        let info = try XCTUnwrap(PictureFiles.gifInfo(Array(gif)))
        XCTAssertEqual([info.width, info.height], [320, 240])
        XCTAssertGreaterThanOrEqual(info.frames, 10)
        XCTAssertLessThanOrEqual(info.frames, 200)
        XCTAssertTrue(info.loops)
        let frames = try XCTUnwrap(session.recording?.frames)
        XCTAssertEqual(frames.first?.epoch, 0)
        XCTAssertEqual(frames.last?.summary.epoch, 100)
    }

    func testLongRunsKeepAtMostTwoHundredFrames() throws {
        var session = Session()
        try ShellHarness.execute("dataset xor 40 val 0; net 2 3 1; train 900 batch 40", in: &session)
        let count = try XCTUnwrap(session.recording?.frames.count)
        XCTAssertGreaterThanOrEqual(count, 10)
        XCTAssertLessThanOrEqual(count, 200)
    }

    func testEngineeredFeaturesAndSoftmaxBoundary() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute("seed 1; dataset spiral 150 classes 3; features x1 x2 x1^2 x2^2 x1*x2; normalize on; net 5 12 3; train 20",
                                 in: &session)
        let output = try ShellHarness.execute("plot boundary; plot boundary s.png", in: &session, base: folder)
        XCTAssertTrue(output.hasPrefix("spiral  epoch 20  loss "), output)
        XCTAssertTrue(output.contains("cC2 class 2"), output)
        XCTAssertTrue(output.hasSuffix("wrote s.png (PNG 640×480)\n"), output)
    }

    func testPlainTerminalPicturesMatchTheSnapshot() throws {
        let script = try String(contentsOf: Self.scripts.appendingPathComponent("plain.nnb"), encoding: .utf8)
        let expected = try String(contentsOf: Self.scripts.appendingPathComponent("plain.out"), encoding: .utf8)
        var session = Session()
        let run = ShellHarness.replay(script, file: "plain.nnb", session: &session, base: Self.scripts.path)
        XCTAssertEqual(run.errors, "")
        XCTAssertEqual(run.output, expected)
    }

    func testPlainCurvesHaveNoEscapes() throws {
        var session = try trainedSession(epochs: 20)
        let output = try ShellHarness.execute("plot loss; plot accuracy; plot history", in: &session)
        XCTAssertFalse(output.contains("\u{1B}"))
        XCTAssertTrue(output.contains("* loss  o val_loss"), output)
        XCTAssertTrue(output.contains("* acc  o val_acc"), output)
        XCTAssertEqual(output.split(separator: "\n").allSatisfy { $0.count <= PlotTerminal.fixedColumns }, true)
    }

    func testColourModes() throws {
        XCTAssertEqual(PlotTerminal.mode(color: false, environment: ["COLORTERM": "truecolor"]), .plain)
        XCTAssertEqual(PlotTerminal.mode(color: true, environment: ["COLORTERM": "truecolor"]), .truecolor)
        XCTAssertEqual(PlotTerminal.mode(color: true, environment: ["COLORTERM": "24bit"]), .truecolor)
        XCTAssertEqual(PlotTerminal.mode(color: true, environment: ["TERM": "xterm-256color"]), .ansi256)
        XCTAssertEqual(PlotTerminal.mode(color: true, environment: ["TERM": "dumb"]), .ansi256, "set color on keeps colour on")
        var session = try trainedSession(epochs: 2)
        try ShellHarness.execute("set color on", in: &session)
        let coloured = try ShellHarness.execute("plot boundary", in: &session)
        XCTAssertTrue(coloured.contains("▀"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[38;"), coloured)
    }

    func testErrorsNameTheFixAndChangeNothing() throws {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("plot data", in: &session)?.message,
                       "no data yet: plot data needs a data set first, e.g. 'dataset moons'")
        try ShellHarness.execute("dataset moons 60", in: &session)
        XCTAssertEqual(ShellHarness.failure("plot boundary", in: &session)?.message,
                       "no network yet: plot boundary needs one first, e.g. 'net 2 8 1'")
        try ShellHarness.execute("net 2 4 4 1", in: &session)
        XCTAssertEqual(ShellHarness.failure("plot history", in: &session)?.message,
                       "nothing to draw yet: plot history shows the training history, so train first, e.g. 'train 100'")
        XCTAssertEqual(ShellHarness.failure("plot boundary b.gif", in: &session)?.message,
                       "no training recorded yet: the .gif animates the boundary during the last 'train', so train first, e.g. 'train 100'")
        XCTAssertEqual(ShellHarness.failure("plot nerons", in: &session)?.message, "unknown plot kind 'nerons' (did you mean neurons?)")
        XCTAssertEqual(ShellHarness.failure("plot neurons 3", in: &session)?.message,
                       "layer 3 is not a hidden layer of 2-4-4-1: LAYER must be from 1 to 2")
        XCTAssertEqual(ShellHarness.failure("plot boundary b.jpg", in: &session)?.message,
                       "unknown picture format '.jpg': use .png, .svg or .gif (the animation of the last 'train')")
        XCTAssertEqual(ShellHarness.failure("plot loss l.gif", in: &session)?.message,
                       "a .gif is the boundary animation of the last 'train' ('plot boundary FILE.gif'): write plot loss as .png or .svg")
        XCTAssertEqual(ShellHarness.failure("plot data points", in: &session)?.message,
                       "'points' has no picture extension: end it with .png or .svg, e.g. 'points.png'")
        XCTAssertEqual(ShellHarness.failure("plot data /no/such/folder/d.png", in: &session)?.message,
                       "cannot write '/no/such/folder/d.png': no such folder")
        try ShellHarness.execute("net 2 1", in: &session)
        XCTAssertEqual(ShellHarness.failure("plot neurons", in: &session)?.message,
                       "the network 2-1 has no hidden layer to draw: define one, e.g. 'net 2 8 1'")
        let folder = ShellHarness.scratchFolder()
        try "a,b,c,label\n1,2,3,x\n2,3,4,y\n3,4,5,x\n4,5,6,y\n".write(toFile: folder + "/three.csv", atomically: true, encoding: .utf8)
        try ShellHarness.execute("dataset load three.csv val 0.25", in: &session, base: folder)
        XCTAssertEqual(ShellHarness.failure("plot data", in: &session)?.message,
                       "plot data draws the input plane, so it needs two-input data; 'three.csv' has 3 inputs (a, b, c). 'plot loss' and 'plot history' work for any data")
    }

    func testLiveTrainingRedrawsInPlaceOnlyOnATerminal() throws {
        var live = Session()
        try ShellHarness.execute("seed 4; dataset moons 100; net 2 6 1; set live on; set pace off", in: &live)
        var still = live
        let drawn = try ShellHarness.execute("train 30", in: &live, terminal: true)
        XCTAssertNotNil(drawn.range(of: "\u{1B}\\[\\d+A", options: .regularExpression), "frames are redrawn with cursor movement")
        XCTAssertFalse(drawn.contains("\u{1B}[2J"), "the screen is never cleared")
        XCTAssertTrue(drawn.contains("lower: region"), drawn)
        XCTAssertTrue(drawn.contains(LiveFrame.keyLegendText), "the keys are named")
        XCTAssertTrue(drawn.contains(MetricsText.line(try XCTUnwrap(live.model?.trainer.history.last))), "the last epoch's metrics line")
        XCTAssertTrue(drawn.contains("\u{1B}[?25h"), "the cursor is shown again")
        XCTAssertTrue(drawn.contains("trained 30 epochs, 30 in all ("), drawn)
        for line in drawn.split(separator: "\n") where !line.contains("trained 30 epochs") {
            XCTAssertLessThanOrEqual(LiveFrame.visibleWidth(line.split(separator: "\r").last ?? ""), 80, String(line))
        }
        let piped = try ShellHarness.execute("train 30", in: &still)
        XCTAssertFalse(piped.contains("\u{1B}"), "off the terminal, live is ignored")
        XCTAssertTrue(piped.hasSuffix("trained 30 epochs, 30 in all: " + MetricsText.fields(try XCTUnwrap(still.model?.trainer.history.last)) + "\n"))
    }

    func testCompletionOffersKindsAndExtensions() {
        XCTAssertEqual(Completer.candidates(before: "plot ", word: "").words, PlotRequest.Kind.allCases.map(\.rawValue))
        XCTAssertEqual(Completer.candidates(before: "plot ", word: "ne").words, ["neurons", "network"])
        XCTAssertEqual(Completer.candidates(before: "plot loss ", word: "run").words, ["run.png", "run.svg"])
        XCTAssertEqual(Completer.candidates(before: "plot boundary ", word: "out/run.").words, ["out/run.png", "out/run.svg", "out/run.gif"])
        XCTAssertEqual(Completer.candidates(before: "plot boundary ", word: "b").words,
                       ["boundary.png", "boundary.svg", "boundary.gif", "b.png", "b.svg", "b.gif"])
    }
}
