import NNCore

/// One setting of the session: how its value is read, shown and applied.
///
/// Every way of changing a setting goes through its key: `set KEY VALUE`, the setting commands
/// (`seed`, `loss`, `init`, `normalize`, `optimizer`) and the options of other commands (`train
/// lr 0.05`). Defaults are never written here: the default shown in `help` and `show` is the value
/// of a fresh ``Settings``.
struct SettingKey: Sendable {
    /// Applies the value words to the session and returns the confirmation line.
    typealias Apply = @Sendable (inout Session, [Token], Invocation) throws -> String

    /// The key, such as `lr`.
    let name: String
    /// The value in usage form, such as `X` or `on|off`.
    let placeholder: String
    /// What it means, without its default.
    let meaning: String
    /// What a value may be, as an option of another command checks it.
    let kind: ValueKind
    /// How many value words it takes.
    let arity: Int
    /// The current value as text.
    let text: @Sendable (Session) -> String
    /// Applies a new value.
    let apply: Apply

    init(_ name: String, _ placeholder: String, _ meaning: String, kind: ValueKind = .word, arity: Int = 1,
         text: @escaping @Sendable (Session) -> String, apply: @escaping Apply) {
        self.name = name
        self.placeholder = placeholder
        self.meaning = meaning
        self.kind = kind
        self.arity = arity
        self.text = text
        self.apply = apply
    }

    /// The value a fresh session has.
    var defaultText: String { text(Session()) }

    /// What it means and its default, for `help`.
    var help: String { "\(meaning) (default \(defaultText))" }

    /// Words offered by completion.
    var values: [String] { kind.completionWords }

    /// This key as an option of another command, written `name placeholder` in its usage.
    func option(_ placeholder: String? = nil) -> OptionSpec {
        OptionSpec(name, placeholder ?? self.placeholder, kind, help, setting: name)
    }

    /// Applies `value` (one word) and returns the confirmation line.
    func apply(_ value: Token, to session: inout Session, _ invocation: Invocation) throws -> String {
        try apply(&session, [value], invocation)
    }

    /// A numeric key stored at `path` in the settings; `after` adds a note to the confirmation.
    static func number(_ name: String, _ meaning: String, _ range: NumberRange,
                       _ path: WritableKeyPath<Settings, Double> & Sendable,
                       after: (@Sendable (inout Session) -> String)? = nil) -> SettingKey {
        SettingKey(name, "X", meaning, kind: .number(range),
                   text: { NumberFormat.short($0.settings[keyPath: path]) }) { session, words, invocation in
            session.settings[keyPath: path] = try Invocation.number(words[0], named: name, in: range,
                                                                    hint: invocation.command.usageHint)
            let note = after?(&session) ?? ""
            return "\(name) \(NumberFormat.short(session.settings[keyPath: path]))\(note)"
        }
    }

    /// An integer key stored at `path` in the settings.
    static func integer(_ name: String, _ meaning: String, _ range: NumberRange,
                        _ path: WritableKeyPath<Settings, Int> & Sendable) -> SettingKey {
        SettingKey(name, "N", meaning, kind: .number(range),
                   text: { String($0.settings[keyPath: path]) }) { session, words, invocation in
            session.settings[keyPath: path] = Int(try Invocation.number(words[0], named: name, in: range,
                                                                        hint: invocation.command.usageHint))
            return "\(name) \(session.settings[keyPath: path])"
        }
    }

    /// A choice among words; `apply` gets the checked word and returns the confirmation.
    /// An unknown word is reported as `unknown WHAT 'word'`, WHAT being `what` (default: "value for NAME").
    static func choice(_ name: String, _ meaning: String, _ choices: [String], what: String? = nil,
                       text: @escaping @Sendable (Session) -> String,
                       apply: @escaping @Sendable (inout Session, String) throws -> String) -> SettingKey {
        SettingKey(name, choices.joined(separator: "|"), meaning, kind: .choice(choices), text: text) { session, words, invocation in
            let word = try Invocation.choice(words[0], from: choices, what: what ?? "value for \(name)",
                                             hint: invocation.command.usageHint)
            return try apply(&session, word)
        }
    }
}
