import Foundation

/// Tick positions at "nice" numbers: steps of 1, 2, 2.5 or 5 times a power of ten.
enum NiceScale {
    /// The nice step closest to `span / target` (nearest on a log scale).
    static func step(span: Double, target: Int) -> Double {
        let raw = span / Double(max(target, 1))
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        var best = magnitude
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where abs(log(factor * magnitude / raw)) < abs(log(best / raw)) {
            best = factor * magnitude
        }
        return best
    }

    /// Multiples of the nice step for about `target` intervals that lie inside `range`.
    static func ticks(in range: ClosedRange<Double>, target: Int) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [range.lowerBound] }
        let step = step(span: span, target: target)
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        let last = (range.upperBound / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { clean($0 * step) }
    }

    /// `range` widened outwards to multiples of its nice step (a degenerate range gets ±0.5 or ±10 %).
    static func expanded(_ range: ClosedRange<Double>, target: Int) -> ClosedRange<Double> {
        var lower = range.lowerBound, upper = range.upperBound
        if !(upper > lower) {
            let pad = lower == 0 ? 0.5 : abs(lower) * 0.1
            lower -= pad
            upper += pad
        }
        let step = step(span: upper - lower, target: target)
        return clean((lower / step - 1e-9).rounded(.down) * step)...clean((upper / step + 1e-9).rounded(.up) * step)
    }

    /// The number of decimals that shows every multiple of `step` exactly (0…6).
    static func decimals(for step: Double) -> Int {
        for digits in 0...6 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return digits }
        }
        return 6
    }

    /// A tick label: `value` with the decimals its step needs, never "-0".
    /// Values of 10⁹ and more in size are written in scientific form (`3.4e+38`).
    static func label(_ value: Double, step: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return value.isFinite ? String(format: "%.3g", value) : compact(value) }
        let text = String(format: "%.\(decimals(for: step))f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A compact number for titles: 4 decimals in 0.001…1000, otherwise scientific.
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let size = abs(value)
        if size == 0 || (size >= 0.001 && size < 1000) {
            return String(format: "%.4f", value)
        }
        return String(format: "%.3e", value)
    }

    /// Removes floating-point dust such as 0.30000000000000004.
    private static func clean(_ value: Double) -> Double {
        let rounded = (value * 1e9).rounded() / 1e9
        return abs(rounded) < 1e-12 ? 0 : rounded
    }
}
