/// A `.nnb` script cut into cells by `%%` marker lines.
struct Notebook: Equatable, Sendable {
    /// What a cell holds.
    enum Kind: Equatable, Sendable {
        /// Command lines.
        case code
        /// Markdown text, shown as it is and never run.
        case markdown
    }

    /// One cell: its kind, title and lines with their line numbers in the file.
    struct Cell: Equatable, Sendable {
        var kind: Kind
        /// The rest of the marker line, trimmed; nil for the untitled cell before the first marker.
        var title: String?
        /// The cell's lines and their 1-based numbers in the file.
        var lines: [(number: Int, text: String)]

        static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.kind == rhs.kind && lhs.title == rhs.title
                && lhs.lines.map(\.number) == rhs.lines.map(\.number) && lhs.lines.map(\.text) == rhs.lines.map(\.text)
        }
    }

    /// The cells in file order.
    var cells: [Cell]

    /// Parses a script: `%% TITLE` opens a code cell, `%% md [TITLE]` a text cell; lines before
    /// the first marker form an untitled code cell (dropped when it holds nothing).
    init(parsing text: String) {
        var cells: [Cell] = []
        var current = Cell(kind: .code, title: nil, lines: [])
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, raw) in lines.enumerated() {
            var line = String(raw)
            if index == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            guard line.hasPrefix("%%") else {
                current.lines.append((index + 1, line))
                continue
            }
            if current.title != nil || current.lines.contains(where: { !$0.text.trimmingSpaces.isEmpty }) {
                cells.append(current)
            }
            let title = String(line.dropFirst(2)).trimmingSpaces
            if title == "md" || title.hasPrefix("md ") {
                current = Cell(kind: .markdown, title: String(title.dropFirst(2)).trimmingSpaces, lines: [])
            } else {
                current = Cell(kind: .code, title: title, lines: [])
            }
        }
        if current.title != nil || current.lines.contains(where: { !$0.text.trimmingSpaces.isEmpty }) {
            cells.append(current)
        }
        if let last = cells.indices.last {
            while let tail = cells[last].lines.last, tail.text.trimmingSpaces.isEmpty {
                cells[last].lines.removeLast()
            }
        }
        self.cells = cells
    }
}
