/// One word of a command line, as the lexer found it.
public struct Token: Equatable, Sendable {
    /// The word's text, quotes removed and escapes resolved.
    public var text: String
    /// Column of the word's first character in its line, counting from 1.
    public var column: Int
    /// Characters the word takes in the line, quotes included.
    public var length: Int
    /// Whether the word was written in double quotes (a quoted word is never a keyword).
    public var quoted: Bool

    /// A word at `column` spanning `length` characters.
    public init(text: String, column: Int, length: Int, quoted: Bool = false) {
        self.text = text
        self.column = column
        self.length = length
        self.quoted = quoted
    }

    /// The word as a keyword: its text when unquoted, nil when quoted.
    public var keyword: String? { quoted ? nil : text }
}

/// One command of a line: its words and the source text they came from.
public struct Statement: Equatable, Sendable {
    /// The words, the command name first.
    public var tokens: [Token]
    /// The command as written (trimmed, without the comment or the `;`).
    public var source: String

    /// A statement of `tokens` written as `source`.
    public init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.source = source
    }
}
