@testable import NNPlot
import XCTest

final class PNGEncoderTests: XCTestCase {
    func testRoundTripKeepsEveryPixel() throws {
        var canvas = Canvas(width: 7, height: 5, background: RGB(10, 20, 30))
        for y in 0..<5 {
            for x in 0..<7 {
                canvas[x, y] = RGB(UInt8(x * 30), UInt8(y * 50), UInt8((x * y * 13) % 256))
            }
        }
        let png = try PNGReader(PNGEncoder.encode(canvas))
        XCTAssertEqual(png.width, 7)
        XCTAssertEqual(png.height, 5)
        XCTAssertEqual(png.chunkTypes, ["IHDR", "IDAT", "IEND"])
        XCTAssertEqual(png.rgb, canvas.pixels)
    }

    func testSmoothGradientCompressesWell() throws {
        var canvas = Canvas(width: 200, height: 200)
        for y in 0..<200 {
            for x in 0..<200 {
                canvas[x, y] = RGB(UInt8(x), UInt8(y), 128)
            }
        }
        let bytes = try PNGEncoder.encode(canvas)
        XCTAssertLessThan(bytes.count, 200 * 200 * 3 / 20)
        XCTAssertEqual(try PNGReader(bytes).rgb, canvas.pixels)
    }

    func testEmptyCanvasIsRejected() {
        XCTAssertThrowsError(try PNGEncoder.encode(Canvas(width: 0, height: 3)))
    }
}
