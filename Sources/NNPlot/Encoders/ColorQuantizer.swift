/// A palette of at most 256 colours for a set of images, by median cut.
///
/// Colours are first binned to 5 bits per channel (32768 bins, with exact sums kept per bin).
/// If at most `maxColors` bins are used the palette is their mean colours; otherwise the box of
/// used bins with the largest `pixels × longest side` is split at the pixel median of its
/// longest channel until there are `maxColors` boxes, and each box contributes its mean colour.
/// Pixels map to the nearest palette entry (squared RGB distance), memoised per bin.
struct ColorQuantizer: Sendable {
    /// The palette, 1…256 colours.
    let palette: [RGB]
    /// Palette index per 15-bit bin; `UInt16.max` until first needed.
    private var lookup: [UInt16]

    /// A palette for the colours of `images`, reading every `step`-th pixel.
    init(images: [Canvas], maxColors: Int = 256, step: Int = 1) {
        var counts = [Int](repeating: 0, count: 1 << 15)
        var sums = [Int](repeating: 0, count: 3 << 15)
        for image in images {
            image.pixels.withUnsafeBufferPointer { p in
                var i = 0
                while i + 2 < p.count {
                    let bin = Self.bin(p[i], p[i + 1], p[i + 2])
                    counts[bin] += 1
                    sums[3 * bin] += Int(p[i])
                    sums[3 * bin + 1] += Int(p[i + 1])
                    sums[3 * bin + 2] += Int(p[i + 2])
                    i += 3 * max(step, 1)
                }
            }
        }
        let used = counts.indices.filter { counts[$0] > 0 }
        var boxes: [ArraySlice<Int>] = used.isEmpty ? [] : [used[...]]
        while boxes.count < min(max(maxColors, 1), 256) {
            var best = -1, bestScore = 0
            for (index, box) in boxes.enumerated() where box.count > 1 {
                let (_, side) = Self.longestChannel(box)
                let score = box.reduce(0) { $0 + counts[$1] } * side
                if score > bestScore { best = index; bestScore = score }
            }
            guard best >= 0 else { break }
            let (channel, _) = Self.longestChannel(boxes[best])
            let sorted = boxes[best].sorted { Self.channel($0, channel) < Self.channel($1, channel) }
            let total = sorted.reduce(0) { $0 + counts[$1] }
            var running = 0, cut = 1
            for (offset, bin) in sorted.enumerated().dropLast() {
                running += counts[bin]
                cut = offset + 1
                if 2 * running >= total { break }
            }
            boxes[best] = sorted[0..<cut]
            boxes.append(sorted[cut...])
        }
        palette = boxes.isEmpty ? [.white] : boxes.map { box in
            let n = box.reduce(0) { $0 + counts[$1] }
            func mean(_ c: Int) -> UInt8 { UInt8((box.reduce(0) { $0 + sums[3 * $1 + c] } + n / 2) / n) }
            return RGB(mean(0), mean(1), mean(2))
        }
        lookup = [UInt16](repeating: .max, count: 1 << 15)
    }

    /// The palette index for a colour.
    mutating func index(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let bin = Self.bin(r, g, b)
        let cached = lookup[bin]
        if cached != .max { return UInt8(cached) }
        var best = 0, bestDistance = Int.max
        for (i, color) in palette.enumerated() {
            let dr = Int(color.r) - Int(r), dg = Int(color.g) - Int(g), db = Int(color.b) - Int(b)
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance { best = i; bestDistance = distance }
        }
        lookup[bin] = UInt16(best)
        return UInt8(best)
    }

    @inline(__always)
    static func bin(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        (Int(r >> 3) << 10) | (Int(g >> 3) << 5) | Int(b >> 3)
    }

    /// Channel `c` (0 red, 1 green, 2 blue) of a bin, 0…31.
    private static func channel(_ bin: Int, _ c: Int) -> Int {
        (bin >> (10 - 5 * c)) & 31
    }

    /// The channel with the widest spread in `box`, and that spread.
    private static func longestChannel(_ box: ArraySlice<Int>) -> (channel: Int, side: Int) {
        var best = (channel: 0, side: -1)
        for c in 0..<3 {
            var low = 31, high = 0
            for bin in box {
                let v = channel(bin, c)
                low = min(low, v)
                high = max(high, v)
            }
            if high - low > best.side { best = (c, high - low) }
        }
        return best
    }
}
