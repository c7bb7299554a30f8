import Foundation
@testable import NNPlot
@testable import NNShell
import XCTest

/// `plot network` from a hand-made model file whose weight signs are known: the decoded PNG
/// has blue lines where the weights are positive and orange ones where they are negative.
final class NetworkPlotTests: XCTestCase {
    /// A 2-2-1 tanh network: x1→1 +1.5, x2→2 −2.0 (the crossing weights ±0.1), 1→out +2.5,
    /// 2→out −1.0.
    static let model = """
    { "format": "nnb-model", "version": 1, "columns": ["x1", "x2"], "features": ["x1", "x2"],
      "normalization": null, "classes": ["0", "1"], "loss": "bce",
      "layers": [
        { "inputs": 2, "outputs": 2, "activation": "tanh", "weights": [[1.5, 0.1], [-0.1, -2.0]], "biases": [0, 0] },
        { "inputs": 2, "outputs": 1, "activation": "sigmoid", "weights": [[2.5], [-1.0]], "biases": [0.2] } ] }
    """

    private func loadedSession(_ folder: String, data: String = "dataset moons 200") throws -> Session {
        try Self.model.write(toFile: folder + "/net.json", atomically: true, encoding: .utf8)
        var session = Session()
        try ShellHarness.execute("\(data); load net.json", in: &session, base: folder)
        return session
    }

    func testEdgeColoursFollowTheWeightSigns() throws {
        let folder = ShellHarness.scratchFolder()
        var session = try loadedSession(folder)
        XCTAssertEqual(try ShellHarness.execute("plot network net.png", in: &session, base: folder),
                       "wrote net.png (PNG 640×480)\n")
        let image = try PNGReader(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/net.png"))))
        XCTAssertEqual(image.width, 640)
        let layout = try session.networkFigure().layout(width: 640, height: 480)
        func color(_ layer: Int, _ from: Int, _ to: Int) -> RGB {
            let middle = layout.edgeMidpoint(layer: layer, from: from, to: to)
            return image.color(Int(middle.x), Int(middle.y))
        }
        for (layer, from, to) in [(1, 0, 0), (2, 0, 0)] {
            let c = color(layer, from, to)
            XCTAssertGreaterThan(Int(c.b), Int(c.r) + 80, "positive weight L\(layer) \(from)->\(to) should be blue, is \(c)")
        }
        for (layer, from, to) in [(1, 1, 1), (2, 1, 0)] {
            let c = color(layer, from, to)
            XCTAssertGreaterThan(Int(c.r), Int(c.b) + 80, "negative weight L\(layer) \(from)->\(to) should be orange, is \(c)")
        }
        // Larger weights are stronger: +2.5 is darker than the −1.0 beside it is saturated.
        let strong = color(2, 0, 0), weak = color(2, 1, 0)
        XCTAssertLessThan(Int(strong.r) + Int(strong.g), Int(weak.g) + Int(weak.b))
        // Away from every line, between the two hidden tiles' rows on the right: background.
        let output = layout.center(column: 2, unit: 0)
        XCTAssertEqual(image.color(Int(output.x), Int(layout.areaTop) + 2), .white)
    }

    func testSVGHasBothSignColours() throws {
        let folder = ShellHarness.scratchFolder()
        var session = try loadedSession(folder)
        try ShellHarness.execute("plot network net.svg", in: &session, base: folder)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/net.svg"))
        XCTAssertNotNil(PictureFiles.svgSize(data))
        let text = String(decoding: data, as: UTF8.self)
        let diagram = try session.networkFigure()
        XCTAssertEqual(text.components(separatedBy: "<polyline").count - 1, 6)
        XCTAssertTrue(text.contains("stroke=\"\(diagram.edgeColor(2.5))\""), "the +2.5 line in blue")
        XCTAssertTrue(text.contains("stroke=\"\(diagram.edgeColor(-2))\""), "the −2.0 line in orange")
        XCTAssertTrue(text.contains("L2 1-&gt;out +2.50"))
    }

    func testPlainTerminalListsTheLargestWeights() throws {
        let folder = ShellHarness.scratchFolder()
        var session = try loadedSession(folder, data: "echo no data")
        let text = try ShellHarness.execute("plot network", in: &session, base: folder)
        XCTAssertTrue(text.hasPrefix("2-2-1: tanh hidden, sigmoid output\n"), text)
        let joined = text.replacingOccurrences(of: "\n", with: "  ")
        XCTAssertTrue(joined.contains("largest |w|:  L2 1->out +2.50  L1 x2->2 -2.00  L1 x1->1 +1.50  L2 2->out -1.00  L1 x1->2 +0.10"), text)
        XCTAssertTrue(text.contains("lines: |w| >= 30% of max 2.50  o: a unit"), text)
        XCTAssertTrue(text.contains("x1 ooo"), "plain nodes without data:\n\(text)")
    }

    func testWideLayersShowHowManyAreHidden() throws {
        var session = Session()
        try ShellHarness.execute("dataset xor 100; net 2 20 1 tanh; set color off", in: &session)
        let text = try ShellHarness.execute("plot network", in: &session)
        XCTAssertTrue(text.contains("+8 more"), text)
        var empty = Session()
        XCTAssertEqual(ShellHarness.failure("plot network", in: &empty)?.message,
                       "no network yet: plot network needs one first, e.g. 'net 2 8 1'")
    }
}
