/// An opaque 8-bit-per-channel sRGB colour.
///
/// Mixing is linear in the stored sRGB values: `mix(a, b, t) = a + (b − a)·t`, which is what
/// the colour maps and anti-aliasing want (cheap, monotone, no gamut surprises).
public struct RGB: Sendable, Hashable, CustomStringConvertible {
    /// Red channel, 0…255.
    public var r: UInt8
    /// Green channel, 0…255.
    public var g: UInt8
    /// Blue channel, 0…255.
    public var b: UInt8

    /// A colour from its three channels.
    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// A colour from a 24-bit `0xRRGGBB` literal.
    public init(hex: UInt32) {
        self.init(UInt8((hex >> 16) & 0xFF), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
    }

    /// `#rrggbb`, as SVG and CSS write it.
    public var description: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [r, g, b] {
            text.append(digits[Int(channel >> 4)])
            text.append(digits[Int(channel & 0xF)])
        }
        return text
    }

    /// `self·(1 − t) + other·t`, with `t` clamped to 0…1.
    public func mixed(with other: RGB, amount t: Double) -> RGB {
        let t = min(max(t, 0), 1)
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return RGB(channel(r, other.r), channel(g, other.g), channel(b, other.b))
    }

    /// Relative luminance proxy `0.299r + 0.587g + 0.114b` in 0…255.
    public var luma: Double {
        0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)
    }

    /// Hue in degrees 0..<360 (0 for greys), from the HSV model.
    public var hue: Double {
        let red = Double(r), green = Double(g), blue = Double(b)
        let high = max(red, green, blue), low = min(red, green, blue)
        let chroma = high - low
        guard chroma > 0 else { return 0 }
        let sector: Double
        if high == red {
            sector = (green - blue) / chroma
        } else if high == green {
            sector = (blue - red) / chroma + 2
        } else {
            sector = (red - green) / chroma + 4
        }
        let degrees = sector * 60
        return degrees < 0 ? degrees + 360 : degrees
    }

    /// Pure white.
    public static let white = RGB(255, 255, 255)
    /// Pure black.
    public static let black = RGB(0, 0, 0)
}
