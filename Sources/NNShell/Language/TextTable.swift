/// A plain text table: columns padded to their widest cell, two spaces apart.
struct TextTable {
    var header: [String]
    /// The cells, row by row.
    var rows: [[String]]
    /// Columns whose cells are right-aligned (numbers).
    var rightAligned: Set<Int> = []

    /// The header line, then one line per row.
    var lines: [String] {
        let widths = header.indices.map { column in
            ([header] + rows).map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                rightAligned.contains(column) ? NumberFormat.pad(cell, widths[column])
                    : (column == cells.count - 1 ? cell : NumberFormat.padRight(cell, widths[column]))
            }.joined(separator: "  ")
        }
    }
}
