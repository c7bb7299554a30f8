/// The allowed values of a number: a range with open or closed ends, integers only or not.
struct NumberRange: Equatable, Sendable {
    /// Smallest allowed value (or the open bound).
    var lower: Double
    /// Largest allowed value (or the open bound).
    var upper: Double
    /// Whether `lower` itself is excluded.
    var lowerOpen: Bool
    /// Whether `upper` itself is excluded.
    var upperOpen: Bool
    /// Whether only whole numbers are allowed.
    var integer: Bool

    init(_ lower: Double, _ upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false,
                integer: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.lowerOpen = lowerOpen
        self.upperOpen = upperOpen
        self.integer = integer
    }

    /// Whole numbers from `lower` to `upper`.
    static func integers(_ lower: Int, _ upper: Int) -> NumberRange {
        NumberRange(Double(lower), Double(upper), integer: true)
    }

    /// Whether `value` lies in the range.
    func contains(_ value: Double) -> Bool {
        let aboveLower = lowerOpen ? value > lower : value >= lower
        let belowUpper = upperOpen ? value < upper : value <= upper
        return aboveLower && belowUpper && (!integer || value == value.rounded())
    }

    /// The range in words: `an integer from 1 to 1000000000`, `a number > 0 and ≤ 10`.
    var description: String {
        let kind = integer ? "an integer" : "a number"
        if lower == -Double.greatestFiniteMagnitude && upper == Double.greatestFiniteMagnitude { return kind }
        let low = NumberFormat.short(lower)
        let high = NumberFormat.short(upper)
        if !lowerOpen, !upperOpen { return "\(kind) from \(low) to \(high)" }
        return "\(kind) \(lowerOpen ? ">" : "≥") \(low) and \(upperOpen ? "<" : "≤") \(high)"
    }
}

/// What an option or argument accepts.
enum ValueKind: Equatable, Sendable {
    /// A number in a range.
    case number(NumberRange)
    /// One of a fixed list of words.
    case choice([String])
    /// A file path (completed from the file system).
    case path
    /// Any word.
    case word

    /// The words to offer when completing a value of this kind.
    var completionWords: [String] {
        if case .choice(let words) = self { return words }
        return []
    }
}

/// One `key value` option of a command.
struct OptionSpec: Equatable, Sendable {
    /// The keyword, such as `lr`.
    var name: String
    /// The value's placeholder in usage lines, such as `X`.
    var placeholder: String
    /// What the value may be.
    var kind: ValueKind
    /// One line: what it does and its default.
    var help: String
    /// The setting key it changes, when it is a setting given for one command (`train lr X`).
    var setting: String?

    init(_ name: String, _ placeholder: String, _ kind: ValueKind, _ help: String, setting: String? = nil) {
        self.name = name
        self.placeholder = placeholder
        self.kind = kind
        self.help = help
        self.setting = setting
    }

    /// `[name PLACEHOLDER]`, as usage lines write it.
    var usage: String { "[\(name) \(placeholder)]" }
}
