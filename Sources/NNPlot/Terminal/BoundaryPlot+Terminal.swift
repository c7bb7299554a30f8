/// The terminal form of a boundary (or data) plot.
///
/// Colour modes draw the map with half blocks: each cell is `▀` with the upper pixel as
/// foreground and the lower one as background, so a cell holds two square-ish pixels. Cells
/// holding data points show `●` (training) or `○` (validation only) in a darkened class colour
/// over the cell's region colour. Plain mode writes the region's class letter (`a`, `b`, …;
/// `.` where confidence < 0.2), training points as capitals and validation points as digits.
extension BoundaryPlot {
    /// Title, map with y range in a left gutter, x range and legend, `style.columns` wide;
    /// map rows default to `map columns / aspect / 2` (cells are twice as tall as wide).
    public func terminalText(_ style: TerminalStyle) -> String {
        terminalGrid(style).rendered(style.mode)
    }

    func terminalGrid(_ style: TerminalStyle) -> CellGrid {
        let columns = style.columns
        let x2Span = domain.x2.upperBound - domain.x2.lowerBound
        let x1Span = domain.x1.upperBound - domain.x1.lowerBound
        let topLabel = TerminalLegend.label(domain.x2.upperBound, span: x2Span)
        let bottomLabel = TerminalLegend.label(domain.x2.lowerBound, span: x2Span)
        let gutter = min(max(topLabel.count, bottomLabel.count, axisLabels.y.count) + 1, max(1, columns / 2))
        let mapColumns = columns - gutter
        let aspect = min(max(domain.aspectRatio, 0.5), 2.5)
        let rows = style.rows ?? max(3, Int((Double(mapColumns) / aspect / 2).rounded()))

        var map = CellGrid(columns: columns, rows: rows)
        map.put(String(repeating: " ", count: max(0, gutter - 1 - topLabel.count)) + topLabel, row: 0, column: 0)
        map.put(String(repeating: " ", count: max(0, gutter - 1 - bottomLabel.count)) + bottomLabel, row: rows - 1, column: 0)
        if rows >= 5 {
            map.put(String(repeating: " ", count: max(0, gutter - 1 - axisLabels.y.count)) + axisLabels.y, row: rows / 2, column: 0)
        }
        fillRegions(into: &map, column: gutter, columns: mapColumns, rows: rows, mode: style.mode)
        drawPoints(into: &map, column: gutter, columns: mapColumns, rows: rows, mode: style.mode)

        var axis = CellGrid(columns: columns, rows: 1)
        let left = TerminalLegend.label(domain.x1.lowerBound, span: x1Span)
        let right = TerminalLegend.label(domain.x1.upperBound, span: x1Span)
        axis.put(left, row: 0, column: gutter)
        axis.put(right, row: 0, column: columns - right.count)
        let middle = gutter + (mapColumns - axisLabels.x.count) / 2
        if middle > gutter + left.count, middle + axisLabels.x.count < columns - right.count {
            axis.put(axisLabels.x, row: 0, column: middle)
        }
        let parts = [TerminalLegend.title(title, columns: columns), map, axis, legendGrid(style)]
        return TerminalLegend.stacked(parts, columns: columns)
    }

    /// Region cells: half blocks of the rasterised map, or class letters in plain mode.
    private func fillRegions(into cells: inout CellGrid, column: Int, columns: Int, rows: Int, mode: TerminalStyle.Mode) {
        guard let predictions = grid else { return }
        if mode == .plain {
            let probabilities = BoundaryRaster.interpolate(predictions, width: columns, height: rows)
            let k = predictions.classCount
            for r in 0..<rows {
                for c in 0..<columns {
                    let o = (r * columns + c) * k
                    var best = 0
                    for j in 1..<k where probabilities[o + j] > probabilities[o + best] {
                        best = j
                    }
                    let uniform = 1 / Float(k)
                    let confidence = (probabilities[o + best] - uniform) / (1 - uniform)
                    cells[r, column + c].character = confidence < 0.2 ? "." : Self.letter(best, uppercase: false)
                }
            }
            return
        }
        let image = BoundaryRaster.render(predictions, width: columns, height: 2 * rows, colors: colors, contourWidth: 0)
        for r in 0..<rows {
            for c in 0..<columns {
                cells[r, column + c] = CellGrid.Cell(character: "▀", foreground: image[c, 2 * r], background: image[c, 2 * r + 1])
            }
        }
    }

