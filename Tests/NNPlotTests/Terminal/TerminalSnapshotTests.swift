import Foundation
@testable import NNPlot
import XCTest

/// Terminal renderings at 20 columns compared with files in `Snapshots/`. Run with
/// `NNPLOT_RECORD_SNAPSHOTS=1` to rewrite the files after an intended change of look.
final class TerminalSnapshotTests: XCTestCase {
    private static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    private func assertSnapshot(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NNPLOT_RECORD_SNAPSHOTS"] != nil {
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("missing snapshot \(name).txt; record with NNPLOT_RECORD_SNAPSHOTS=1", file: file, line: line)
        }
        XCTAssertEqual(text + "\n", stored, "snapshot \(name) differs", file: file, line: line)
    }

    private func boundary() throws -> BoundaryPlot {
        try BoundaryPlot(points: SampleData.moons(count: 30), classCount: 2, title: "epoch 9  loss 0.31",
                         resolution: 24, predict: SampleData.batch(SampleData.moonsModel))
    }

    private func history() -> HistoryPlot {
        let h = SampleData.history(epochs: 30)
        return HistoryPlot(loss: h.loss, validationLoss: h.validationLoss, accuracy: h.acc, validationAccuracy: h.valAcc)
    }

    func testBoundarySnapshots() throws {
        let plot = try boundary()
        for mode in TerminalStyle.Mode.allCases {
            try assertSnapshot(plot.terminalText(TerminalStyle(mode: mode, columns: 20)), "boundary-\(mode)")
        }
    }

    func testDataSnapshot() throws {
        let plot = BoundaryPlot(points: SampleData.moons(count: 30), classCount: 2, grid: nil, title: "data")
        try assertSnapshot(plot.terminalText(TerminalStyle(mode: .plain, columns: 20)), "data-plain")
        try assertSnapshot(plot.terminalText(TerminalStyle(mode: .truecolor, columns: 20)), "data-truecolor")
    }

    func testCurveSnapshots() throws {
        let h = SampleData.history(epochs: 30)
        let loss = CurvePlot.loss(train: h.loss, validation: h.validationLoss)
        for mode in TerminalStyle.Mode.allCases {
            try assertSnapshot(loss.terminalText(TerminalStyle(mode: mode, columns: 20)), "loss-\(mode)")
        }
        try assertSnapshot(history().terminalText(TerminalStyle(mode: .plain, columns: 40, rows: 5)), "history-plain")
        try assertSnapshot(history().terminalText(TerminalStyle(mode: .truecolor, columns: 40, rows: 5)), "history-truecolor")
    }

    func testNetworkSnapshot() throws {
        let points = SampleData.xor(count: 20)
        let units = try NeuronGrid(title: "", points: points, unitCount: 3, resolution: 12, activations: SampleData.hiddenUnits(count: 3))
        let inputs = try NeuronGrid(title: "", points: points, unitCount: 2, resolution: 12) { $0 }
        let plot = NetworkDiagram(title: "2-3-1", columns: [
            DiagramColumn(title: "in", unitNames: ["x1", "x2"], maps: inputs),
            DiagramColumn(title: "tanh", unitNames: ["1", "2", "3"], maps: units),
            DiagramColumn(title: "out", unitNames: ["out"]),
        ], weights: [[1, -0.5, 0.2, -2, 0.8, 0.1], [1.5, -1, 0.4]])
        try assertSnapshot(plot.terminalText(TerminalStyle(mode: .plain, columns: 40, rows: 16)), "network-plain")
    }

    func testNeuronSnapshots() throws {
        let grid = try NeuronGrid(title: "layer 1", points: SampleData.xor(count: 20), unitCount: 3, resolution: 12,
                                  activations: SampleData.hiddenUnits(count: 3))
        try assertSnapshot(grid.terminalText(TerminalStyle(mode: .plain, columns: 20)), "neurons-plain")
        try assertSnapshot(grid.terminalText(TerminalStyle(mode: .ansi256, columns: 20)), "neurons-ansi256")
    }

    func testEveryLineFitsTheWidth() throws {
        let figures: [any Figure] = [try boundary(), history(), CurvePlot.accuracy(train: [0.5, 0.7, 0.9])]
        for columns in [8, 13, 20, 33, 80] {
            for figure in figures {
                for mode in TerminalStyle.Mode.allCases {
                    let text = figure.terminalText(TerminalStyle(mode: mode, columns: columns))
                    let visible = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                    for line in visible.split(separator: "\n", omittingEmptySubsequences: false) {
                        XCTAssertLessThanOrEqual(line.count, max(columns, 8), "\(type(of: figure)) \(mode) at \(columns): \(line)")
                    }
                    if mode == .plain {
                        XCTAssertTrue(text.allSatisfy(\.isASCII), "plain mode is ASCII only")
                    }
                }
            }
        }
    }
}
