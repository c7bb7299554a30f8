/// A position in picture space: pixels from the top-left corner, x to the right, y downwards.
///
/// Pixel (i, j) covers `[i, i + 1) × [j, j + 1)`, so its centre is `(i + 0.5, j + 0.5)`; a
/// one-pixel horizontal line through row j is drawn at `y = j + 0.5`. SVG uses the same space.
public struct PixelPoint: Sendable, Hashable {
    /// Horizontal position in pixels.
    public var x: Double
    /// Vertical position in pixels, growing downwards.
    public var y: Double

    /// A point from its coordinates.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in picture space: `[x, x + width) × [y, y + height)`.
public struct PixelRect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width in pixels.
    public var width: Double
    /// Height in pixels.
    public var height: Double

    /// A rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge, `x + width`.
    public var maxX: Double { x + width }
    /// Bottom edge, `y + height`.
    public var maxY: Double { y + height }
    /// Centre point.
    public var center: PixelPoint { PixelPoint(x + width / 2, y + height / 2) }

    /// Whether `point` lies inside.
    public func contains(_ point: PixelPoint) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `inset` on every side.
    public func insetBy(_ inset: Double) -> PixelRect {
        PixelRect(x: x + inset, y: y + inset, width: max(0, width - 2 * inset), height: max(0, height - 2 * inset))
    }
}
