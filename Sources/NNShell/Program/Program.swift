import Foundation
import NNCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `nnb` program: replays a notebook, runs `-e` commands or stdin, or starts the shell.
public enum Program {
    /// The release this build belongs to.
    static let version = "0.1.0"

    /// Exit statuses.
    enum Status {
        /// Everything ran.
        static let success: Int32 = 0
        /// A command failed.
        static let failure: Int32 = 1
        /// The program was called wrongly.
        static let usage: Int32 = 2
    }

    /// Runs with the process's arguments (without the program name) and returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        let console = Console.standard()
        let options: ProgramArguments
        do {
            switch try ProgramArguments.request(parsing: arguments) {
            case .run(let parsed):
                options = parsed
            case .print(let text):
                console.line(text)
                return Status.success
            }
        } catch {
            console.error("nnb: \(error.message)\n\(ProgramArguments.usage)")
            return Status.usage
        }
        if options.notebooks {
            guard let folder = NotebookFolder.locate() else {
                console.error("nnb: \(NotebookFolder.missingMessage)")
                return Status.failure
            }
            console.line(folder)
            return Status.success
        }
        do {
            try KernelFamily.choose(named: ProcessInfo.processInfo.environment["NNB_KERNEL"])
        } catch {
            console.error("nnb: \(error.message)")
            return Status.usage
        }
        if options.kernel {
            return Kernel().run()
        }
        let stdinTerminal = isatty(STDIN_FILENO) == 1
        if options.file == nil, options.commands.isEmpty, stdinTerminal, isatty(STDOUT_FILENO) == 1 {
            return Shell(console: console).run()
        }
        var session = Session()
        var failed = false
        if !options.commands.isEmpty {
            let context = Context(console: console, echo: false)
            let notebook = Notebook(parsing: options.commands.joined(separator: "\n"))
            let result = replay(notebook, file: "-e", session: &session, context: context, options: options)
            failed = result.failures > 0
            if result.stopped { return failed ? Status.failure : Status.success }
        }
        if let file = options.file, file != "-" {
            let path = FileManager.default.currentDirectoryPath
            let recorder = options.report.map { _ in ReportRecorder() }
            let console = recorder.map { recorder in console.teeing(into: recorder.hear) } ?? console
            let context = Context(console: console,
                                  baseDirectory: URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: path + "/"))
                                    .deletingLastPathComponent().path, echo: !options.quiet)
            let text: String
            do {
                text = try FileAccess.read(file, shown: file)
            } catch {
                console.error("nnb: \(error.message)")
                return Status.usage
            }
            let notebook = Notebook(parsing: text)
            if options.step {
                let stepStatus = step(notebook, file: file, console: console, context: context, stdinTerminal: stdinTerminal)
                return failed ? Status.failure : stepStatus
            }
            context.report = recorder
            let notebookPath = PathResolution.real(URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: path + "/")).path)
            context.running = [notebookPath]
            if !options.trust {
                context.confinement = (notebookPath as NSString).deletingLastPathComponent
            }
            let result = replay(notebook, file: file, session: &session, context: context, options: options)
            failed = failed || result.failures > 0
            if let folder = options.report, let recorder {
                do {
                    try ReportWriter.write(recorder.notebook, name: URL(fileURLWithPath: file).lastPathComponent, to: folder)
                } catch {
                    console.error("nnb: \(error.message)")
                    return Status.failure
                }
            }
        } else if options.commands.isEmpty || options.file == "-" {
            failed = StdinRunner(console: console, keepGoing: options.keepGoing).run(session: &session)
        }
        return failed ? Status.failure : Status.success
    }

    private static func replay(_ notebook: Notebook, file: String, session: inout Session, context: Context,
                               options: ProgramArguments) -> ReplayResult {
        Replay.run(notebook, file: file, session: &session, context: context,
                   options: ReplayOptions(echo: context.echo, keepGoing: options.keepGoing)) { diagnostic in
            context.console.error(DiagnosticRenderer.script(diagnostic, file: file, line: diagnostic.line ?? 0))
        }
    }

    /// `cell: Train the network`, or for a text cell without a title `text: ` and its first line.
    static func stepLabel(_ cell: Notebook.Cell) -> String {
        if let title = cell.title, !title.isEmpty {
            return (cell.kind == .markdown ? "text: " : "cell: ") + title
        }
        guard cell.kind == .markdown else { return "cell: (untitled)" }
        let first = cell.lines.lazy.map { $0.text.trimmingSpaces }.first { !$0.isEmpty } ?? ""
        let heading = String(first.drop { $0 == "#" || $0 == " " })
        return "text: " + (heading.count > 60 ? String(heading.prefix(57)) + "..." : heading)
    }

    /// `--step`: the notebook cell by cell with a prompt before each (``Stepper``); answers are
    /// read with line editing at a terminal, else line by line from stdin.
    private static func step(_ notebook: Notebook, file: String, console: Console, context: Context,
                             stdinTerminal: Bool) -> Int32 {
        let interactive = stdinTerminal && console.isTerminal
        let reader = stdinTerminal ? LineReader(historyPath: LineReader.defaultHistoryPath()) : nil
        if interactive { InterruptSignal.install() }
        let stepper = Stepper(notebook: notebook, file: file, console: console, baseDirectory: context.baseDirectory,
                              echo: context.echo, interactive: interactive) { prompt in
            if let reader { return reader.readLine(prompt: prompt) }
            console.raw(prompt)
            guard let answer = Swift.readLine() else {
                console.line()
                return nil
            }
            return answer
        }
        return stepper.run()
    }
}
