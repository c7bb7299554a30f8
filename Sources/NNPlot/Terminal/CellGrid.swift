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
    /// colour modes reset attributes at the end of every line that used any. The text is built
    /// as bytes, since a live frame renders thousands of cells many times a second.
    func rendered(_ mode: TerminalStyle.Mode) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows * (columns + 1) * (mode == .plain ? 1 : 4))
        for r in 0..<rows {
            if r > 0 { bytes.append(UInt8(ascii: "\n")) }
            let lineStart = bytes.count
            var foreground: RGB?
            var background: RGB?
            for c in 0..<columns {
                let cell = cells[r * columns + c]
                if mode != .plain, cell.foreground != foreground || cell.background != background {
                    ANSI.appendColors(to: &bytes, foreground: cell.foreground, background: cell.background, mode: mode,
                                      reset: (foreground != nil && cell.foreground == nil) || (background != nil && cell.background == nil))
                    foreground = cell.foreground
                    background = cell.background
                }
                bytes.append(contentsOf: cell.character.utf8)
            }
            if mode == .plain {
                while bytes.count > lineStart, bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            } else if foreground != nil || background != nil {
                bytes.append(contentsOf: ANSI.reset.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
