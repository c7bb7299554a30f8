/// The terminal form of a curve plot.
///
/// Colour modes draw each series with braille dots (2×4 per cell) joined by straight lines, in
/// its colour; plain mode marks the series' value in every column with `*`, `o`, `+`, `x`, `#`.
/// A left gutter holds the top and bottom values, the bottom rows the epoch range and legend.
extension CurvePlot {
    /// Rows of the drawing area when the style does not fix them: `columns / 4` within 4…16.
    static func defaultRows(columns: Int) -> Int {
        max(4, min(16, columns / 4))
    }

    /// Plain-mode markers, one per series in order.
    static let plainMarkers: [Character] = ["*", "o", "+", "x", "#"]

    /// Title, chart with value gutter and epoch range, legend; `style.rows` chart rows or
    /// ``defaultRows(columns:)``.
    public func terminalText(_ style: TerminalStyle) -> String {
        terminalGrid(style).rendered(style.mode)
    }

    func terminalGrid(_ style: TerminalStyle) -> CellGrid {
        let columns = style.columns
        let rows = style.rows ?? Self.defaultRows(columns: columns)
        let plain = style.mode == .plain
        let range = yRange(target: 4)
        let step = NiceScale.step(span: range.upperBound - range.lowerBound, target: 4)
        let top = NiceScale.label(range.upperBound, step: step), bottom = NiceScale.label(range.lowerBound, step: step)
        let gutter = max(top.count, bottom.count) + 1
        let width = max(1, columns - gutter)
        var chart = CellGrid(columns: columns, rows: rows + 2)
        for r in 0..<rows {
            let labelled = r == 0 || r == rows - 1
            chart[r, gutter - 1].character = labelled ? (plain ? "+" : "┤") : (plain ? "|" : "│")
            chart[r, gutter - 1].foreground = plain ? nil : RGB(hex: 0x8A8A8A)
        }
        chart.put(String(repeating: " ", count: gutter - 1 - top.count) + top, row: 0, column: 0)
        chart.put(String(repeating: " ", count: gutter - 1 - bottom.count) + bottom, row: rows - 1, column: 0)
        chart.put((plain ? "+" : "└") + String(repeating: plain ? "-" : "─", count: width), row: rows, column: gutter - 1,
                  color: plain ? nil : RGB(hex: 0x8A8A8A))
        let xs = xRange
        let first = String(Int(pixel: xs.lowerBound.rounded())), last = String(Int(pixel: xs.upperBound.rounded()))
        chart.put(first, row: rows + 1, column: gutter)
        if gutter + first.count + 1 + last.count <= columns {
            chart.put(last, row: rows + 1, column: columns - last.count)
        }
        if plain {
            drawMarkers(into: &chart, column: gutter, width: width, rows: rows, range: range)
        } else {
            var dots = BrailleCanvas(columns: width, rows: rows)
            for s in series.reversed() {
                for run in s.finiteRuns {
                    let mapped = run.map { point -> (Int, Int) in
                        let x = (point.x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(dots.dotWidth - 1)
                        let y = (range.upperBound - point.y) / (range.upperBound - range.lowerBound) * Double(dots.dotHeight - 1)
                        return (Int(pixel: x.rounded()), Int(pixel: min(max(y, 0), Double(dots.dotHeight - 1)).rounded()))
                    }
                    for (a, b) in zip(mapped, mapped.dropFirst()) {
                        dots.line(a.0, a.1, b.0, b.1, color: s.color)
                    }
                    if mapped.count == 1, let only = mapped.first {
                        dots.set(only.0, only.1, color: s.color)
                    }
                }
            }
            dots.draw(into: &chart, row: 0, column: gutter)
        }
        let entries = series.enumerated().map { index, s in
            TerminalLegend.Entry(symbol: plain ? String(Self.plainMarkers[index % Self.plainMarkers.count]) : (s.dashed ? "┅" : "━"),
                                 color: plain ? nil : s.color, label: s.name)
        }
        return TerminalLegend.stacked([TerminalLegend.title(title, columns: columns), chart,
                                       TerminalLegend.grid(entries, columns: columns)], columns: columns)
    }

    /// ASCII curves: each series' interpolated value at every column's epoch, first series on top.
    private func drawMarkers(into chart: inout CellGrid, column: Int, width: Int, rows: Int, range: ClosedRange<Double>) {
        let xs = xRange
        for (index, s) in series.enumerated().reversed() {
            let marker = Self.plainMarkers[index % Self.plainMarkers.count]
            for c in 0..<width {
                let epoch = xs.lowerBound + (width > 1 ? Double(c) / Double(width - 1) : 0) * (xs.upperBound - xs.lowerBound)
                guard let value = s.value(at: epoch) else { continue }
                let y = (range.upperBound - value) / (range.upperBound - range.lowerBound) * Double(rows - 1)
                chart[Int(pixel: min(max(y, 0), Double(rows - 1)).rounded()), column + c].character = marker
            }
        }
    }
}
