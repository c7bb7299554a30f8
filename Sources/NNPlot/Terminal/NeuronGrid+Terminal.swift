/// The terminal form of a neuron grid: square-ish tiles of half blocks (colour modes) or of
/// sign characters (plain: `=` strongly negative, `-` negative, `.` near 0, `+` positive,
/// `#` strongly positive, relative to the unit's largest magnitude), numbered below.
extension NeuronGrid {
    /// Title, tiles 6–16 columns wide (as many per row as fit), unit numbers, legend.
    public func terminalText(_ style: TerminalStyle) -> String {
        let columns = style.columns
        let tileColumns = max(6, min(16, (columns + 1) / min(unitCount, 4) - 1))
        let perRow = max(1, min(unitCount, (columns + 1) / (tileColumns + 1)))
        let tileRows = style.rows ?? max(2, Int((Double(tileColumns) / domain.aspectRatio / 2).rounded()))
        let bands = (unitCount + perRow - 1) / perRow
        var tiles = CellGrid(columns: columns, rows: bands * (tileRows + 1))
        for unit in 0..<unitCount {
            let column = (unit % perRow) * (tileColumns + 1), row = (unit / perRow) * (tileRows + 1)
            let image = tile(unit: unit, width: tileColumns, height: 2 * tileRows)
            if style.mode == .plain {
                drawPlainTile(unit: unit, into: &tiles, row: row, column: column, width: tileColumns, height: tileRows)
            } else {
                for r in 0..<tileRows {
                    for c in 0..<tileColumns {
                        tiles[row + r, column + c] = CellGrid.Cell(character: "▀", foreground: image[c, 2 * r], background: image[c, 2 * r + 1])
                    }
                }
            }
            let caption = "\(unit + 1)"
            tiles.put(caption, row: row + tileRows, column: column + (tileColumns - caption.count) / 2)
        }
        let entries: [TerminalLegend.Entry]
        if style.mode == .plain {
            entries = [.init(symbol: "=", color: nil, label: "strong -"), .init(symbol: "-", color: nil, label: "negative"),
                       .init(symbol: ".", color: nil, label: "near 0"), .init(symbol: "+", color: nil, label: "positive"),
                       .init(symbol: "#", color: nil, label: "strong +")]
        } else {
            entries = [.init(symbol: "■", color: colors.diverging(-1), label: "negative"),
                       .init(symbol: "■", color: colors.diverging(0), label: "0"),
                       .init(symbol: "■", color: colors.diverging(1), label: "positive (per unit max)")]
        }
        return TerminalLegend.stacked([TerminalLegend.title(title, columns: columns), tiles,
                                       TerminalLegend.grid(entries, columns: columns)], columns: columns).rendered(style.mode)
    }

    /// One tile of sign characters, sampled at cell centres.
    func drawPlainTile(unit: Int, into grid: inout CellGrid, row: Int, column: Int, width: Int, height: Int) {
        let range = range(unit: unit)
        let scale = max(abs(range.lowerBound), abs(range.upperBound))
        for r in 0..<height {
            for c in 0..<width {
                let i = Int((Double(c) + 0.5) / Double(width) * Double(columns - 1) + 0.5)
                let j = Int((1 - (Double(r) + 0.5) / Double(height)) * Double(rows - 1) + 0.5)
                let value = scale > 0 ? activations[(j * columns + i) * unitCount + unit] / scale : 0
                let symbol: Character = value < -0.6 ? "=" : value < -0.2 ? "-" : value <= 0.2 ? "." : value <= 0.6 ? "+" : "#"
                grid[row + r, column + c].character = symbol
            }
        }
    }
}
