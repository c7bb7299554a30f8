/// The `nnb` program's own arguments.
struct ProgramArguments: Equatable, Sendable {
    /// The notebook to replay.
    var file: String?
    /// Command text given with `-e` (each one a line).
    var commands: [String] = []
    /// Pause before each cell.
    var step = false
    /// Do not stop at the first error.
    var keepGoing = false
    /// No cell titles and no `nnb> command` echo.
    var quiet = false
    /// The folder an executed-notebook report is written to.
    var report: String?
    /// Let the notebook read and write outside its own folder.
    var trust = false
    /// Print the usage and leave.
    var help = false
    /// Print the version and leave.
    var version = false
    /// Serve the kernel protocol on stdin and stdout (docs/kernel-protocol.md).
    var kernel = false

    /// The usage text of the program.
    static let usage = """
    usage: nnb [FILE.nnb] [--step] [--keep-going] [-q] [--report DIR] [--trust] [-e COMMANDS] | nnb --kernel
      nnb                 the interactive shell (stdin and stdout terminals), or commands from stdin
      nnb FILE.nnb        replay a notebook: cell titles, 'nnb> command', its output ('-': stdin)
      -e COMMANDS         run the commands given (';' separates them) and exit
      --step              show each cell and pause: Enter runs it, a command runs at once,
                          b back, g N go to cell N, l list, q quit
      --keep-going        do not stop at the first error (the exit status is still 1)
      -q, --quiet         print neither cell titles nor the command echo
      --report DIR        also write the executed notebook to DIR: index.html (pictures inline),
                          index.md and its pictures as plot-N.png, and index.ipynb (Jupyter)
      --kernel            one session for a front end such as Jupyter: a command line in, a JSON
                          reply out (docs/kernel-protocol.md)
      --trust             let the notebook read and write files outside its own folder
      -h, --help          this text;  --version  the version
    exit status: 0 success, 1 a command failed, 2 wrong usage of nnb itself
    """

    init() {}

    /// Parses the arguments after the program name; options may stand before or after the file.
    init(parsing arguments: [String]) throws(ProgramUsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                guard file == nil else {
                    throw ProgramUsageError("more than one notebook given: '\(file ?? "")' and '\(argument)'")
                }
                file = argument
                continue
            }
            switch argument {
            case "--": optionsEnded = true
            case "--step": step = true
            case "--trust": trust = true
            case "--keep-going", "-k": keepGoing = true
            case "-q", "--quiet": quiet = true
            case "-h", "--help": help = true
            case "--version": version = true
            case "--kernel": kernel = true
            case "-e":
                guard index < arguments.count else { throw ProgramUsageError("-e needs the commands to run, e.g. nnb -e 'help'") }
                commands.append(arguments[index])
                index += 1
            case "--report":
                guard index < arguments.count, !arguments[index].isEmpty else {
                    throw ProgramUsageError("--report needs a folder, e.g. nnb notebook.nnb --report out")
                }
                report = arguments[index]
                index += 1
            default:
                if argument.hasPrefix("-e"), argument.count > 2 {
                    commands.append(String(argument.dropFirst(2)))
                } else if argument.hasPrefix("--report=") {
                    report = String(argument.dropFirst("--report=".count))
                } else {
                    throw ProgramUsageError("unknown option '\(argument)'")
                }
            }
        }
        if kernel, file != nil || !commands.isEmpty || step || report != nil {
            throw ProgramUsageError("--kernel takes its commands from stdin: give it alone, e.g. nnb --kernel")
        }
        if report != nil, step {
            throw ProgramUsageError("--report and --step do not go together: write the report with a plain replay, e.g. nnb notebook.nnb --report out")
        }
        if report != nil, file == nil || file == "-" || !commands.isEmpty {
            throw ProgramUsageError("--report writes a notebook file's replay: give the notebook, e.g. nnb notebook.nnb --report out (not -e or stdin)")
        }
    }
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
