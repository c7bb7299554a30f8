import Foundation

/// `nnb FILE.nnb --step`: before each cell the cell is shown (text cells as rendered Markdown,
/// code cells as their command lines) and a prompt asks what to do:
///
/// - Enter runs the cell (or goes past a text cell);
/// - any other line is a command, run in the session at once; the prompt comes back;
/// - `b` goes back one cell, `g N` goes to cell N: the notebook is replayed quietly from a fresh
///   session up to that cell, so the state is exactly what it was there;
/// - `l` lists the cells with their numbers; `q` stops.
///
/// A command that fails in a cell shows its error, ends that cell and returns to the prompt; the
/// exit status is then 1.
struct Stepper {
    /// The notebook and its file name, as errors show it.
    let notebook: Notebook
    let file: String
    /// Where output goes.
    let console: Console
    /// The notebook's folder: relative paths resolve against it.
    let baseDirectory: String
    /// Print `nnb> command` before each command's output.
    let echo: Bool
    /// Whether a person is at a terminal (live training, caret errors).
    let interactive: Bool
    /// Reads one answer after showing the prompt; nil at end of input.
    let read: (String) -> String?

    /// The legend printed under each cell.
    static let legend = "Enter runs the cell · type a command to run it now · b back · g N go to cell N · l list · q quit"

    /// Steps through the notebook; returns the exit status.
    func run() -> Int32 {
        var session = Session()
        let context = makeContext(console)
        var index = 0
        var failed = false
        while index < notebook.cells.count, !context.quitRequested {
            show(index, color: context.color(session.settings.color))
            var moved = false
            while !moved, !context.quitRequested {
                let cell = notebook.cells[index]
                let answer = (read("step \(index + 1)/\(notebook.cells.count)> ") ?? "").trimmingSpaces
                let words = answer.split(separator: " ").map(String.init)
                switch words.first?.lowercased() {
                case nil:
                    if cell.kind == .code {
                        failed = run(cell, session: &session, context: context) > 0 || failed
                    }
                    index += 1
                    moved = true
                case "q" where words.count == 1:
                    return failed ? Program.Status.failure : Program.Status.success
                case "l" where words.count == 1:
                    list(current: index)
                case "b" where words.count == 1:
                    guard index > 0 else {
                        console.line("this is the first cell: 'g N' goes to another, Enter runs this one")
                        continue
                    }
                    index -= 1
                    session = replayQuietly(upTo: index)
                    moved = true
                case "g" where words.count == 2:
                    guard let number = Int(words[1]), (1...notebook.cells.count).contains(number) else {
                        console.line("no cell '\(words[1])': the cells are numbered 1 to \(notebook.cells.count) ('l' lists them)")
                        continue
                    }
                    index = number - 1
                    session = replayQuietly(upTo: index)
                    moved = true
                default:
                    do {
                        try Interpreter.execute(line: answer, session: &session, context: context)
                    } catch {
                        console.error(DiagnosticRenderer.interactive(error, promptWidth: 0, color: context.color(session.settings.color)))
                    }
                }
            }
        }
        return failed ? Program.Status.failure : Program.Status.success
    }

    private func makeContext(_ console: Console) -> Context {
        Context(console: console, interactive: interactive, baseDirectory: baseDirectory, echo: echo)
    }

    /// Runs a code cell's lines, stopping at the first failing command; returns the failures.
    private func run(_ cell: Notebook.Cell, session: inout Session, context: Context) -> Int {
        for line in cell.lines {
            let failures = Replay.runLine(line.text, number: line.number, file: file, session: &session, context: context,
                                          keepGoing: false, echo: echo ? { context.console.screenLine(Replay.prompt + $0) } : nil) { diagnostic in
                context.console.error(DiagnosticRenderer.script(diagnostic, file: file, line: diagnostic.line ?? line.number))
            }
            if failures > 0 { return failures }
            if context.quitRequested { break }
        }
        return 0
    }

    /// A fresh session with the code cells before `index` run in it, printing nothing.
    private func replayQuietly(upTo index: Int) -> Session {
        var session = Session()
        let silent = Console(isTerminal: false, allowsEscapes: false) { _, _ in }
        let context = Context(console: silent, interactive: false, baseDirectory: baseDirectory, echo: false)
        for cell in notebook.cells[..<index] where cell.kind == .code {
            _ = run(cell, session: &session, context: context)
            if context.quitRequested { break }
        }
        return session
    }

    /// The cell at `index`: a rule with its number and title, then its rendered text or its
    /// command lines, then the legend.
    private func show(_ index: Int, color: Bool) {
        let cell = notebook.cells[index]
        let width = console.isTerminal ? min(TerminalSize.columns, 100) : 80
        let title = cell.title.flatMap { $0.isEmpty ? nil : $0 }
        let label = "[\(index + 1)/\(notebook.cells.count)]" + (title.map { " " + $0 } ?? "")
        let rule = String(repeating: color ? "─" : "-", count: max(3, width - label.count - 4))
        console.screenLine("")
        console.screenLine(color ? "\u{1B}[1m── \(label) \(rule)\u{1B}[0m" : "-- \(label) \(rule)")
        if cell.kind == .markdown {
            let text = cell.lines.map(\.text).joined(separator: "\n")
            TerminalMarkdown(color: color, width: width).lines(text).forEach { console.screenLine($0) }
        } else {
            for line in cell.lines where !line.text.trimmingSpaces.isEmpty {
                console.screenLine(color ? "  \u{1B}[2m\(line.text)\u{1B}[0m" : "  " + line.text)
            }
        }
        console.screenLine(color ? "\u{1B}[2m\(Self.legend)\u{1B}[0m" : Self.legend)
    }

    /// `l`: every cell with its number; the current one marked.
    private func list(current: Int) {
        for (index, cell) in notebook.cells.enumerated() {
            let mark = index == current ? ">" : " "
            console.screenLine("\(mark) \(String(index + 1).leftPadded(to: 3))  \(Program.stepLabel(cell))")
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
