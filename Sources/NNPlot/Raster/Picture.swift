/// A resolution-independent drawing: a list of shapes in picture space (pixels, y down).
///
/// Every plot builds a `Picture` once; the same picture becomes a raster ``Canvas`` (for PNG
/// and GIF) with ``rasterized()`` or an SVG document with ``svg()``, so both outputs agree.
/// Text uses the built-in bitmap font in rasters and a monospace `<text>` in SVG; `scale`
/// multiplies the 5×9 glyph box (cap height `7·scale` pixels, advance `6·scale`).
public struct Picture: Sendable {
    /// Horizontal placement of text relative to its anchor point.
    public enum TextAnchor: Sendable, Equatable {
        /// Text starts at the point.
        case start
        /// Text is centred on the point.
        case middle
        /// Text ends at the point.
        case end
    }

    /// One drawing primitive.
    public enum Shape: Sendable {
        /// A filled rectangle.
        case rect(PixelRect, fill: RGB)
        /// A stroked polyline of `width` pixels, solid or dashed (dash `4w`, gap `2.5w`).
        case polyline([PixelPoint], color: RGB, width: Double, dashed: Bool)
        /// A circle, optionally filled and/or stroked.
        case circle(center: PixelPoint, radius: Double, fill: RGB?, stroke: RGB?, strokeWidth: Double)
        /// Text whose cap-height middle sits at `at.y` (non-rotated). Rotated text reads
        /// bottom-to-top with its cap-height middle at `at.x` and the anchor measured along `y`.
        case text(String, at: PixelPoint, scale: Int, color: RGB, anchor: TextAnchor, rotated: Bool)
        /// A raster block with its top-left corner at `at` (SVG embeds it as a PNG).
        case image(Canvas, at: PixelPoint)
    }

    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Colour behind all shapes.
    public var background: RGB
    /// Shapes in painting order.
    public var shapes: [Shape]

    /// An empty picture.
    public init(width: Int, height: Int, background: RGB = .white) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.background = background
        shapes = []
    }

    /// Appends a shape on top of the others.
    public mutating func add(_ shape: Shape) {
        shapes.append(shape)
    }

    /// A straight line: shorthand for a two-point solid polyline.
    public mutating func line(_ a: PixelPoint, _ b: PixelPoint, color: RGB, width: Double) {
        shapes.append(.polyline([a, b], color: color, width: width, dashed: false))
    }

    /// Text shorthand (not rotated).
    public mutating func text(_ string: String, at point: PixelPoint, scale: Int, color: RGB, anchor: TextAnchor = .start) {
        shapes.append(.text(string, at: point, scale: scale, color: color, anchor: anchor, rotated: false))
    }

    /// The dash pattern used for dashed strokes of `width`: (drawn, skipped) lengths.
    static func dash(forWidth width: Double) -> (on: Double, off: Double) {
        (on: 4 * width, off: 2.5 * width)
    }

    /// Paints the picture on a new canvas of its size.
    public func rasterized() -> Canvas {
        var canvas = Canvas(width: width, height: height, background: background)
        for shape in shapes {
            switch shape {
            case let .rect(r, fill):
                let left = Int(pixel: r.x.rounded()), top = Int(pixel: r.y.rounded())
                canvas.fill(x: left, y: top, width: Int(pixel: r.maxX.rounded()) - left, height: Int(pixel: r.maxY.rounded()) - top, color: fill)
            case let .polyline(points, color, width, dashed):
                canvas.drawPolyline(points, color: color, width: width, dash: dashed ? Self.dash(forWidth: width) : nil)
            case let .circle(center, radius, fill, stroke, strokeWidth):
                if let fill {
                    canvas.fillCircle(center: center, radius: radius, color: fill)
                }
                if let stroke {
                    canvas.strokeCircle(center: center, radius: radius, width: strokeWidth, color: stroke)
                }
            case let .text(string, at, scale, color, anchor, rotated):
                let length = Double(BitmapFont.width(of: string, scale: scale))
                let shift = anchor == .start ? 0 : (anchor == .middle ? length / 2 : length)
                let capMiddle = Double(BitmapFont.capHeight * scale) / 2
                if rotated {
                    canvas.drawText(string, x: Int(pixel: (at.x - capMiddle).rounded()), y: Int(pixel: (at.y - length + shift).rounded()),
                                    scale: scale, color: color, rotated: true)
                } else {
                    canvas.drawText(string, x: Int(pixel: (at.x - shift).rounded()), y: Int(pixel: (at.y - capMiddle).rounded()),
                                    scale: scale, color: color)
                }
            case let .image(image, at):
                canvas.draw(image, x: Int(pixel: at.x.rounded()), y: Int(pixel: at.y.rounded()))
            }
        }
        return canvas
    }
}
