/// An executed notebook as a report shows it: the cells in order, each command with what it
/// printed and the pictures it drew.
struct ExecutedNotebook: Sendable {
    /// One command as it ran.
    struct Entry: Sendable {
        /// The command as written.
        var source: String
        /// What it printed on stdout (pictures drawn as terminal text are left out).
        var output = ""
        /// What it printed on stderr: its error, if it failed.
        var errors = ""
        /// Every picture it drew, as PNG bytes.
        var pictures: [[UInt8]] = []
    }

    /// One cell.
    struct Cell: Sendable {
        /// Code or text.
        var kind: Notebook.Kind
        /// The cell's title; empty or nil when it has none.
        var title: String?
        /// A text cell's Markdown.
        var markdown: String
        /// A code cell's commands.
        var entries: [Entry]
    }

    /// The cells in order.
    var cells: [Cell] = []

    /// Every picture in order of appearance.
    var pictures: [[UInt8]] { cells.flatMap { $0.entries.flatMap(\.pictures) } }
}

/// Collects an ``ExecutedNotebook`` while a notebook replays: the replay announces cells and
/// commands, the console hands over the text it prints, `plot` hands over its pictures.
final class ReportRecorder: @unchecked Sendable {
    /// What has run so far.
    private(set) var notebook = ExecutedNotebook()

    /// A recorder with nothing recorded.
    init() {}

    /// A new cell starts.
    func begin(_ cell: Notebook.Cell) {
        notebook.cells.append(ExecutedNotebook.Cell(kind: cell.kind, title: cell.title,
                                                    markdown: cell.lines.map(\.text).joined(separator: "\n"), entries: []))
    }

    /// A command of the current cell starts.
    func begin(command source: String) {
        if notebook.cells.isEmpty {
            notebook.cells.append(ExecutedNotebook.Cell(kind: .code, title: nil, markdown: "", entries: []))
        }
        notebook.cells[notebook.cells.count - 1].entries.append(ExecutedNotebook.Entry(source: source))
    }

    /// Text the console printed: output and errors go to the current command; screen text
    /// (live lines, terminal pictures, the replay's titles and prompts) is not recorded.
    func hear(_ stream: Console.Stream, _ text: String) {
        guard let cell = notebook.cells.indices.last, let entry = notebook.cells[cell].entries.indices.last else { return }
        switch stream {
        case .output: notebook.cells[cell].entries[entry].output += text
        case .error: notebook.cells[cell].entries[entry].errors += text
        case .screen: break
        }
    }

    /// A picture drawn by the current command.
    func addPicture(_ png: [UInt8]) {
        guard let cell = notebook.cells.indices.last, let entry = notebook.cells[cell].entries.indices.last else { return }
        notebook.cells[cell].entries[entry].pictures.append(png)
    }
}
