/// A binary ink mask for rendered text: `bits[y·width + x]` is 1 where the text is inked.
struct TextMask: Sendable {
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int
    /// Row-major ink flags, 0 or 1.
    var bits: [UInt8]

    /// An empty (uninked) mask.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bits = [UInt8](repeating: 0, count: width * height)
    }

    /// Ink at (`x`, `y`), 0 outside the mask.
    func ink(_ x: Int, _ y: Int) -> UInt8 {
        guard x >= 0, y >= 0, x < width, y < height else { return 0 }
        return bits[y * width + x]
    }

    /// Doubles the mask with the EPX rule: each pixel P with neighbours above (A), right (B),
    /// left (C) and below (D) becomes 2×2; a quarter takes its two outer neighbours' value when
    /// those agree with each other and the other two neighbours disagree, which rounds diagonals.
    func scaledByEPX() -> TextMask {
        var result = TextMask(width: width * 2, height: height * 2)
        for y in 0..<height {
            for x in 0..<width {
                let p = ink(x, y)
                let a = ink(x, y - 1), b = ink(x + 1, y), c = ink(x - 1, y), d = ink(x, y + 1)
                let topLeft = (c == a && c != d && a != b) ? a : p
                let topRight = (a == b && a != c && b != d) ? b : p
                let bottomLeft = (d == c && d != b && c != a) ? c : p
                let bottomRight = (b == d && b != a && d != c) ? d : p
                let base = (2 * y) * result.width + 2 * x
                result.bits[base] = topLeft
                result.bits[base + 1] = topRight
                result.bits[base + result.width] = bottomLeft
                result.bits[base + result.width + 1] = bottomRight
            }
        }
        return result
    }

    /// Each pixel becomes a `factor × factor` block.
    func replicated(by factor: Int) -> TextMask {
        var result = TextMask(width: width * factor, height: height * factor)
        for y in 0..<result.height {
            for x in 0..<result.width {
                result.bits[y * result.width + x] = bits[(y / factor) * width + x / factor]
            }
        }
        return result
    }
}
