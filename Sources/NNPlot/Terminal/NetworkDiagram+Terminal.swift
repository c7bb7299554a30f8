/// The terminal form of a network diagram, fitted to a rectangle of text cells.
///
/// Tiles are half blocks of the unit maps (colour modes) or the sign characters of
/// ``NeuronGrid`` (plain: `=` `-` `.` `+` `#`); plain nodes are `o`. Weights are braille lines
/// between the tiles: in colour, every shown weight in its sign's colour, brighter when larger;
/// in plain text, which has no colour for the sign, only the weights of at least
/// ``plainLineShare`` of the largest, so the picture stays readable, and the sign is read from
/// the list of largest weights below.
extension NetworkDiagram {
    /// In plain text, lines are drawn for |w| ≥ this share of the largest |w|.
    public static let plainLineShare: Float = 0.3

    /// The diagram in `style.columns` columns and `style.rows` rows (default: enough for the
    /// tallest column, at most 40).
    public func terminalText(_ style: TerminalStyle) -> String {
        let most = columns.indices.map(shownCount).max() ?? 1
        let rows = style.rows ?? min(40, max(14, 2 * most + 8))
        return terminalLines(columns: style.columns, rows: rows, mode: style.mode).joined(separator: "\n")
    }

    /// Exactly `rows` lines, none wider than `columns` visible characters (colour codes aside):
    /// the title, column headings, the diagram and the legend, for drawing the diagram into
    /// that rectangle of a terminal (e.g. beside other pictures while training runs). The list
    /// of largest weights is left out when the rectangle is too short for it.
    public func terminalLines(columns width: Int, rows height: Int, mode: TerminalStyle.Mode) -> [String] {
        let width = max(8, width), height = max(3, height)
        let title = TerminalLegend.title(title, columns: width)
        let key = legendKey(mode: mode, columns: width)
        var strongest = TerminalLegend.title(strongestText, columns: width)
        if height - title.rows - 1 - key.rows - strongest.rows < 4 { strongest = CellGrid(columns: width, rows: 0) }
        let areaRows = max(1, height - title.rows - 1 - key.rows - strongest.rows)
        let grid = TerminalLegend.stacked([title, headings(columns: width), area(columns: width, rows: areaRows, mode: mode),
                                           key, strongest], columns: width)
        let lines = grid.rendered(mode).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Array((lines + Array(repeating: "", count: height)).prefix(height))
    }

    /// Column centres for a terminal `width` columns wide, after room for the input names.
    private func terminalCenters(columns width: Int) -> (centers: [Int], nameWidth: Int) {
        let nameWidth = min(8, columns.first?.unitNames.prefix(Self.maximumShown).map(\.count).max() ?? 0)
        let left = nameWidth + 1
        let spacing = Double(width - left) / Double(max(columns.count, 1))
        return (columns.indices.map { left + Int(spacing * (Double($0) + 0.5)) }, nameWidth)
    }

    /// One row of column headings, each cut to its share of the width.
    private func headings(columns width: Int) -> CellGrid {
        var grid = CellGrid(columns: width, rows: 1)
        let (centers, _) = terminalCenters(columns: width)
        let share = max(1, width / max(columns.count, 1) - 1)
        for (c, column) in columns.enumerated() {
            let text = String(column.title.prefix(share))
            grid.put(text, row: 0, column: max(0, min(width - text.count, centers[c] - text.count / 2)))
        }
        return grid
    }

