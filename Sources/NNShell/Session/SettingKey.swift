import NNCore

/// One key of `set` and `show`: how its value is read, shown and applied.
struct SettingKey: Sendable {
    /// Applies the value words to the session and returns the confirmation line.
    typealias Apply = @Sendable (inout Session, [Token], Invocation) throws -> String

    /// The key, such as `lr`.
    let name: String
    /// The value in usage form, such as `X` or `on|off`.
    let placeholder: String
    /// What it means and its default.
    let help: String
    /// Words offered by completion.
    let values: [String]
    /// How many value words it takes.
    let arity: Int
    /// The current value as text.
    let text: @Sendable (Session) -> String
    /// Applies a new value.
    let apply: Apply

    init(_ name: String, _ placeholder: String, _ help: String, values: [String] = [], arity: Int = 1,
         text: @escaping @Sendable (Session) -> String, apply: @escaping Apply) {
        self.name = name
        self.placeholder = placeholder
        self.help = help
        self.values = values
        self.arity = arity
        self.text = text
        self.apply = apply
    }

    /// A numeric key stored at `path` in the settings.
    static func number(_ name: String, _ help: String, _ range: NumberRange,
                       _ path: WritableKeyPath<Settings, Double> & Sendable,
                       after: (@Sendable (inout Session) -> String)? = nil) -> SettingKey {
        SettingKey(name, "X", help, text: { NumberText.short($0.settings[keyPath: path]) }) { session, words, invocation in
            session.settings[keyPath: path] = try Invocation.number(words[0], named: name, in: range,
                                                                    hint: invocation.command.usageHint)
            let note = after?(&session) ?? ""
            return "\(name) \(NumberText.short(session.settings[keyPath: path]))\(note)"
        }
    }

    /// An integer key stored at `path` in the settings.
    static func integer(_ name: String, _ help: String, _ range: NumberRange,
                        _ path: WritableKeyPath<Settings, Int> & Sendable) -> SettingKey {
        SettingKey(name, "N", help, text: { String($0.settings[keyPath: path]) }) { session, words, invocation in
            session.settings[keyPath: path] = Int(try Invocation.number(words[0], named: name, in: range,
                                                                        hint: invocation.command.usageHint))
            return "\(name) \(session.settings[keyPath: path])"
        }
    }

    /// A choice among words.
    static func choice(_ name: String, _ help: String, _ choices: [String], text: @escaping @Sendable (Session) -> String,
                       apply: @escaping @Sendable (inout Session, String) throws -> String) -> SettingKey {
        SettingKey(name, choices.joined(separator: "|"), help, values: choices, text: text) { session, words, invocation in
            let word = try Invocation.choice(words[0], from: choices, what: "value for \(name)",
                                             hint: invocation.command.usageHint)
            return try apply(&session, word)
        }
    }
}
