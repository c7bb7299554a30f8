/// One sample of a two-feature data set: its position in the input plane and its class.
public struct LabeledPoint: Sendable, Hashable {
    /// First input feature (horizontal axis).
    public var x1: Double
    /// Second input feature (vertical axis).
    public var x2: Double
    /// Class index, 0 ..< K.
    public var label: Int
    /// Whether the sample belongs to the validation split (drawn outlined) rather than
    /// training (drawn filled).
    public var isValidation: Bool
    /// For a value map (regression): the sample's value scaled to −1…1, which picture markers
    /// are coloured by (``ColorMap/diverging(_:)``) in place of the class colour; nil otherwise.
    public var value: Double?

    /// A sample from its parts.
    public init(x1: Double, x2: Double, label: Int, isValidation: Bool = false, value: Double? = nil) {
        self.x1 = x1
        self.x2 = x2
        self.label = label
        self.isValidation = isValidation
        self.value = value
    }
}

/// The rectangle of the input plane a plot shows: `x1` horizontally, `x2` vertically.
public struct PlotDomain: Sendable, Equatable {
    /// Horizontal extent.
    public var x1: ClosedRange<Double>
    /// Vertical extent.
    public var x2: ClosedRange<Double>

    /// A domain from its two extents; empty or non-finite extents become −1…1.
    public init(x1: ClosedRange<Double>, x2: ClosedRange<Double>) {
        self.x1 = PlotDomain.usable(x1)
        self.x2 = PlotDomain.usable(x2)
    }

    /// The bounding box of `points` (non-finite coordinates ignored, the rest clamped to ±10³⁰⁰)
    /// widened by `margin` times its span on every side: `[min − m·span, max + m·span]`. A box
    /// of no width (all points at one spot, or closer than 10⁻⁹ of their size) is widened by
    /// half its size (at least 0.5) instead. No points: −1…1 on both axes.
    /// With `aspectRatio` (width/height), the narrower extent is widened about its centre until
    /// `span1/span2` equals it, so both axes share one scale in a frame of that shape.
    public init(covering points: [LabeledPoint], margin: Double = 0.1, aspectRatio: Double? = nil) {
        let xs = points.map(\.x1).filter(\.isFinite), ys = points.map(\.x2).filter(\.isFinite)
        func extent(_ values: [Double]) -> ClosedRange<Double> {
            guard let smallest = values.min(), let largest = values.max() else { return -1...1 }
            let limit = 1e300
            let low = min(max(smallest, -limit), limit), high = min(max(largest, -limit), limit)
            let size = max(abs(low), abs(high))
            // A span too small to tell apart from the values' rounding counts as one spot.
            guard high - low > size * 1e-9 else {
                let pad = max(size, 1) * 0.5
                return (low - pad)...(high + pad)
            }
            let pad = (high - low) * min(max(margin, 0), 1)
            return (low - pad)...(high + pad)
        }
        var horizontal = extent(xs), vertical = extent(ys)
        if let aspectRatio, aspectRatio > 0, aspectRatio.isFinite {
            let width = horizontal.upperBound - horizontal.lowerBound, height = vertical.upperBound - vertical.lowerBound
            if width / height < aspectRatio {
                let grow = (height * aspectRatio - width) / 2
                horizontal = (horizontal.lowerBound - grow)...(horizontal.upperBound + grow)
            } else {
                let grow = (width / aspectRatio - height) / 2
                vertical = (vertical.lowerBound - grow)...(vertical.upperBound + grow)
            }
        }
        self.init(x1: horizontal, x2: vertical)
    }

    /// Width over height of the domain.
    public var aspectRatio: Double {
        (x1.upperBound - x1.lowerBound) / (x2.upperBound - x2.lowerBound)
    }

    private static func usable(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        guard range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound > range.lowerBound else {
            return -1...1
        }
        return range
    }
}
