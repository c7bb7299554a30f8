@testable import NNPlot
import XCTest

final class GIFEncoderTests: XCTestCase {
    func testFramesRoundTripExactlyWithFewColours() throws {
        var first = Canvas(width: 9, height: 6, background: RGB(hex: 0xF59322))
        first.fill(x: 2, y: 1, width: 4, height: 3, color: RGB(hex: 0x0877BD))
        var second = first
        second.fill(x: 0, y: 0, width: 3, height: 6, color: .white)
        let gif = try GIFReader(GIFEncoder.encode(frames: [first, second], delays: [5, 40]))
        XCTAssertEqual(gif.width, 9)
        XCTAssertEqual(gif.height, 6)
        XCTAssertEqual(gif.loopCount, 0)
        XCTAssertEqual(gif.delays, [5, 40])
        XCTAssertEqual(gif.frames, [first.pixels, second.pixels])
    }

    func testUnchangedFramesCostAlmostNothingAndStillDecode() throws {
        var base = Canvas(width: 120, height: 90, background: .white)
        for x in 0..<120 {
            base.fill(x: x, y: 0, width: 1, height: 90, color: RGB(UInt8(x * 2), 100, UInt8(255 - x * 2)))
        }
        var changed = base
        changed.fill(x: 50, y: 40, width: 6, height: 5, color: .black)
        let frames = [base, base, changed, changed]
        let bytes = try GIFEncoder.encode(frames: frames, delays: [10])
        let single = try GIFEncoder.encode(frames: [base], delays: [10], loops: false)
        XCTAssertLessThan(bytes.count, single.count + 400, "three more frames, of which only a 6×5 patch changes")
        let gif = try GIFReader(bytes)
        XCTAssertEqual(gif.frames.count, 4)
        XCTAssertEqual(gif.color(frame: 1, 10, 10), gif.color(frame: 0, 10, 10))
        XCTAssertEqual(gif.color(frame: 2, 52, 42), .black)
        XCTAssertEqual(gif.color(frame: 3, 52, 42), .black)
        XCTAssertEqual(gif.color(frame: 3, 10, 10), gif.color(frame: 0, 10, 10))
    }

    func testLongNoisyImageForcesTableResetsAndStaysClose() throws {
        var canvas = Canvas(width: 160, height: 120)
        var state: UInt32 = 1
        for y in 0..<120 {
            for x in 0..<160 {
                state = state &* 1_103_515_245 &+ 12345
                canvas[x, y] = RGB(UInt8(x), UInt8(truncatingIfNeeded: state >> 16), UInt8(y * 2))
            }
        }
        let gif = try GIFReader(GIFEncoder.encode(frames: [canvas], delays: [0], loops: false))
        XCTAssertNil(gif.loopCount)
        var worst = 0
        for i in 0..<canvas.pixels.count {
            worst = max(worst, abs(Int(canvas.pixels[i]) - Int(gif.frames[0][i])))
        }
        XCTAssertLessThan(worst, 80)
    }

    func testLZWRoundTripsEveryLengthAroundCodeWidthChanges() throws {
        for alphabetBits in [1, 4, 8] {
            for length in 1...1400 {
                var state: UInt32 = UInt32(length * 7 + alphabetBits)
                let input = (0..<length).map { _ -> UInt8 in
                    state = state &* 1_664_525 &+ 1_013_904_223
                    return UInt8(truncatingIfNeeded: state >> UInt32(32 - alphabetBits))
                }
                let decoded = try GIFReader.decompress(LZWEncoder.encode(input, minimumCodeSize: 8), minimumCodeSize: 8, count: length)
                XCTAssertEqual(decoded, input, "length \(length), \(alphabetBits)-bit symbols")
            }
        }
    }

    func testLZWMatchesDecoderOnEdgeLengths() throws {
        for length in [0, 1, 2, 3, 255, 256, 257, 509, 510, 511, 512, 1000, 5000, 70000] {
            var state: UInt32 = UInt32(length) + 3
            let input = (0..<length).map { _ -> UInt8 in
                state = state &* 1_664_525 &+ 1_013_904_223
                return UInt8(truncatingIfNeeded: state >> (length % 2 == 0 ? 27 : 24))
            }
            let decoded = try GIFReader.decompress(LZWEncoder.encode(input, minimumCodeSize: 8), minimumCodeSize: 8, count: length)
            XCTAssertEqual(decoded, input, "length \(length)")
        }
    }
}
