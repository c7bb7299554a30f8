/// An executed notebook as a report shows it: the cells in order, each command with what it
/// printed and the pictures it drew.
struct ExecutedNotebook: Sendable {
    /// One command as it ran.
    struct Entry: Sendable {
        var source: String
        /// What it printed on stdout (pictures drawn as terminal text are left out).
        var output = ""
        /// What it printed on stderr: its error, if it failed.
        var errors = ""
        /// Every picture it drew, as PNG bytes.
        var pictures: [[UInt8]] = []
    }

    struct Cell: Sendable {
        var kind: Notebook.Kind
        /// The cell's title; empty or nil when it has none.
        var title: String?
        /// A text cell's Markdown.
        var markdown: String
        /// A code cell's lines as written (comments and blank lines too).
        var source: [String] = []
        /// A code cell's commands.
        var entries: [Entry]

        /// A cell with nothing to show: a code cell whose lines are all comments or blank, or a
        /// text cell without text. Reports leave it out.
        var isEmpty: Bool {
            kind == .code ? entries.isEmpty : markdown.trimmingSpaces.isEmpty && (title ?? "").isEmpty
        }
    }

    var cells: [Cell] = []

    /// Every picture in order of appearance.
    var pictures: [[UInt8]] { cells.flatMap { $0.entries.flatMap(\.pictures) } }
}
