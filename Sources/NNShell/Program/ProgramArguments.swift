/// The `nnb` program's own arguments.
public struct ProgramArguments: Equatable, Sendable {
    /// The notebook to replay.
    public var file: String?
    /// Command text given with `-e` (each one a line).
    public var commands: [String] = []
    /// Pause before each cell.
    public var step = false
    /// Do not stop at the first error.
    public var keepGoing = false
    /// No cell titles and no `nnb> command` echo.
    public var quiet = false
    /// Print the usage and leave.
    public var help = false
    /// Print the version and leave.
    public var version = false

    /// The usage text of the program.
    public static let usage = """
    usage: nnb [FILE.nnb] [--step] [--keep-going] [-q] [-e COMMANDS]
      nnb                 the interactive shell (stdin and stdout terminals), or commands from stdin
      nnb FILE.nnb        replay a notebook: cell titles, 'nnb> command', its output ('-': stdin)
      -e COMMANDS         run the commands given (';' separates them) and exit
      --step              pause before each cell (Enter goes on, q stops)
      --keep-going        do not stop at the first error (the exit status is still 1)
      -q, --quiet         print neither cell titles nor the command echo
      -h, --help          this text;  --version  the version
    exit status: 0 success, 1 a command failed, 2 wrong usage of nnb itself
    """

    /// No options.
    public init() {}

    /// Parses the arguments after the program name; options may stand before or after the file.
    public init(parsing arguments: [String]) throws(ProgramUsageError) {
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
            case "--keep-going", "-k": keepGoing = true
            case "-q", "--quiet": quiet = true
            case "-h", "--help": help = true
            case "--version": version = true
            case "-e":
                guard index < arguments.count else { throw ProgramUsageError("-e needs the commands to run, e.g. nnb -e 'help'") }
                commands.append(arguments[index])
                index += 1
            default:
                if argument.hasPrefix("-e"), argument.count > 2 {
                    commands.append(String(argument.dropFirst(2)))
                } else {
                    throw ProgramUsageError("unknown option '\(argument)'")
                }
            }
        }
    }
}

/// A mistake in how `nnb` itself was called (exit status 2).
public struct ProgramUsageError: Error, Equatable, Sendable {
    /// What is wrong.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }
}
