import NNCore

/// A command applied to its words: positional arguments and checked `key value` options.
struct Invocation: Sendable {
    let command: Command
    /// The command's name as typed.
    let name: Token
    /// Positional arguments in order.
    let arguments: [Token]
    /// Options by keyword: the keyword's token and the value's token (already checked).
    let options: [String: (key: Token, value: Token)]

    /// Splits the words after the name into arguments and options, checking each option's value
    /// and the argument count.
    init(command: Command, statement: Statement) throws(Diagnostic) {
        let tokens = statement.tokens
        self.command = command
        self.name = tokens[0]
        var arguments: [Token] = []
        var options: [String: (key: Token, value: Token)] = [:]
        var index = 1
        while index < tokens.count {
            let token = tokens[index]
            guard let key = token.keyword, let spec = command.option(key),
                  arguments.count >= command.arguments.lowerBound else {
                arguments.append(token)
                index += 1
                continue
            }
            guard index + 1 < tokens.count else {
                throw Diagnostic("option '\(key)' needs a value: \(key) \(spec.placeholder)", at: token,
                                 hint: command.usageHint)
            }
            guard options[key] == nil else {
                throw Diagnostic("option '\(key)' is given twice", at: token, hint: command.usageHint)
            }
            let value = tokens[index + 1]
            try Self.check(value, of: spec, usage: command.usageHint)
            options[key] = (token, value)
            index += 2
        }
        if arguments.count < command.arguments.lowerBound {
            let end = tokens.last.map { $0.column + $0.length } ?? 1
            throw Diagnostic("missing argument", hint: command.usageHint, column: end)
        }
        if arguments.count > command.arguments.upperBound {
            let extra = arguments[command.arguments.upperBound]
            throw Diagnostic("unexpected argument '\(extra.text)'", at: extra, hint: command.usageHint)
        }
        self.arguments = arguments
        self.options = options
    }

    private static func check(_ value: Token, of spec: OptionSpec, usage: String) throws(Diagnostic) {
        switch spec.kind {
        case .number(let range):
            _ = try Invocation.number(value, named: spec.name, in: range, hint: usage)
        case .choice(let words):
            _ = try Invocation.choice(value, from: words, what: spec.name, hint: usage)
        case .path, .word:
            break
        }
    }

    /// The value of option `name` as a number, if given.
    func number(_ name: String) -> Double? {
        options[name].flatMap { NumberParser.number($0.value.text) }
    }

    /// The value of option `name` as an integer, if given.
    func integer(_ name: String) -> Int? {
        options[name].flatMap { NumberParser.integer($0.value.text) }
    }

    /// The value of option `name` as typed, if given.
    func word(_ name: String) -> String? {
        options[name]?.value.text
    }

    /// Positional argument `index` as a number in `range`.
    func number(at index: Int, named name: String, in range: NumberRange) throws(Diagnostic) -> Double {
        try Invocation.number(arguments[index], named: name, in: range, hint: command.usageHint)
    }

    /// Positional argument `index` as one of `choices`.
    func choice(at index: Int, from choices: [String], what: String) throws(Diagnostic) -> String {
        try Invocation.choice(arguments[index], from: choices, what: what, hint: command.usageHint)
    }

    /// A diagnostic at positional argument `index` (or at the name when there is none).
    func error(_ message: String, at index: Int? = nil, usage: Bool = false) -> Diagnostic {
        let token = index.flatMap { $0 < arguments.count ? arguments[$0] : nil } ?? name
        return Diagnostic(message, at: token, hint: usage ? command.usageHint : nil)
    }

    /// A diagnostic at the value of option `name`.
    func error(_ message: String, option name: String) -> Diagnostic {
        Diagnostic(message, at: options[name]?.value ?? self.name)
    }

    /// `token` as a number in `range`, or a diagnostic naming the range.
    static func number(_ token: Token, named name: String, in range: NumberRange,
                              hint: String? = nil) throws(Diagnostic) -> Double {
        guard let value = NumberParser.number(token.text) else {
            throw Diagnostic("\(name) must be \(range.description), not '\(token.text)'", at: token, hint: hint)
        }
        guard range.contains(value) else {
            throw Diagnostic("\(name) must be \(range.description), got \(token.text)", at: token, hint: hint)
        }
        return value
    }

    /// `token` as one of `choices`, or a diagnostic suggesting the nearest.
    static func choice(_ token: Token, from choices: [String], what: String,
                              hint: String? = nil) throws(Diagnostic) -> String {
        if let word = token.keyword, choices.contains(word) { return word }
        throw Diagnostic(unknownMessage(token.text, what: what, choices: choices), at: token, hint: hint)
    }

    /// `unknown WHAT 'word' (did you mean X?)`, or the list of choices when nothing is near.
    static func unknownMessage(_ word: String, what: String, choices: [String]) -> String {
        if let near = nearestName(to: word, in: choices) {
            return "unknown \(what) '\(word)' (did you mean \(near)?)"
        }
        return "unknown \(what) '\(word)' (choose \(choices.joined(separator: ", ")))"
    }
}
