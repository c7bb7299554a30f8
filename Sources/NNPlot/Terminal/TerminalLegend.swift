/// Helpers shared by the terminal forms of all figures: titles and legends that wrap to the
/// available columns, and short axis labels.
enum TerminalLegend {
    /// One legend item: a coloured symbol and a label.
    struct Entry: Sendable {
        let symbol: String
        let color: RGB?
        let label: String
    }

    /// Entries laid out left to right, two spaces apart, wrapping to `columns`.
    static func grid(_ entries: [Entry], columns: Int) -> CellGrid {
        var lines: [[Entry]] = [[]]
        var used = 0
        for entry in entries {
            let width = entry.symbol.isEmpty ? entry.label.count : entry.symbol.count + 1 + entry.label.count
            if used > 0 && used + 2 + width > columns {
                lines.append([])
                used = 0
            }
            used += (used > 0 ? 2 : 0) + width
            lines[lines.count - 1].append(entry)
        }
        var grid = CellGrid(columns: columns, rows: lines.count)
        for (row, line) in lines.enumerated() {
            var column = 0
            for entry in line {
                if !entry.symbol.isEmpty {
                    grid.put(entry.symbol, row: row, column: column, color: entry.color)
                    column += entry.symbol.count + 1
                }
                grid.put(entry.label, row: row, column: column)
                column += entry.label.count + 2
            }
        }
        return grid
    }

    /// `text` wrapped at double spaces (then spaces) into lines of at most `columns` characters.
    static func wrapped(_ text: String, columns: Int) -> [String] {
        guard text.count > columns else { return text.isEmpty ? [] : [text] }
        var lines: [String] = []
        var current = ""
        for part in text.split(separator: "  ").flatMap({ $0.count > columns ? $0.split(separator: " ") : [$0] }) {
            let piece = String(part)
            if current.isEmpty {
                current = piece
            } else if current.count + 2 + piece.count <= columns {
                current += "  " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        lines.append(current)
        return lines.map { String($0.prefix(columns)) }
    }

    /// A short label for `value` on an axis spanning `span`: about two significant digits of
    /// the span.
    static func label(_ value: Double, span: Double) -> String {
        NiceScale.label(value, step: NiceScale.step(span: span, target: 10))
    }

    /// Stacks grids vertically, left-aligned, in a grid `columns` wide.
    static func stacked(_ parts: [CellGrid], columns: Int) -> CellGrid {
        var grid = CellGrid(columns: columns, rows: parts.reduce(0) { $0 + $1.rows })
        var row = 0
        for part in parts {
            grid.paste(part, row: row, column: 0)
            row += part.rows
        }
        return grid
    }

    /// Title lines as a grid.
    static func title(_ text: String, columns: Int) -> CellGrid {
        let lines = wrapped(text, columns: columns)
        var grid = CellGrid(columns: columns, rows: lines.count)
        for (row, line) in lines.enumerated() {
            grid.put(line, row: row, column: 0)
        }
        return grid
    }
}
