extension Int {
    /// A pixel or cell index from a coordinate that may be far off the picture, infinite or NaN:
    /// the coordinate clamped to ±2³⁰ (NaN as 0) before the conversion, so it never traps.
    init(pixel value: Double) {
        let limit = Double(1 << 30)
        self.init(value.isNaN ? 0 : Swift.min(Swift.max(value, -limit), limit))
    }
}
