/// A rectangle of terminal character cells, each with an optional foreground and background
/// colour, serialised to text with the fewest colour escapes.
///
/// Every plot draws its terminal form into a grid first, so line widths are exact whatever
/// the mode: one `Character` per cell (all NNPlot glyphs are single-width).
struct CellGrid: Sendable {
    /// One character cell; nil colours leave the terminal default.
    struct Cell: Sendable, Equatable {
        var character: Character = " "
        var foreground: RGB?
        var background: RGB?
    }

    let columns: Int
    let rows: Int
    private(set) var cells: [Cell]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: Cell(), count: self.columns * self.rows)
    }

    subscript(row: Int, column: Int) -> Cell {
        get { cells[row * columns + column] }
        set {
            guard row >= 0, row < rows, column >= 0, column < columns else { return }
            cells[row * columns + column] = newValue
        }
    }

    /// Writes `text` from (`row`, `column`) rightwards, clipped at the edge, keeping backgrounds.
    mutating func put(_ text: String, row: Int, column: Int, color: RGB? = nil) {
        guard row >= 0, row < rows else { return }
        for (offset, character) in text.enumerated() {
            let c = column + offset
            guard c >= 0, c < columns else { continue }
            self[row, c].character = character
            self[row, c].foreground = color
        }
    }

    /// Places `other` with its top-left cell at (`row`, `column`), clipped.
    mutating func paste(_ other: CellGrid, row: Int, column: Int) {
        for r in 0..<other.rows {
            for c in 0..<other.columns {
                self[row + r, column + c] = other[r, c]
            }
        }
    }

    /// The grid as text lines joined by `"\n"`. Plain mode drops colours and trailing spaces;
    /// colour modes reset attributes at the end of every line that used any.
    func rendered(_ mode: TerminalStyle.Mode) -> String {
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            var foreground: RGB?
            var background: RGB?
            for c in 0..<columns {
                let cell = self[r, c]
                if mode != .plain {
                    if cell.foreground != foreground || cell.background != background {
                        line += ANSI.colors(foreground: cell.foreground, background: cell.background, mode: mode,
                                            reset: (foreground != nil && cell.foreground == nil) || (background != nil && cell.background == nil))
                        foreground = cell.foreground
                        background = cell.background
                    }
                }
                line.append(cell.character)
            }
            if mode == .plain {
                while line.last == " " { line.removeLast() }
            } else if foreground != nil || background != nil {
                line += ANSI.reset
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
