/// Sizes and neutral colours of a plot, derived from the picture size so that a 640×480
/// image and a 1280×960 one look alike.
///
/// `scale = max(1, ⌊min(3·width, 4·height) / 960 + 0.4⌋)`: 2 at 640×480, 1 at 480×360. Every length
/// below is a multiple of it; text uses the bitmap font at `scale` (cap height `7·scale`).
struct PlotStyle: Sendable {
    /// Font scale and unit length.
    let scale: Int
    /// Titles and labels.
    let text = RGB(hex: 0x2F2F2F)
    /// Tick labels and secondary text.
    let mutedText = RGB(hex: 0x5A5A5A)
    /// Axis frame and ticks.
    let axis = RGB(hex: 0x8A8A8A)
    /// Grid lines behind curves.
    let grid = RGB(hex: 0xE6E6E6)

    init(width: Int, height: Int) {
        scale = max(1, Int(Double(min(3 * width, 4 * height)) / 960 + 0.4))
    }

    /// `scale` as a Double.
    var unit: Double { Double(scale) }
    /// Space around panels and between blocks.
    var padding: Double { 6 * unit }
    /// Cap height of text.
    var capHeight: Double { 7 * unit }
    /// Length of axis tick marks.
    var tickLength: Double { 3 * unit }
    /// Curve stroke width.
    var lineWidth: Double { 1.25 * unit }
    /// Data point radius.
    var pointRadius: Double { 2 * unit + 1.5 }
    /// Dark edge width around points.
    var edgeWidth: Double { 0.5 * unit + 0.25 }

    /// Width of `string` in the bitmap font at this scale.
    func textWidth(_ string: String) -> Double {
        Double(BitmapFont.width(of: string, scale: scale))
    }

    /// Splits `string` into as few lines no wider than `width` as possible, breaking at double
    /// spaces (the field separators of a title) or else at spaces, with line lengths balanced:
    /// among the splits with the fewest lines, the one whose longest line is shortest.
    func wrapped(_ string: String, width: Double) -> [String] {
        guard textWidth(string) > width else { return [string] }
        for separator in ["  ", " "] {
            let parts = string.split(separator: separator).map(String.init)
            guard parts.allSatisfy({ textWidth($0) <= width }) else { continue }
            let lineCount = greedy(parts, separator: separator, width: width).count
            var limit = parts.map(textWidth).max() ?? width
            while limit < width {
                let lines = greedy(parts, separator: separator, width: limit)
                if lines.count == lineCount { return lines }
                limit += unit
            }
            return greedy(parts, separator: separator, width: width)
        }
        return [string]
    }

    /// Packs `parts` into lines of at most `width`, left to right.
    private func greedy(_ parts: [String], separator: String, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for part in parts {
            let candidate = current.isEmpty ? part : current + separator + part
            if current.isEmpty || textWidth(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = part
            }
        }
        lines.append(current)
        return lines
    }
}
