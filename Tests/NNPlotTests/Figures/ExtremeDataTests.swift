import XCTest
@testable import NNPlot

/// Points anywhere in Double's range, at one spot, or non-finite draw without a trap.
final class ExtremeDataTests: XCTestCase {
    private let sets: [[LabeledPoint]] = [
        [LabeledPoint(x1: 1e308, x2: -1e308, label: 0), LabeledPoint(x1: -1e308, x2: 1e308, label: 1)],
        [LabeledPoint(x1: 1e300, x2: 5, label: 0), LabeledPoint(x1: 1e300, x2: 5, label: 1)],
        [LabeledPoint(x1: 1e17, x2: 0, label: 0), LabeledPoint(x1: 1e17 + 16, x2: 0, label: 1)],
        [LabeledPoint(x1: .nan, x2: .infinity, label: 0), LabeledPoint(x1: 3, x2: 3, label: 1)],
        [LabeledPoint(x1: .greatestFiniteMagnitude, x2: -.greatestFiniteMagnitude, label: 0)],
    ]

    func testDomainsAreFiniteAndWide() {
        for points in sets {
            let domain = PlotDomain(covering: points, margin: 0.1, aspectRatio: BoundaryPlot.defaultAspectRatio)
            for range in [domain.x1, domain.x2] {
                XCTAssertTrue(range.lowerBound.isFinite && range.upperBound.isFinite, "\(points)")
                XCTAssertGreaterThan(range.upperBound - range.lowerBound, 0, "\(points)")
            }
        }
        let far = PlotDomain(covering: sets[2])
        XCTAssertEqual(far.x1.lowerBound, 5e16, accuracy: 1e3)
        XCTAssertEqual(far.x1.upperBound, 1.5e17, accuracy: 1e3)
    }

    func testEveryFormatDrawsExtremePoints() throws {
        for points in sets {
            let constant: BatchPredictor = { raw in raw.indices.filter { $0 % 2 == 0 }.map { _ in Double.nan } }
            let boundary = try BoundaryPlot(points: points, classCount: 2, title: "extreme", resolution: 20, predict: constant)
            let data = Plot.data(points: points, classCount: 2)
            for figure in [boundary, data] as [any Figure] {
                XCTAssertFalse(try figure.png(width: 160, height: 120).isEmpty)
                XCTAssertFalse(try figure.svg(width: 160, height: 120).isEmpty)
                XCTAssertFalse(figure.terminalText(TerminalStyle(mode: .plain, columns: 60)).isEmpty)
            }
        }
        let curves = Plot.history(loss: [1e308, -1e308, .nan, 0], validationLoss: [.infinity, 1, 1, 1],
                                  accuracy: [0, 1, 0.5, 2], validationAccuracy: [0, 0, 0, 0])
        XCTAssertFalse(try curves.png(width: 200, height: 120).isEmpty)
        XCTAssertFalse(curves.terminalText(TerminalStyle(mode: .plain, columns: 60)).isEmpty)
    }
}
