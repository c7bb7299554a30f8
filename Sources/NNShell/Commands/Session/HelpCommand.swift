/// `help`: the command list or one command's page, made from the command table.
enum HelpCommand {
    static let command = Command(
        "help",
        synopsis: "[COMMAND]",
        summary: "the command list, or one command's usage, defaults and examples",
        help: "Without a command, lists every command. With one, prints its usage, what it does, its options with their defaults, and examples.",
        examples: ["help", "help train"],
        arguments: 0...1,
        completion: { _, _ in CompletionSet(words: CommandTable.all.map(\.name)) },
        run: { _, invocation, context in try run(invocation, context) }
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        guard let token = invocation.arguments.first else {
            overview().forEach(context.console.line)
            return
        }
        guard let command = CommandTable.command(named: token.text) else {
            throw Diagnostic(Invocation.unknownMessage(token.text, what: "command", choices: CommandTable.names),
                             at: token, hint: "type 'help' for the list of commands")
        }
        page(command).forEach(context.console.line)
    }

    /// The command list, grouped, with the language's rules.
    static func overview() -> [String] {
        var lines = ["nnb: a neural-network notebook shell. 'help COMMAND' shows usage, defaults and examples.", ""]
        let width = CommandTable.all.map(\.name.count).max() ?? 0
        for (heading, commands) in CommandTable.groups {
            lines.append(heading)
            for command in commands {
                lines.append("  \(NumberFormat.padRight(command.name, width))  \(command.summary)")
            }
        }
        lines += [
            "",
            "One command per line, or several separated by ';'. '#' starts a comment. Options are",
            "'key value' pairs in any order: train 200 lr 0.1 batch 32. Quote paths with blanks.",
            "A first session: dataset moons; net 2 16 16 1; train 300; eval",
        ]
        return lines
    }

    /// One command's page: usage, paragraph, options, examples.
    static func page(_ command: Command) -> [String] {
        var lines = command.usageHint.split(separator: "\n").map(String.init)
        lines.append("")
        lines += wrap(command.help, width: 78)
        let options: [(String, String)] = command.name == "set"
            ? SettingKey.all.map { ("\($0.name) \($0.placeholder)", $0.help) }
            : command.options.map { ("\($0.name) \($0.placeholder)", $0.help + rangeNote($0.kind)) }
        if !options.isEmpty {
            lines.append("")
            lines.append(command.name == "set" ? "keys:" : "options:")
            let width = options.map(\.0.count).max() ?? 0
            lines += options.map { "  \(NumberFormat.padRight($0.0, width))  \($0.1)" }
        }
        if !command.aliases.isEmpty {
            lines.append("")
            lines.append("also: \(command.aliases.joined(separator: ", "))")
        }
        lines.append("")
        lines.append(command.examples.count == 1 ? "example:" : "examples:")
        lines += command.examples.map { "  \($0)" }
        return lines
    }

    private static func rangeNote(_ kind: ValueKind) -> String {
        if case .number(let range) = kind { return "; \(range.description)" }
        return ""
    }

    /// `text` broken into lines of at most `width` characters at blanks.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
