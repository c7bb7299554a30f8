import ArgumentParser

/// The `nnb` program's own arguments, declared once for swift-argument-parser: parsing, `--help`,
/// `--version` and the bash, zsh and fish completion scripts (`--generate-completion-script
/// SHELL`) all come from these declarations. A new option is one more property here.
struct ProgramArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnb",
        abstract: "A neural-network notebook shell: make data, build a network, train it, watch it learn.",
        discussion: """
            With no file and no -e, nnb starts the interactive shell when stdin and stdout are \
            terminals, and otherwise runs the commands read from stdin. Options may stand before \
            or after the file. Inside nnb, 'help' lists the commands.

            Shell completion: nnb --generate-completion-script bash|zsh|fish (make install puts \
            them where the shells look). The manual: man nnb.

            Exit status: 0 success, 1 a command failed, 2 wrong usage of nnb itself.
            """,
        version: "nnb \(Program.version)"
    )

    /// The notebooks named (more than one is a usage error; see `file`).
    @Argument(help: ArgumentHelp("A notebook to replay: cell titles, 'nnb> command', its output ('-': stdin).",
                                 valueName: "FILE.nnb"),
              completion: .file(extensions: ["nnb"]))
    var files: [String] = []

    /// Command text given with `-e` (each one a line).
    @Option(name: .customShort("e", allowingJoined: true), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Run the commands given (';' separates them) and exit.", valueName: "COMMANDS"))
    var commands: [String] = []

    /// Pause before each cell.
    @Flag(help: "Show each cell and pause: Enter runs it, a command runs at once, b back, g N go to cell N, l list, q quit.")
    var step = false

    /// Do not stop at the first error.
    @Flag(name: [.customLong("keep-going"), .customShort("k")],
          help: "Do not stop at the first error (the exit status is still 1).")
    var keepGoing = false

    /// No cell titles and no `nnb> command` echo.
    @Flag(name: .shortAndLong, help: "Print neither cell titles nor the command echo.")
    var quiet = false

    /// The folder an executed-notebook report is written to.
    @Option(help: ArgumentHelp("Also write the executed notebook to DIR: index.html (pictures inline), index.md and its pictures as plot-N.png, and index.ipynb (Jupyter).",
                               valueName: "DIR"),
            completion: .directory)
    var report: String?

    /// Let the notebook read and write outside its own folder.
    @Flag(help: "Let the notebook read and write files outside its own folder (see docs/security.md).")
    var trust = false

    /// Serve the kernel protocol on stdin and stdout (docs/kernel-protocol.md).
    @Flag(help: "One session for a front end such as Jupyter: a command line in, a JSON reply out (docs/kernel-protocol.md).")
    var kernel = false

    /// Print the folder of the example notebooks and leave.
    @Flag(help: "Print the folder holding the example notebooks, and exit.")
    var notebooks = false

    /// The notebook to replay.
    var file: String? { files.first }

    /// No options.
    init() {}

    /// Parses the arguments after the program name; options may stand before or after the file.
    /// Arguments that ask for text instead of a run (`--help`, `--version`, a completion script)
    /// are a usage error here: `request(parsing:)` answers those.
    init(parsing arguments: [String]) throws(ProgramUsageError) {
        switch try Self.request(parsing: arguments) {
        case .run(let parsed):
            self = parsed
        case .print:
            throw ProgramUsageError("\(arguments.joined(separator: " ")) prints text and runs nothing")
        }
    }

    /// What the arguments ask for: a run, or text to print before leaving with status 0.
    static func request(parsing arguments: [String]) throws(ProgramUsageError) -> ProgramRequest {
        do {
            return .run(try parse(arguments))
        } catch {
            if exitCode(for: error) == .success {
                return .print(fullMessage(for: error, columns: 100))
            }
            throw ProgramUsageError(usageMessage(for: error))
        }
    }

    /// The one-line message for a parse failure, naming the nearest option for an unknown one.
    private static func usageMessage(for error: any Error) -> String {
        let message = message(for: error)
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix), message.hasSuffix("'") else { return message }
        let word = String(message.dropFirst(prefix.count).dropLast())
        return Invocation.unknownMessage(word, what: "option", choices: longOptionNames)
    }

    /// Every `--name` this program takes, read from its own help text.
    static var longOptionNames: [String] {
        var names: [String] = []
        for word in helpMessage(includeHidden: true, columns: 200).split(whereSeparator: { " ,\n[]".contains($0) }) {
            let name = String(word.prefix { $0 != "=" && $0 != "<" })
            if name.hasPrefix("--"), name.count > 2, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The rules the declarations cannot state: one notebook at most, `--kernel` alone, and
    /// `--report` only with a notebook file and without `--step`.
    mutating func validate() throws {
        if files.count > 1 {
            throw ValidationError("more than one notebook given: '\(files[0])' and '\(files[1])'")
        }
        if kernel, file != nil || !commands.isEmpty || step || report != nil {
            throw ValidationError("--kernel takes its commands from stdin: give it alone, e.g. nnb --kernel")
        }
        if report != nil, step {
            throw ValidationError("--report and --step do not go together: write the report with a plain replay, e.g. nnb notebook.nnb --report out")
        }
        if report == "" {
            throw ValidationError("--report needs a folder, e.g. nnb notebook.nnb --report out")
        }
        if report != nil, file == nil || file == "-" || !commands.isEmpty {
            throw ValidationError("--report writes a notebook file's replay: give the notebook, e.g. nnb notebook.nnb --report out (not -e or stdin)")
        }
    }

    /// The short usage printed after a usage error.
    static var usage: String {
        "usage: " + usageString() + "\n(nnb --help describes each option)"
    }
}

/// What the program's arguments ask for.
enum ProgramRequest {
    /// Run notebooks, commands or the shell with these arguments.
    case run(ProgramArguments)
    /// Print this text (help, version, a completion script) and leave with status 0.
    case print(String)
}

/// A mistake in how `nnb` itself was called (exit status 2).
struct ProgramUsageError: Error, Equatable, Sendable {
    /// What is wrong.
    var message: String

    /// An error with `message`.
    init(_ message: String) {
        self.message = message
    }
}
