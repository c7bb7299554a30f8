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

/// One way of writing a command: the words after its name and the options this form takes.
public struct UsageForm: Sendable {
    /// Positional words in usage form: `[EPOCHS]`, `load FILE.csv`.
    public var synopsis: String
    /// The options of this form by name, in usage order; nil: every option of the command.
    public var options: [String]?

    /// A form.
    public init(_ synopsis: String, options: [String]? = nil) {
        self.synopsis = synopsis
        self.options = options
    }
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
    /// The ways of writing it; the usage lines are made from these and the options.
    public let forms: [UsageForm]
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
    /// `synopsis` is the one form's positional words; `forms` replaces it for commands written
    /// in several ways.
    public init(_ name: String, aliases: [String] = [], synopsis: String = "", forms: [UsageForm]? = nil,
                summary: String, help: String, examples: [String], arguments: ClosedRange<Int> = 0...0,
                options: [OptionSpec] = [], completion: @escaping ArgumentCompletion = { _, _ in .none },
                run: @escaping Handler) {
        self.name = name
        self.aliases = aliases
        self.forms = forms ?? [UsageForm(synopsis)]
        self.summary = summary
        self.help = help
        self.examples = examples
        self.arguments = arguments
        self.options = options
        self.completion = completion
        self.run = run
    }

    /// The usage lines, one per form: `train [EPOCHS] [lr X] [batch B] [every K] [patience P]`.
    public var usage: String {
        forms.map { form in
            let options = form.options.map { names in names.compactMap(option) } ?? self.options
            return ([name, form.synopsis] + options.map(\.usage)).filter { !$0.isEmpty }.joined(separator: " ")
        }.joined(separator: "\n       ")
    }

    /// The usage as a hint line.
    public var usageHint: String { "usage: \(usage)" }

    /// The option called `name`, if the command has one.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
