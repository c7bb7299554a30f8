import Foundation
@testable import NNPlot
import XCTest

/// The network diagram: which weights it lists and draws, the hidden-unit note, the decoded
/// picture, and the terminal rectangle it promises to fill.
final class NetworkDiagramTests: XCTestCase {
    /// 2 inputs (maps over the xor square), 3 units, 1 output; weights known by hand.
    private func diagram(hidden: Int = 3) throws -> NetworkDiagram {
        let points = SampleData.xor(count: 20)
        let inputs = try NeuronGrid(title: "", points: points, unitCount: 2, resolution: 8) { $0 }
        let units = try NeuronGrid(title: "", points: points, unitCount: hidden, resolution: 8,
                                   activations: SampleData.hiddenUnits(count: hidden))
        let first: [Float] = (0..<(2 * hidden)).map { index in
            let sign: Float = index % 2 == 0 ? 1 : -1
            return sign * Float(index + 1) / 4
        }
        let second: [Float] = (0..<hidden).map { $0 % 2 == 0 ? -0.3 : 0.3 }
        return NetworkDiagram(title: "2-\(hidden)-1", columns: [
            DiagramColumn(title: "inputs", unitNames: ["x1", "x2"], maps: inputs),
            DiagramColumn(title: "layer 1", unitNames: (1...hidden).map(String.init), maps: units),
            DiagramColumn(title: "output", unitNames: ["out"]),
        ], weights: [first, second])
    }

    func testStrongestWeightsAreLargestFirstOverEveryLayer() throws {
        let plot = try diagram()
        // Layer 1 is 0.25, −0.5, 0.75, −1, 1.25, −1.5 row-major over 2 × 3.
        XCTAssertEqual(plot.strongestWeights(3), [
            DiagramWeight(layer: 1, from: 1, to: 2, value: -1.5),
            DiagramWeight(layer: 1, from: 1, to: 1, value: 1.25),
            DiagramWeight(layer: 1, from: 1, to: 0, value: -1),
        ])
        XCTAssertEqual(plot.strongestText, "largest |w|:  L1 x2->3 -1.50  L1 x2->2 +1.25  L1 x2->1 -1.00  L1 x1->3 +0.75  L1 x1->2 -0.50")
        XCTAssertEqual(plot.largestMagnitude, 1.5)
    }

    func testLargeLayersShowTheFirstTwelve() throws {
        let plot = try diagram(hidden: 32)
        XCTAssertEqual(plot.shownCount(1), 12)
        XCTAssertEqual(plot.hiddenCount(1), 20)
        XCTAssertEqual(plot.drawnEdges().count, 2 * 12 + 12)
        XCTAssertEqual(plot.strongestWeights(1).first?.to, 31, "the list counts the hidden units' weights too")
        XCTAssertTrue(plot.terminalText(TerminalStyle(mode: .plain, columns: 60)).contains("+20 more"))
    }

    func testPictureLinesAreColouredBySign() throws {
        let plot = try diagram()
        let image = try PNGReader(plot.png(width: 640, height: 480))
        let layout = plot.layout(width: 640, height: 480)
        for weight in [DiagramWeight(layer: 1, from: 1, to: 2, value: -1.5), DiagramWeight(layer: 1, from: 1, to: 1, value: 1.25)] {
            let middle = layout.edgeMidpoint(layer: weight.layer, from: weight.from, to: weight.to)
            let color = image.color(Int(middle.x), Int(middle.y))
            if weight.value > 0 {
                XCTAssertGreaterThan(Int(color.b), Int(color.r) + 80, "\(weight) drawn \(color)")
            } else {
                XCTAssertGreaterThan(Int(color.r), Int(color.b) + 80, "\(weight) drawn \(color)")
            }
        }
        // Strong lines end on top: the order drawn is by size.
        XCTAssertEqual(plot.drawnEdges().map { abs($0.value) }, plot.drawnEdges().map { abs($0.value) }.sorted())
    }

    /// Any rectangle, any mode: exactly `rows` lines, none wider than `columns`.
    func testTerminalLinesFillTheRectangle() throws {
        let plot = try diagram(hidden: 20)
        for mode in TerminalStyle.Mode.allCases {
            for (columns, rows) in [(80, 24), (40, 12), (120, 40), (8, 3), (30, 50)] {
                let lines = plot.terminalLines(columns: columns, rows: rows, mode: mode)
                XCTAssertEqual(lines.count, rows, "\(mode) \(columns)×\(rows)")
                for line in lines {
                    let visible = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                    XCTAssertLessThanOrEqual(visible.count, columns, "\(mode) \(columns)×\(rows): \(visible)")
                }
            }
        }
    }
}
