/// What tab completion may offer for a word.
struct CompletionSet: Equatable, Sendable {
    var words: [String]
    /// Whether file paths fit here too.
    var paths: Bool
    /// File extensions (`.png`) offered after a partly typed file name.
    var extensions: [String]

    init(words: [String] = [], paths: Bool = false, extensions: [String] = []) {
        self.words = words
        self.paths = paths
        self.extensions = extensions
    }

    /// Nothing to offer.
    static let none = CompletionSet()
    /// File paths only.
    static let files = CompletionSet(paths: true)
}

/// One way of writing a command: the words after its name and the options this form takes.
struct UsageForm: Sendable {
    /// Positional words in usage form: `[EPOCHS]`, `load FILE.csv`.
    var synopsis: String
    /// The options of this form by name, in usage order; nil: every option of the command.
    var options: [String]?

    init(_ synopsis: String, options: [String]? = nil) {
        self.synopsis = synopsis
        self.options = options
    }
}

/// One entry of the command table: everything the shell knows about a command, from which
/// dispatch, usage lines, `help` and tab completion are all made.
struct Command: Sendable {
    /// The handler: transforms the session (a copy, kept only when it returns normally).
    typealias Handler = @Sendable (inout Session, Invocation, Context) throws -> Void
    /// Words for the positional argument at `position` (0-based) after `previous` arguments.
    typealias ArgumentCompletion = @Sendable (_ position: Int, _ previous: [String]) -> CompletionSet

    /// The command's name, such as `train`.
    let name: String
    /// Other names it answers to (`exit` for `quit`).
    let aliases: [String]
    /// The ways of writing it; the usage lines are made from these and the options.
    let forms: [UsageForm]
    /// One line for the command list.
    let summary: String
    /// A paragraph: what it does, its defaults.
    let help: String
    /// Example lines, each a complete command.
    let examples: [String]
    /// How many positional arguments it takes (the handler may check finer forms).
    let arguments: ClosedRange<Int>
    /// Its `key value` options.
    let options: [OptionSpec]
    /// Completion of positional arguments.
    let completion: ArgumentCompletion
    /// Whether it changes what training would show (the data, the features, the network), so
    /// that with `set live on` the shell draws the new picture after it (``LivePreview``).
    let changesPicture: Bool
    /// What it does.
    let run: Handler

    /// `synopsis` is the one form's positional words; `forms` replaces it for commands written
    /// in several ways.
    init(_ name: String, aliases: [String] = [], synopsis: String = "", forms: [UsageForm]? = nil,
                summary: String, help: String, examples: [String], arguments: ClosedRange<Int> = 0...0,
                options: [OptionSpec] = [], completion: @escaping ArgumentCompletion = { _, _ in .none },
                changesPicture: Bool = false, run: @escaping Handler) {
        self.name = name
        self.aliases = aliases
        self.forms = forms ?? [UsageForm(synopsis)]
        self.summary = summary
        self.help = help
        self.examples = examples
        self.arguments = arguments
        self.options = options
        self.completion = completion
        self.changesPicture = changesPicture
        self.run = run
    }

    /// The usage lines, one per form: `train [EPOCHS] [lr X] [batch B] [every K] [patience P]`.
    var usage: String {
        forms.map { form in
            let options = form.options.map { names in names.compactMap(option) } ?? self.options
            return ([name, form.synopsis] + options.map(\.usage)).filter { !$0.isEmpty }.joined(separator: " ")
        }.joined(separator: "\n       ")
    }

    /// The usage as a hint line.
    var usageHint: String { "usage: \(usage)" }

    /// The option called `name`, if the command has one.
    func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
