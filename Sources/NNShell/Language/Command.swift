/// What tab completion may offer for a word.
public struct CompletionSet: Equatable, Sendable {
    /// Words to offer.
    public var words: [String]
    /// Whether file paths fit here too.
    public var paths: Bool
    /// File extensions (`.png`) offered after a partly typed file name.
    public var extensions: [String]

    /// A completion set.
    public init(words: [String] = [], paths: Bool = false, extensions: [String] = []) {
        self.words = words
        self.paths = paths
        self.extensions = extensions
    }

    /// Nothing to offer.
    public static let none = CompletionSet()
    /// File paths only.
    public static let files = CompletionSet(paths: true)
}

/// One entry of the command table: everything the shell knows about a command, from which
/// dispatch, usage lines, `help` and tab completion are all made.
public struct Command: Sendable {
    /// The handler: transforms the session (a copy, kept only when it returns normally).
    public typealias Handler = @Sendable (inout Session, Invocation, Context) throws -> Void
    /// Words for the positional argument at `position` (0-based) after `previous` arguments.
    public typealias ArgumentCompletion = @Sendable (_ position: Int, _ previous: [String]) -> CompletionSet

    /// The command's name, such as `train`.
    public let name: String
    /// Other names it answers to (`exit` for `quit`).
    public let aliases: [String]
    /// The usage line: `train [EPOCHS] [lr X] [batch B] [every K] [patience P]`.
    public let usage: String
    /// One line for the command list.
    public let summary: String
    /// A paragraph: what it does, its defaults.
    public let help: String
    /// Example lines, each a complete command.
    public let examples: [String]
    /// How many positional arguments it takes (the handler may check finer forms).
    public let arguments: ClosedRange<Int>
    /// Its `key value` options.
    public let options: [OptionSpec]
    /// Completion of positional arguments.
    public let completion: ArgumentCompletion
    /// What it does.
    public let run: Handler

    /// A table entry.
    public init(_ name: String, aliases: [String] = [], usage: String, summary: String, help: String,
                examples: [String], arguments: ClosedRange<Int> = 0...0, options: [OptionSpec] = [],
                completion: @escaping ArgumentCompletion = { _, _ in .none }, run: @escaping Handler) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.help = help
        self.examples = examples
        self.arguments = arguments
        self.options = options
        self.completion = completion
        self.run = run
    }

    /// The usage as a hint line.
    public var usageHint: String { "usage: \(usage)" }

    /// The option called `name`, if the command has one.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
