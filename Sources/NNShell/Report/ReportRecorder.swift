/// Collects an ``ExecutedNotebook`` while a notebook replays: the replay announces cells and
/// commands, the console hands over the text it prints, `plot` hands over its pictures.
final class ReportRecorder: @unchecked Sendable {
    /// What has run so far.
    private(set) var notebook = ExecutedNotebook()

    /// A recorder with nothing recorded.
    init() {}

    /// A new cell starts.
    func begin(_ cell: Notebook.Cell) {
        let lines = cell.lines.map(\.text)
        notebook.cells.append(ExecutedNotebook.Cell(kind: cell.kind, title: cell.title,
                                                    markdown: cell.kind == .markdown ? lines.joined(separator: "\n") : "",
                                                    source: cell.kind == .code ? lines : [], entries: []))
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
