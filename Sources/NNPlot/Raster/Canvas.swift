/// A raster image: `width × height` RGB pixels, row-major from the top-left corner.
///
/// Storage is one flat byte array, 3 bytes per pixel: pixel (x, y) lives at
/// `pixels[3·(y·width + x) ..< 3·(y·width + x) + 3]`, which is exactly the scanline layout PNG
/// and GIF encoders want. Every drawing call clips to the canvas, so callers never index out of
/// range; drawing never allocates per pixel.
public struct Canvas: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Interleaved RGB bytes, `3·width·height` of them.
    public internal(set) var pixels: [UInt8]

    /// A canvas filled with `background`. Negative sizes are treated as 0.
    public init(width: Int, height: Int, background: RGB = .white) {
        self.width = max(0, width)
        self.height = max(0, height)
        pixels = [UInt8](repeating: 0, count: 3 * self.width * self.height)
        fill(x: 0, y: 0, width: self.width, height: self.height, color: background)
    }

    /// The colour at (`x`, `y`); reading or writing outside the canvas is a programming error.
    public subscript(x: Int, y: Int) -> RGB {
        get {
            precondition(contains(x, y), "pixel (\(x), \(y)) outside \(width)×\(height) canvas")
            let i = 3 * (y * width + x)
            return RGB(pixels[i], pixels[i + 1], pixels[i + 2])
        }
        set {
            precondition(contains(x, y), "pixel (\(x), \(y)) outside \(width)×\(height) canvas")
            let i = 3 * (y * width + x)
            pixels[i] = newValue.r
            pixels[i + 1] = newValue.g
            pixels[i + 2] = newValue.b
        }
    }

    /// Whether (`x`, `y`) is a pixel of this canvas.
    public func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Paints the axis-aligned rectangle `[x, x + width) × [y, y + height)`, clipped.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, color: RGB) {
        let left = max(0, x), right = min(self.width, x + width)
        let top = max(0, y), bottom = min(self.height, y + height)
        guard left < right, top < bottom else { return }
        let stride = self.width
        pixels.withUnsafeMutableBufferPointer { buffer in
            for row in top..<bottom {
                var i = 3 * (row * stride + left)
                for _ in left..<right {
                    buffer[i] = color.r
                    buffer[i + 1] = color.g
                    buffer[i + 2] = color.b
                    i += 3
                }
            }
        }
    }

    /// Mixes `color` into pixel (`x`, `y`) with opacity `alpha` (0…1): `p ← p + (c − p)·alpha`.
    /// Pixels outside the canvas are ignored.
    public mutating func blend(x: Int, y: Int, color: RGB, alpha: Double) {
        guard contains(x, y), alpha > 0 else { return }
        let weight = Int((min(alpha, 1) * 256).rounded())
        let i = 3 * (y * width + x)
        pixels[i] = Self.mix(pixels[i], color.r, weight)
        pixels[i + 1] = Self.mix(pixels[i + 1], color.g, weight)
        pixels[i + 2] = Self.mix(pixels[i + 2], color.b, weight)
    }

    /// Copies `image` with its top-left corner at (`x`, `y`), clipped.
    public mutating func draw(_ image: Canvas, x: Int, y: Int) {
        let left = max(0, x), right = min(width, x + image.width)
        let top = max(0, y), bottom = min(height, y + image.height)
        guard left < right, top < bottom else { return }
        let rowBytes = 3 * (right - left)
        let stride = width
        pixels.withUnsafeMutableBufferPointer { target in
            image.pixels.withUnsafeBufferPointer { source in
                for row in top..<bottom {
                    let from = 3 * ((row - y) * image.width + (left - x))
                    let to = 3 * (row * stride + left)
                    let destination = UnsafeMutableBufferPointer(rebasing: target[to..<to + rowBytes])
                    _ = destination.update(fromContentsOf: source[from..<from + rowBytes])
                }
            }
        }
    }

    /// `a + (b − a)·weight/256` on one channel.
    @inline(__always)
    static func mix(_ a: UInt8, _ b: UInt8, _ weight: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: Int(a) + ((Int(b) - Int(a)) * weight + 128) >> 8)
    }
}
