import Foundation

/// Horizontal bars in labelled groups on a logarithmic axis: values that differ by orders of
/// magnitude (throughputs of several programs, say) side by side.
///
/// Each group is a heading followed by its bars, one row each: the bar's label on the left, the
/// bar from the axis's left end to log₁₀(value), the value printed after it. Highlighted bars
/// are drawn in the accent colour, the others in grey. The axis spans whole decades
/// 10^⌊log₁₀ min⌋ … 10^⌈log₁₀ max⌉ over the positive finite values; other values get no bar.
public struct BarChart: Figure {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// The name on the left of the bar.
        public var label: String
        /// The length, on the logarithmic axis.
        public var value: Double
        /// Whether to draw it in the accent colour.
        public var isHighlighted: Bool

        /// A bar from its parts.
        public init(label: String, value: Double, isHighlighted: Bool = false) {
            self.label = label
            self.value = value
            self.isHighlighted = isHighlighted
        }
    }

    /// A heading and its bars.
    public struct Group: Sendable, Equatable {
        /// The heading above the bars.
        public var title: String
        /// The bars, top to bottom.
        public var bars: [Bar]

        /// A group from its parts.
        public init(title: String, bars: [Bar]) {
            self.title = title
            self.bars = bars
        }
    }

    /// The chart's title.
    public var title: String
    /// What the axis measures.
    public var axisLabel: String
    /// The groups, top to bottom.
    public var groups: [Group]

    /// A chart from its parts.
    public init(title: String, axisLabel: String, groups: [Group]) {
        self.title = title
        self.axisLabel = axisLabel
        self.groups = groups
    }

    /// Rows the chart needs: a title row, per group a heading and a row per bar, the axis's
    /// tick labels and its label.
    public var rowCount: Int {
        groups.reduce(0) { $0 + 1 + $1.bars.count } + 3
    }

    /// The axis range as decade exponents (lowest, highest), at least one decade wide.
    var decades: (low: Int, high: Int) {
        let values = groups.flatMap { $0.bars.map(\.value) }.filter { $0.isFinite && $0 > 0 }
        guard let smallest = values.min(), let largest = values.max() else { return (0, 1) }
        let low = Int(log10(smallest).rounded(.down))
        let high = max(low + 1, Int(log10(largest).rounded(.up)))
        return (low, high)
    }

    /// The fraction 0…1 of the axis at which `value`'s bar ends (0 for values without a bar).
    func position(of value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        let (low, high) = decades
        return min(max((log10(value) - Double(low)) / Double(high - low), 0), 1)
    }

    /// A power of ten as a tick label: 1, 10, 100, 1k, 10k, … (`1eN` below 1 or above 100T).
    static func decadeLabel(_ exponent: Int) -> String {
        let suffixes = ["", "k", "M", "G", "T"]
        guard exponent >= 0, exponent / 3 < suffixes.count else { return "1e\(exponent)" }
        return ["1", "10", "100"][exponent % 3] + suffixes[exponent / 3]
    }

    /// `value` with three significant digits and a k / M / G suffix: 912k, 31.2M.
    static func shortNumber(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let steps: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k")]
        let (divisor, suffix) = steps.first { abs(value) >= $0.0 } ?? (1, "")
        let scaled = value / divisor
        let digits = abs(scaled) >= 100 ? 0 : abs(scaled) >= 10 ? 1 : 2
        return String(format: "%.\(digits)f", scaled) + suffix
    }

    public func picture(width: Int, height: Int) -> Picture {
        let style = PlotStyle(width: width, height: height)
        var picture = Picture(width: width, height: height)
        let labels = groups.flatMap { $0.bars.map(\.label) }
        let labelWidth = labels.map(style.textWidth).max() ?? 0
        let valueWidth = style.textWidth("999.99M")
        let left = style.padding * 2 + labelWidth
        let right = Double(width) - style.padding * 2 - valueWidth
        let rowHeight = (Double(height) - 2 * style.padding) / Double(max(rowCount, 1))
        let barHeight = max(1, rowHeight * 0.62)
        var y = style.padding + rowHeight / 2
        picture.text(title, at: PixelPoint(Double(width) / 2, y), scale: style.scale, color: style.text, anchor: .middle)
        y += rowHeight
        let top = y - rowHeight / 2
        let axisY = top + rowHeight * Double(groups.reduce(0) { $0 + 1 + $1.bars.count })
        let span = max(right - left, 1)
        let (low, high) = decades
        for exponent in low...high {
            let x = left + span * Double(exponent - low) / Double(high - low)
            picture.line(PixelPoint(x, top), PixelPoint(x, axisY),
                         color: style.grid, width: style.unit)
        }
        for group in groups {
            picture.text(group.title, at: PixelPoint(style.padding, y), scale: style.scale, color: style.text)
            y += rowHeight
            for bar in group.bars {
                picture.text(bar.label, at: PixelPoint(left - style.padding, y), scale: style.scale,
                             color: style.mutedText, anchor: .end)
                let length = span * position(of: bar.value)
                let color = bar.isHighlighted ? RGB(hex: 0xD9622B) : RGB(hex: 0x9AA5B1)
                picture.add(.rect(PixelRect(x: left, y: y - barHeight / 2, width: max(length, 1), height: barHeight), fill: color))
                picture.text(Self.shortNumber(bar.value), at: PixelPoint(left + length + style.padding, y),
                             scale: style.scale, color: bar.isHighlighted ? style.text : style.mutedText)
                y += rowHeight
            }
        }
        picture.line(PixelPoint(left, axisY), PixelPoint(right, axisY), color: style.axis, width: style.unit)
        for exponent in low...high {
            let x = left + span * Double(exponent - low) / Double(high - low)
            picture.text(Self.decadeLabel(exponent), at: PixelPoint(x, axisY + rowHeight / 2),
                         scale: style.scale, color: style.mutedText, anchor: .middle)
        }
        picture.text(axisLabel + " (log scale)", at: PixelPoint((left + right) / 2, axisY + 1.5 * rowHeight),
                     scale: style.scale, color: style.mutedText, anchor: .middle)
        return picture
    }

    /// The chart as text: per group its heading, then a row per bar with the label, a bar of
    /// `█` (coloured when the style has colour) and the value; the axis range below.
    public func terminalText(_ style: TerminalStyle) -> String {
        let labelWidth = groups.flatMap { $0.bars.map(\.label.count) }.max() ?? 0
        let barWidth = max(4, style.columns - labelWidth - 10)
        var lines = [title]
        for group in groups {
            lines.append(group.title)
            for bar in group.bars {
                let cells = Int((Double(barWidth) * position(of: bar.value)).rounded())
                let padded = String(repeating: " ", count: labelWidth - bar.label.count) + bar.label
                var ink = String(repeating: "█", count: max(cells, 1))
                if style.mode != .plain {
                    let color = bar.isHighlighted ? RGB(hex: 0xD9622B) : RGB(hex: 0x9AA5B1)
                    ink = ANSI.colors(foreground: color, background: nil, mode: style.mode, reset: false) + ink + ANSI.reset
                }
                lines.append("\(padded) \(ink) \(Self.shortNumber(bar.value))")
            }
        }
        let (low, high) = decades
        lines.append("\(axisLabel), log scale \(Self.decadeLabel(low))…\(Self.decadeLabel(high))")
        return lines.joined(separator: "\n")
    }
}
