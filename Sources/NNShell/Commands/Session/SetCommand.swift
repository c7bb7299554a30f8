/// `set KEY VALUE`: any setting by its key (the setting commands are the same keys by name).
enum SetCommand {
    static let command = Command(
        "set",
        synopsis: "KEY VALUE",
        summary: "change a setting (see 'show' for all of them)",
        help: """
        Changes one setting. Keys: \(SettingKey.all.map(\.name).joined(separator: " ")). \
        'help set' lists them with their defaults. Changing lr or another optimizer setting \
        keeps the weights; 'set val' splits the data again.
        """,
        examples: ["set lr 0.05", "set batch 16", "set size 800 600"],
        arguments: 2...3,
        completion: { position, previous in
            position == 0 ? CompletionSet(words: SettingKey.all.map(\.name))
                : CompletionSet(words: SettingKey.named(previous.first ?? "")?.values ?? [])
        },
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let name = try invocation.choice(at: 0, from: SettingKey.all.map(\.name), what: "setting")
        guard let key = SettingKey.named(name) else { return }
        let words = Array(invocation.arguments.dropFirst())
        guard words.count == key.arity else {
            throw invocation.error(words.count < key.arity ? "missing value: set \(name) \(key.placeholder)"
                                   : "unexpected argument '\(words[key.arity].text)': set \(name) \(key.placeholder)",
                                   at: words.count < key.arity ? nil : key.arity + 1)
        }
        context.console.line(try key.apply(&session, words, invocation))
    }
}
