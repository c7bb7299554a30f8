/// Writes GIF89a files: one global 256-colour palette, any number of full-size frames, and
/// optionally the NETSCAPE2.0 application extension that makes viewers loop forever.
///
/// File layout: header `GIF89a`; logical screen descriptor with the global colour table flag;
/// the 256×3-byte palette; `NETSCAPE2.0` loop block (loop count 0 = forever); then per frame a
/// graphic control extension (delay in 1/100 s, disposal "leave in place"), an image
/// descriptor, LZW minimum code size 8 and the LZW data in ≤ 255-byte sub-blocks; trailer `;`.
/// Frames are added one at a time so long animations never hold every frame in memory.
///
/// After the first frame only the bounding rectangle of changed pixels is stored, and inside
/// it unchanged pixels use the transparent index 255 (the palette has at most 255 colours), so
/// still parts such as axes and points cost almost nothing.
public struct GIFEncoder: Sendable {
    /// Width of every frame in pixels.
    public let width: Int
    /// Height of every frame in pixels.
    public let height: Int
    private var quantizer: ColorQuantizer
    private var bytes: [UInt8] = []
    private var indices: [UInt8]
    private var previous: [UInt8]?
    /// Number of frames added so far.
    public private(set) var frameCount = 0

    /// An encoder whose palette is fitted (median cut) to the colours of `samples`, which
    /// should be representative frames of the animation.
    public init(width: Int, height: Int, paletteSamples samples: [Canvas], loops: Bool = true) {
        self.width = max(1, width)
        self.height = max(1, height)
        quantizer = ColorQuantizer(images: samples, maxColors: 255)
        indices = [UInt8](repeating: 0, count: self.width * self.height)
        bytes = Array("GIF89a".utf8)
        appendWord(self.width)
        appendWord(self.height)
        bytes += [0xF7, 0, 0]
        for i in 0..<256 {
            let color = i < quantizer.palette.count ? quantizer.palette[i] : .black
            bytes += [color.r, color.g, color.b]
        }
        if loops {
            bytes += [0x21, 0xFF, 0x0B] + Array("NETSCAPE2.0".utf8) + [0x03, 0x01, 0x00, 0x00, 0x00]
        }
    }

    /// The colours frames are mapped to.
    public var palette: [RGB] { quantizer.palette }

    /// Appends `frame` (same size as the encoder; extra pixels are cut, missing ones black)
    /// shown for `delay` hundredths of a second.
    public mutating func addFrame(_ frame: Canvas, delay: Int) {
        for y in 0..<height {
            for x in 0..<width {
                guard x < frame.width, y < frame.height else {
                    indices[y * width + x] = quantizer.index(0, 0, 0)
                    continue
                }
                let i = 3 * (y * frame.width + x)
                indices[y * width + x] = quantizer.index(frame.pixels[i], frame.pixels[i + 1], frame.pixels[i + 2])
            }
        }
        var region = (left: 0, top: 0, right: width - 1, bottom: height - 1)
        var data = indices
        if let previous {
            region = changedRegion(from: previous, to: indices) ?? (0, 0, 0, 0)
            data = []
            data.reserveCapacity((region.right - region.left + 1) * (region.bottom - region.top + 1))
            for y in region.top...region.bottom {
                for x in region.left...region.right {
                    let i = y * width + x
                    data.append(indices[i] == previous[i] ? Self.transparent : indices[i])
                }
            }
        }
        previous = indices
        let clamped = min(max(delay, 0), 65535)
        let flags: UInt8 = frameCount == 0 ? 0x04 : 0x05
        bytes += [0x21, 0xF9, 0x04, flags, UInt8(clamped & 0xFF), UInt8(clamped >> 8), Self.transparent, 0x00]
        bytes.append(0x2C)
        appendWord(region.left)
        appendWord(region.top)
        appendWord(region.right - region.left + 1)
        appendWord(region.bottom - region.top + 1)
        bytes += [0x00, 0x08]
        let compressed = LZWEncoder.encode(data, minimumCodeSize: 8)
        var offset = 0
        while offset < compressed.count {
            let count = min(255, compressed.count - offset)
            bytes.append(UInt8(count))
            bytes += compressed[offset..<(offset + count)]
            offset += count
        }
        bytes.append(0x00)
        frameCount += 1
    }

    /// Palette index meaning "keep the previous frame's pixel".
    private static let transparent: UInt8 = 255

    /// The smallest rectangle holding every pixel that differs, or nil when none does.
    private func changedRegion(from old: [UInt8], to new: [UInt8]) -> (left: Int, top: Int, right: Int, bottom: Int)? {
        var left = width, top = height, right = -1, bottom = -1
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width && old[row + x] == new[row + x] { x += 1 }
            guard x < width else { continue }
            var last = width - 1
            while old[row + last] == new[row + last] { last -= 1 }
            left = min(left, x)
            right = max(right, last)
            top = min(top, y)
            bottom = y
        }
        return right < 0 ? nil : (left, top, right, bottom)
    }

    /// The finished file: everything added so far plus the trailer.
    public func finished() -> [UInt8] {
        bytes + [0x3B]
    }

    /// A whole animation at once; the palette is fitted to all `frames`.
    /// `delays[i]` (hundredths of a second) defaults to the last given delay, or 10.
    /// - Throws: ``PlotError/empty(_:)`` when there are no frames.
    public static func encode(frames: [Canvas], delays: [Int], loops: Bool = true) throws -> [UInt8] {
        guard let first = frames.first else { throw PlotError.empty("animation without frames") }
        var encoder = GIFEncoder(width: first.width, height: first.height, paletteSamples: frames,
                                 loops: loops && frames.count > 1)
        for (index, frame) in frames.enumerated() {
            encoder.addFrame(frame, delay: index < delays.count ? delays[index] : (delays.last ?? 10))
        }
        return encoder.finished()
    }

    private mutating func appendWord(_ value: Int) {
        bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
    }
}
