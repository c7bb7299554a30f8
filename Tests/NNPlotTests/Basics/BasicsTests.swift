@testable import NNPlot
import XCTest

final class BasicsTests: XCTestCase {
    func testNiceTicks() {
        XCTAssertEqual(NiceScale.ticks(in: -1.4...2.5, target: 6), [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5])
        XCTAssertEqual(NiceScale.ticks(in: 1...120, target: 5), [25, 50, 75, 100])
        XCTAssertEqual(NiceScale.ticks(in: 1...120, target: 6), [20, 40, 60, 80, 100, 120])
        XCTAssertEqual(NiceScale.expanded(0.08...0.71, target: 4), 0...0.8)
        XCTAssertEqual(NiceScale.label(-0.0001, step: 0.5), "0.0")
        XCTAssertEqual(NiceScale.label(0.25, step: 0.25), "0.25")
        XCTAssertEqual(NiceScale.expanded(3...3, target: 4).contains(3), true)
    }

    func testSummaryLine() {
        let summary = TrainingSummary(epoch: 12, loss: 0.25, validationLoss: nil, accuracy: 0.875, validationAccuracy: 0.8)
        XCTAssertEqual(summary.line, "epoch 12  loss 0.2500  acc 0.8750  val_acc 0.8000")
        XCTAssertEqual(TrainingSummary().line, "")
        XCTAssertEqual(TrainingSummary(loss: 1.5e-6).line, "loss 1.500e-06")
    }

    func testImageFormatFromPath() throws {
        XCTAssertEqual(try ImageFormat(path: "out/b.PNG"), .png)
        XCTAssertEqual(try ImageFormat(path: "x.svg"), .svg)
        XCTAssertEqual(try ImageFormat(path: "anim.gif"), .gif)
        XCTAssertThrowsError(try ImageFormat(path: "dir.v2/file")) { error in
            XCTAssertEqual(error as? PlotError, .unsupportedFormat(""))
        }
        XCTAssertThrowsError(try ImageFormat(path: "a.jpg"))
    }

    func testFileBytesByExtension() throws {
        let plot = Plot.loss(train: [1, 0.5, 0.25])
        let png = try Plot.fileBytes(for: plot, path: "l.png", width: 100, height: 80)
        XCTAssertEqual(try PNGReader(png).width, 100)
        let svg = try Plot.fileBytes(for: plot, path: "l.svg", width: 100, height: 80)
        XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let gif = try GIFReader(Plot.fileBytes(for: plot, path: "l.gif", width: 100, height: 80))
        XCTAssertEqual(gif.frames.count, 1)
        XCTAssertNil(gif.loopCount)
    }

    func testFontWidthsAndScaling() {
        XCTAssertEqual(BitmapFont.width(of: "abc", scale: 1), 17)
        XCTAssertEqual(BitmapFont.width(of: "abc", scale: 2), 34)
        XCTAssertEqual(BitmapFont.width(of: "", scale: 3), 0)
        let one = BitmapFont.mask(for: "A", scale: 1)
        XCTAssertEqual(one.width, 5)
        XCTAssertEqual(one.height, 9)
        XCTAssertEqual(one.bits.prefix(5), [0, 1, 1, 1, 0], "top of A")
        let two = BitmapFont.mask(for: "A", scale: 2), three = BitmapFont.mask(for: "A", scale: 3)
        XCTAssertEqual(two.width, 10)
        XCTAssertEqual(three.height, 27)
        XCTAssertEqual(BitmapFont.glyph(for: "é"), BitmapFont.glyph(for: "?"))
        for code in 33...126 {
            let glyph = BitmapFont.glyph(for: Unicode.Scalar(UInt8(code)))
            XCTAssertNotEqual(glyph, 0, "glyph \(code) has ink")
        }
    }

    func testCanvasDrawingClipsAndBlends() {
        var canvas = Canvas(width: 10, height: 10, background: .white)
        canvas.fill(x: -5, y: -5, width: 8, height: 8, color: .black)
        XCTAssertEqual(canvas[2, 2], .black)
        XCTAssertEqual(canvas[3, 3], .white)
        canvas.blend(x: 5, y: 5, color: .black, alpha: 0.5)
        XCTAssertEqual(canvas[5, 5], RGB(128, 128, 128))
        canvas.blend(x: 50, y: 5, color: .black, alpha: 1)
        canvas.drawLine(from: PixelPoint(0, 8.5), to: PixelPoint(10, 8.5), color: .black, width: 1)
        XCTAssertEqual(canvas[6, 8], .black)
        XCTAssertEqual(canvas[6, 6], .white)
        canvas.fillCircle(center: PixelPoint(50, 50), radius: 3, color: .black)
        canvas.drawText("Hi", x: 8, y: 0, scale: 2, color: .black, rotated: true)
        var small = Canvas(width: 2, height: 2, background: .black)
        small[1, 1] = .white
        canvas.draw(small, x: 8, y: 8)
        XCTAssertEqual(canvas[9, 9], .white)
    }

    func testColorMapEnds() {
        let map = ColorMap.standard
        XCTAssertEqual(map.diverging(0), .white)
        XCTAssertEqual(map.diverging(-1), map.classColor(0))
        XCTAssertEqual(map.diverging(1), map.classColor(1))
        XCTAssertEqual(map.regionColor(probabilities: [0.5, 0.5]), .white)
        XCTAssertEqual(map.regionColor(probabilities: [0, 1]), .white.mixed(with: map.classColor(1), amount: map.strength))
        XCTAssertEqual(map.classColor(12), map.classColor(2))
        XCTAssertEqual("\(RGB(hex: 0x0877BD))", "#0877bd")
    }

    func testQuantizerKeepsExactColoursWhenFew() {
        var canvas = Canvas(width: 4, height: 1)
        canvas[1, 0] = RGB(10, 200, 30)
        canvas[2, 0] = RGB(250, 5, 5)
        var quantizer = ColorQuantizer(images: [canvas])
        XCTAssertEqual(quantizer.palette.count, 3)
        let index = Int(quantizer.index(10, 200, 30))
        XCTAssertEqual(quantizer.palette[index], RGB(10, 200, 30))
    }

    func testDomainCoveringPointsWithAspectRatio() {
        let points = [LabeledPoint(x1: 0, x2: 0, label: 0), LabeledPoint(x1: 1, x2: 1, label: 1)]
        let domain = PlotDomain(covering: points, margin: 0.1, aspectRatio: 2)
        XCTAssertEqual(domain.x2.lowerBound, -0.1, accuracy: 1e-12)
        XCTAssertEqual(domain.aspectRatio, 2, accuracy: 1e-12)
        XCTAssertEqual(PlotDomain(covering: []).x1, -1...1)
        XCTAssertEqual(PlotDomain(x1: 3...3, x2: 0...1).x1, -1...1)
    }
}