    /// A value-map point this close to 0 (|value| < 0.2) is drawn as neither sign's class.
    static let nearZero = 0.2
    /// The class key of points near 0 on a value map.
    static let nearZeroKey = -1

    /// Point cells: the majority class of the points falling in each cell (on a value map, the
    /// sign of the value, or "near 0": `o` in plain text, grey in colour).
    private func drawPoints(into cells: inout CellGrid, column: Int, columns: Int, rows: Int, mode: TerminalStyle.Mode) {
        var counts: [Int: [Int: (training: Int, validation: Int)]] = [:]
        let x1 = domain.x1, x2 = domain.x2
        for point in points {
            let c = Int(pixel: ((point.x1 - x1.lowerBound) / (x1.upperBound - x1.lowerBound) * Double(columns)).rounded(.down))
            let r = Int(pixel: ((x2.upperBound - point.x2) / (x2.upperBound - x2.lowerBound) * Double(rows)).rounded(.down))
            guard c >= 0, c < columns, r >= 0, r < rows else { continue }
            let key = point.value.map { abs($0) < Self.nearZero } == true ? Self.nearZeroKey : point.label
            var tally = counts[r * columns + c, default: [:]][key, default: (0, 0)]
            if point.isValidation { tally.validation += 1 } else { tally.training += 1 }
            counts[r * columns + c, default: [:]][key] = tally
        }
        for (cell, classes) in counts {
            guard let (label, tally) = classes.max(by: { ($0.value.training + $0.value.validation, -$0.key) < ($1.value.training + $1.value.validation, -$1.key) }) else { continue }
            let r = cell / columns, c = column + cell % columns
            let training = tally.training > 0
            if label == Self.nearZeroKey {
                cells[r, c] = CellGrid.Cell(character: mode == .plain ? "o" : (training ? "●" : "○"),
                                           foreground: mode == .plain ? nil : RGB(hex: 0x8A8A8A),
                                           background: cells[r, c].background)
            } else if mode == .plain {
                cells[r, c].character = training ? Self.letter(label, uppercase: true) : Character(String(label % 10))
            } else {
                let existing = cells[r, c]
                let background = existing.background.map { below in existing.foreground.map { below.mixed(with: $0, amount: 0.5) } ?? below }
                cells[r, c] = CellGrid.Cell(character: training ? "●" : "○",
                                           foreground: colors.classColor(label).mixed(with: .black, amount: 0.25),
                                           background: background)
            }
        }
    }

    /// The legend rows: class swatches and the marker meanings.
    private func legendGrid(_ style: TerminalStyle) -> CellGrid {
        var entries: [TerminalLegend.Entry] = []
        let hasValidation = points.contains(where: \.isValidation)
        if style.mode == .plain {
            for k in 0..<classCount {
                let symbol = "\(Self.letter(k, uppercase: false))\(Self.letter(k, uppercase: true))" + (hasValidation ? "\(k % 10)" : "")
                entries.append(.init(symbol: symbol, color: nil, label: className(k)))
            }
            var meanings = grid == nil ? ["capital: train"] : ["lower: region", "capital: train"]
            if hasValidation {
                meanings.append("digit: validation")
            }
            if points.contains(where: { $0.value != nil }) {
                meanings.append("o: near 0")
            }
            entries += meanings.map { TerminalLegend.Entry(symbol: "", color: nil, label: $0) }
        } else {
            for k in 0..<classCount {
                entries.append(.init(symbol: "■", color: colors.classColor(k), label: className(k)))
            }
            if hasValidation {
                entries.append(.init(symbol: "●", color: nil, label: "train"))
                entries.append(.init(symbol: "○", color: nil, label: "validation"))
            }
        }
        return TerminalLegend.grid(entries, columns: style.columns)
    }

    /// `a`, `b`, … (or capitals) for class `k`, wrapping after `z`.
    static func letter(_ k: Int, uppercase: Bool) -> Character {
        let base = uppercase ? 65 : 97
        return Character(Unicode.Scalar(UInt8(base + ((k % 26) + 26) % 26)))
    }
}