    /// The tiles, the lines between them and the hidden-unit notes, in `width × rows` cells.
    private func area(columns width: Int, rows: Int, mode: TerminalStyle.Mode) -> CellGrid {
        var grid = CellGrid(columns: width, rows: rows)
        let (centers, nameWidth) = terminalCenters(columns: width)
        let anyHidden = columns.indices.contains { hiddenCount($0) > 0 }
        let shown = columns.indices.map { min(shownCount($0), max(1, rows - (anyHidden ? 1 : 0))) }
        let notes = columns.indices.contains { shown[$0] < columns[$0].count } ? 1 : 0
        let slot = max(1, (rows - notes) / max(shown.max() ?? 1, 1))
        let tileRows = slot >= 3 ? slot - 1 : 1
        let spacing = width / max(columns.count, 1)
        let tileColumns = max(2, min(2 * tileRows + 1, spacing / 3))
        func top(_ c: Int, _ unit: Int) -> Int {
            (rows - notes - shown[c] * slot) / 2 + unit * slot + (slot - tileRows) / 2
        }
        func left(_ c: Int) -> Int { centers[c] - tileColumns / 2 }
        var lines = BrailleCanvas(columns: width, rows: rows)
        let largest = largestMagnitude
        for edge in drawnEdges() where edge.from < shown[edge.layer - 1] && edge.to < shown[edge.layer] {
            guard mode != .plain || abs(edge.value) >= Self.plainLineShare * largest else { continue }
            let y0 = 4 * top(edge.layer - 1, edge.from) + 2 * tileRows, y1 = 4 * top(edge.layer, edge.to) + 2 * tileRows
            lines.line(2 * (left(edge.layer - 1) + tileColumns), y0, 2 * left(edge.layer) - 1, y1, color: edgeColor(edge.value))
        }
        lines.draw(into: &grid, row: 0, column: 0)
        for (c, column) in columns.enumerated() {
            for unit in 0..<shown[c] {
                drawTile(column, unit: unit, into: &grid, row: top(c, unit), column: left(c),
                         width: tileColumns, height: tileRows, mode: mode)
            }
            if shown[c] < column.count {
                let note = "+\(column.count - shown[c]) more"
                grid.put(note, row: rows - 1, column: max(0, min(width - note.count, centers[c] - note.count / 2)))
            }
        }
        if let inputs = columns.first {
            for unit in 0..<shown[0] {
                let name = String(inputs.unitNames[unit].prefix(nameWidth))
                grid.put(name, row: top(0, unit) + (tileRows - 1) / 2, column: max(0, left(0) - 1 - name.count))
            }
        }
        return grid
    }

    /// One unit's cells: its map in half blocks or sign characters, or `o` for a plain node.
    private func drawTile(_ column: DiagramColumn, unit: Int, into grid: inout CellGrid, row: Int, column left: Int,
                          width: Int, height: Int, mode: TerminalStyle.Mode) {
        guard let maps = column.maps else {
            for r in 0..<height {
                for c in 0..<width {
                    grid[row + r, left + c] = CellGrid.Cell(character: mode == .plain ? "o" : " ", foreground: nil,
                                                            background: mode == .plain ? nil : RGB(hex: 0xBDBDBD))
                }
            }
            return
        }
        if mode == .plain {
            maps.drawPlainTile(unit: unit, into: &grid, row: row, column: left, width: width, height: height)
            return
        }
        let image = maps.tile(unit: unit, width: width, height: 2 * height)
        for r in 0..<height {
            for c in 0..<width {
                grid[row + r, left + c] = CellGrid.Cell(character: "▀", foreground: image[c, 2 * r], background: image[c, 2 * r + 1])
            }
        }
    }

    /// The key to lines and tiles.
    private func legendKey(mode: TerminalStyle.Mode, columns width: Int) -> CellGrid {
        let largest = Self.signed(largestMagnitude).dropFirst()
        if mode == .plain {
            let share = Int((Self.plainLineShare * 100).rounded())
            return TerminalLegend.grid([
                .init(symbol: "", color: nil, label: "lines: |w| >= \(share)% of max \(largest)"),
                .init(symbol: "", color: nil, label: columns.contains { $0.maps != nil }
                    ? "tiles: = - . + # by unit value" : "o: a unit"),
            ], columns: width)
        }
        return TerminalLegend.grid([
            .init(symbol: "──", color: colors.classColor(1), label: "w > 0"),
            .init(symbol: "──", color: colors.classColor(0), label: "w < 0"),
            .init(symbol: "", color: nil, label: "brighter: larger |w| (max \(largest))"),
        ], columns: width)
    }
}
