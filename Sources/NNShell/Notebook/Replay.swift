import NNCore

/// How a notebook is replayed.
struct ReplayOptions: Sendable {
    /// Print cell titles, text cells and `nnb> command` before each command's output.
    var echo: Bool
    /// Go on after a failing command.
    var keepGoing: Bool

    init(echo: Bool = true, keepGoing: Bool = false) {
        self.echo = echo
        self.keepGoing = keepGoing
    }
}

/// How a replay ended.
struct ReplayResult: Equatable, Sendable {
    /// Commands that failed.
    var failures = 0
    /// Whether it stopped before the end (an error without keep-going, or `quit`).
    var stopped = false
}

/// Runs a notebook's cells in a session, printing as an executed notebook reads.
enum Replay {
    /// The prompt printed before each echoed command.
    static let prompt = "nnb> "

    /// Runs `notebook` (from `file`, the name errors show); `report` hears every error, already
    /// placed at its file and line.
    @discardableResult
    static func run(_ notebook: Notebook, file: String, session: inout Session, context: Context,
                           options: ReplayOptions, report diagnose: (Diagnostic) -> Void) -> ReplayResult {
        var result = ReplayResult()
        var printedCell = false
        let outermost = context.depth == 0
        let report = outermost ? context.report : nil
        // The outermost replay's titles and prompts are screen text: a report lays them out itself.
        let chrome: (String) -> Void = outermost ? { context.console.screenLine(TextSafety.shown($0)) }
            : { context.console.line(TextSafety.shown($0)) }
        for cell in notebook.cells {
            report?.begin(cell)
            if options.echo {
                if printedCell { chrome("") }
                if let title = cell.title, !title.isEmpty { chrome("## \(title)") }
                printedCell = true
            }
            if cell.kind == .markdown {
                if options.echo { cell.lines.forEach { chrome($0.text) } }
                continue
            }
            for line in cell.lines {
                let echo: (String) -> Void = { source in
                    report?.begin(command: source)
                    if options.echo { chrome(prompt + source) }
                }
                let failed = runLine(line.text, number: line.number, file: file, session: &session,
                                     context: context, keepGoing: options.keepGoing, echo: echo, report: diagnose)
                result.failures += failed
                if (failed > 0 && !options.keepGoing) || context.quitRequested {
                    result.stopped = true
                    return result
                }
            }
        }
        return result
    }

    /// Runs one line's statements; returns how many failed.
    static func runLine(_ text: String, number: Int, file: String, session: inout Session, context: Context,
                        keepGoing: Bool, echo: ((String) -> Void)?, report: (Diagnostic) -> Void) -> Int {
        let statements: [Statement]
        do {
            statements = try Lexer.statements(in: text)
        } catch {
            if context.depth == 0 { context.report?.begin(command: text.trimmingSpaces) }
            report(error.located(file: file, line: number))
            return 1
        }
        var failures = 0
        for statement in statements {
            echo?(statement.source)
            do {
                try Interpreter.execute(statement, session: &session, context: context)
            } catch {
                report(error.located(file: file, line: number))
                failures += 1
                if !keepGoing { return failures }
            }
            if context.quitRequested { break }
        }
        return failures
    }
}
