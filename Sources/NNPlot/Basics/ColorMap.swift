/// Colours for classes, confidence and signed activations.
///
/// Region colour for a point whose most likely class is `k` with probability `p_max` among `K`
/// classes:
///
///     confidence = (p_max − 1/K) / (1 − 1/K)            ∈ [0, 1]
///     colour     = mix(neutral, class[k], strength · confidence)
///
/// For two classes this is the diverging map class-0 colour → white (p = 0.5) → class-1 colour,
/// with `p₁ = 0.5 ± c/2` both giving confidence `c`. ``diverging(_:)`` uses the same two ends for
/// signed values in −1…1 (negative: class 0 colour, positive: class 1 colour), as TensorFlow
/// Playground does for neurons.
public struct ColorMap: Sendable, Equatable {
    /// One colour per class; classes beyond the list reuse it cyclically.
    public var classColors: [RGB]
    /// The colour of total uncertainty (and of zero for ``diverging(_:)``).
    public var neutral: RGB
    /// How far a fully confident region moves from `neutral` towards its class colour (0…1);
    /// below 1 so that the points, drawn in the full class colour, stand out.
    public var strength: Double

    /// A map from its parts.
    public init(classColors: [RGB], neutral: RGB = .white, strength: Double = 0.62) {
        self.classColors = classColors.isEmpty ? ColorMap.standard.classColors : classColors
        self.neutral = neutral
        self.strength = min(max(strength, 0), 1)
    }

    /// TensorFlow-Playground-like colours: class 0 warm orange, class 1 blue, then green,
    /// purple, red, teal, gold, pink, brown and slate.
    public static let standard = ColorMap(
        classColors: [
            RGB(hex: 0xF59322), RGB(hex: 0x0877BD), RGB(hex: 0x2E9E4F), RGB(hex: 0x8E4FC2),
            RGB(hex: 0xD63B3B), RGB(hex: 0x17A2A8), RGB(hex: 0xCFA400), RGB(hex: 0xD9549B),
            RGB(hex: 0x8C5A2B), RGB(hex: 0x4F6D7A),
        ]
    )

    /// The full-strength colour of class `k` (cyclic for `k ≥ classColors.count`).
    public func classColor(_ k: Int) -> RGB {
        let count = classColors.count
        return classColors[((k % count) + count) % count]
    }

    /// The region colour of class `k` at `confidence` (0…1, clamped).
    public func regionColor(class k: Int, confidence: Double) -> RGB {
        neutral.mixed(with: classColor(k), amount: strength * min(max(confidence, 0), 1))
    }

    /// The region colour for a probability vector (argmax class, confidence as above).
    public func regionColor(probabilities: [Double]) -> RGB {
        guard let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }) else { return neutral }
        let uniform = 1 / Double(probabilities.count)
        let confidence = probabilities.count > 1 ? (probabilities[best] - uniform) / (1 - uniform) : 1
        return regionColor(class: best, confidence: confidence.isFinite ? confidence : 0)
    }

    /// Signed value `v` in −1…1 (clamped): class-0 colour at −1, neutral at 0, class-1 colour at 1,
    /// at full strength.
    public func diverging(_ v: Double) -> RGB {
        let value = v.isFinite ? min(max(v, -1), 1) : 0
        return neutral.mixed(with: classColor(value < 0 ? 0 : 1), amount: abs(value))
    }

    /// The dark edge drawn around points and the 0.5 contour.
    public static let edge = RGB(hex: 0x2B2B2B)

    /// `levels` region colours per class: entry `k·levels + i` is class `k` at confidence
    /// `i/(levels − 1)`; lets rasterisers colour pixels with one table lookup.
    func regionTable(classCount: Int, levels: Int) -> [RGB] {
        var table: [RGB] = []
        table.reserveCapacity(classCount * levels)
        for k in 0..<classCount {
            for i in 0..<levels {
                table.append(regionColor(class: k, confidence: Double(i) / Double(levels - 1)))
            }
        }
        return table
    }
}
