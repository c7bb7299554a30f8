/// `show`: settings with non-defaults marked, then the data and the network.
enum ShowCommand {
    static let command = Command(
        "show",
        synopsis: "[KEY]",
        summary: "the settings, marking those changed from the defaults",
        help: "Lists every setting (or one) with its value; '*' marks a value that differs from the default, which is shown beside it. Then the data and the network.",
        examples: ["show", "show lr"],
        arguments: 0...1,
        completion: { _, _ in CompletionSet(words: SettingKey.all.map(\.name)) },
        run: { session, invocation, context in try run(session, invocation, context) }
    )

    static func run(_ session: Session, _ invocation: Invocation, _ context: Context) throws {
        let defaults = Session()
        var keys = SettingKey.all
        if !invocation.arguments.isEmpty {
            let name = try invocation.choice(at: 0, from: keys.map(\.name), what: "setting")
            keys = keys.filter { $0.name == name }
        }
        let width = keys.map(\.name.count).max() ?? 0
        for key in keys {
            let value = key.text(session)
            let standard = key.text(defaults)
            let changed = value != standard
            let line = "\(changed ? "*" : " ") \(NumberFormat.padRight(key.name, width))  \(value)"
            context.console.line(changed ? "\(line)  (default \(standard))" : line)
        }
        guard invocation.arguments.isEmpty else { return }
        if let data = session.data {
            context.console.line("data: \(data.name), \(data.rows) points, train \(data.train.rows) / val \(data.validation.rows), features \(session.featureNames.joined(separator: " "))")
        } else {
            context.console.line("data: none yet ('dataset moons' makes some)")
        }
        if let model = session.model {
            context.console.line("network: \(model.shape), \(model.hidden.rawValue) hidden, \(model.network.outputActivation.rawValue) output, \(model.network.loss.rawValue) loss, \(model.trainer.history.count) epochs trained")
        } else {
            context.console.line("network: none yet ('net 2 8 1' makes one)")
        }
    }
}
