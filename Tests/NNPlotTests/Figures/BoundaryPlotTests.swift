import FoundationXML
@testable import NNPlot
import XCTest

final class BoundaryPlotTests: XCTestCase {
    private let orange = ColorMap.standard.classColor(0)
    private let blue = ColorMap.standard.classColor(1)
    private let green = ColorMap.standard.classColor(2)

    /// Pixel position of a data point in a `width × height` picture of `plot`.
    private func pixel(_ plot: BoundaryPlot, _ x1: Double, _ x2: Double, width: Int, height: Int) -> (Int, Int) {
        let axes = plot.layout(width: width, height: height, style: PlotStyle(width: width, height: height)).axes
        let p = axes.point(x1, x2)
        return (Int(p.x), Int(p.y))
    }

    private func assertHue(_ color: RGB, near reference: RGB, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let difference = abs(color.hue - reference.hue)
        XCTAssertLessThan(min(difference, 360 - difference), 12, "\(message): \(color) vs \(reference)", file: file, line: line)
        XCTAssertLessThan(color.luma, 245, "\(message): \(color) is not shaded", file: file, line: line)
    }

    func testPNGShowsClassHuesDeepInsideRegions() throws {
        let plot = try BoundaryPlot(points: SampleData.xor(count: 40), classCount: 2, title: "xor",
                                    predict: SampleData.batch(SampleData.xorModel))
        let png = try PNGReader(plot.png(width: 320, height: 240))
        XCTAssertEqual(png.width, 320)
        XCTAssertEqual(png.height, 240)
        let upperLeft = pixel(plot, -0.93, 0.3, width: 320, height: 240)
        let upperRight = pixel(plot, 0.93, 0.3, width: 320, height: 240)
        assertHue(png.color(upperLeft.0, upperLeft.1), near: blue, "x1 < 0 < x2 is class 1")
        assertHue(png.color(upperRight.0, upperRight.1), near: orange, "x1, x2 > 0 is class 0")
    }

    func testUncertainRegionIsNearWhiteAndContourIsDark() throws {
        let model: @Sendable (Double, Double) -> Double = { x, _ in SampleData.sigmoid(2 * x) }
        let points = [LabeledPoint(x1: -2, x2: -1, label: 0), LabeledPoint(x1: 2, x2: 1, label: 1)]
        let plot = try BoundaryPlot(points: points, classCount: 2, title: "", predict: SampleData.batch(model))
        let canvas = plot.picture(width: 320, height: 240).rasterized()
        let nearBoundary = pixel(plot, 0.3, 0.5, width: 320, height: 240)
        XCTAssertGreaterThan(canvas[nearBoundary.0, nearBoundary.1].luma, 200)
        let onBoundary = pixel(plot, 0, 0.5, width: 320, height: 240)
        let darkest = (-1...1).map { canvas[onBoundary.0 + $0, onBoundary.1].luma }.min() ?? 255
        XCTAssertLessThan(darkest, 130)
    }

    func testThreeClassesGetThreeHues() throws {
        let plot = try BoundaryPlot(points: SampleData.spiral(count: 30), classCount: 3, title: "spiral",
                                    predict: SampleData.batch(classes: SampleData.spiralModel))
        let png = try PNGReader(plot.png(width: 320, height: 240))
        for k in 0..<3 {
            let angle = 3.2 * 0.55 + 2 * Double.pi * Double(k) / 3
            let (x, y) = pixel(plot, 0.55 * cos(angle), 0.55 * sin(angle), width: 320, height: 240)
            assertHue(png.color(x, y), near: ColorMap.standard.classColor(k), "arm \(k)")
        }
        XCTAssertNotEqual(green.hue, blue.hue)
    }

    func testTrainingPointsAreFilledAndValidationPointsOutlined() throws {
        let points = [LabeledPoint(x1: -1, x2: 0, label: 1), LabeledPoint(x1: 1, x2: 0, label: 1, isValidation: true)]
        let plot = BoundaryPlot(points: points, classCount: 2, grid: nil, title: "data")
        let canvas = plot.picture(width: 640, height: 480).rasterized()
        let filled = pixel(plot, -1, 0, width: 640, height: 480)
        XCTAssertEqual(canvas[filled.0, filled.1], blue)
        let ring = pixel(plot, 1, 0, width: 640, height: 480)
        XCTAssertGreaterThan(canvas[ring.0, ring.1].luma, 230, "a validation point's centre shows the background")
        let ringColors = (2...6).map { canvas[ring.0 + $0, ring.1] }
        XCTAssertTrue(ringColors.contains(blue), "ring in the class colour: \(ringColors)")
        XCTAssertTrue(ringColors.contains { $0.luma < 80 }, "dark edge: \(ringColors)")
    }

    func testSVGIsWellFormedAndHoldsMapPointsAndText() throws {
        let plot = try BoundaryPlot(points: SampleData.moons(count: 20), classCount: 2, title: "moons & <friends>",
                                    predict: SampleData.batch(SampleData.moonsModel))
        let svg = try plot.svg(width: 320, height: 240)
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertEqual(collector.counts["svg"], 1)
        XCTAssertEqual(collector.counts["image"], 1)
        XCTAssertGreaterThanOrEqual(collector.counts["circle"] ?? 0, 20)
        XCTAssertTrue(collector.texts.contains("moons & <friends>"))
        XCTAssertTrue(collector.texts.contains("x1"))
        XCTAssertTrue(collector.texts.contains("class 1"))
    }

    func testPredictionShapeIsChecked() {
        XCTAssertThrowsError(try BoundaryPlot(points: [], classCount: 3, title: "", predict: { _ in [0.5] })) { error in
            guard case PlotError.predictionShape = error else { return XCTFail("\(error)") }
        }
    }

    func testSingleSigmoidOutputIsReadAsClassOne() throws {
        let grid = try ProbabilityGrid(domain: PlotDomain(x1: 0...1, x2: 0...1), columns: 2, rows: 2, classCount: 2,
                                       values: [0.9, 0.9, 0.1, 0.1])
        XCTAssertEqual(grid.probabilities(x1: 0, x2: 0)[1], 0.9, accuracy: 1e-6)
        XCTAssertEqual(grid.probabilities(x1: 0, x2: 1)[0], 0.9, accuracy: 1e-6)
    }
}

/// Counts element names and collects text content of an XML document.
final class ElementCollector: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var texts: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(text) }
    }
}
