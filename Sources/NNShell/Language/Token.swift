/// One word of a command line, as the lexer found it.
struct Token: Equatable, Sendable {
    /// The word's text, quotes removed and escapes resolved.
    var text: String
    /// Column of the word's first character in its line, counting from 1.
    var column: Int
    /// Characters the word takes in the line, quotes included.
    var length: Int
    /// Whether the word was written in double quotes (a quoted word is never a keyword).
    var quoted: Bool

    /// A word at `column` spanning `length` characters.
    init(text: String, column: Int, length: Int, quoted: Bool = false) {
        self.text = text
        self.column = column
        self.length = length
        self.quoted = quoted
    }

    /// The word as a keyword: its text when unquoted, nil when quoted.
    var keyword: String? { quoted ? nil : text }
}

/// One command of a line: its words and the source text they came from.
struct Statement: Equatable, Sendable {
    /// The words, the command name first.
    var tokens: [Token]
    /// The command as written (trimmed, without the comment or the `;`).
    var source: String

    /// A statement of `tokens` written as `source`.
    init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.source = source
    }
}
