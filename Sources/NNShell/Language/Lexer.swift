/// Cuts a command line into statements and words.
///
/// - `;` separates statements and `#` starts a comment, both outside double quotes.
/// - Words are separated by blanks; `"a b"` is one word, with `\"` and `\\` as escapes.
enum Lexer {
    /// Characters between words. "\r\n" is one Character in Swift, so it is listed on its own:
    /// a string literal such as " \t\r\n" would hold it as one grapheme, not as "\r" and "\n".
    static let blanks: Set<Character> = [" ", "\t", "\r", "\n", "\r\n"]
    /// Characters that end a bare word.
    static let wordEnds: Set<Character> = blanks.union([";", "#", "\""])

    /// The statements of `line` (empty ones dropped), each with its words.
    ///
    /// - Throws: a `Diagnostic` at the opening quote when a quoted word is not closed.
    static func statements(in line: String) throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        var tokens: [Token] = []
        var sourceStart: Int?
        var sourceEnd = 0
        let characters = Array(line)
        var index = 0

        func finishStatement() {
            if !tokens.isEmpty, let start = sourceStart {
                statements.append(Statement(tokens: tokens, source: String(characters[start..<sourceEnd])))
            }
            tokens = []
            sourceStart = nil
        }

        while index < characters.count {
            let character = characters[index]
            if Self.blanks.contains(character) {
                index += 1
            } else if character == "#" {
                break
            } else if character == ";" {
                finishStatement()
                index += 1
            } else if character == "\"" {
                let start = index
                var text = ""
                index += 1
                var closed = false
                while index < characters.count {
                    let inner = characters[index]
                    if inner == "\\", index + 1 < characters.count,
                       characters[index + 1] == "\"" || characters[index + 1] == "\\" {
                        text.append(characters[index + 1])
                        index += 2
                    } else if inner == "\"" {
                        closed = true
                        index += 1
                        break
                    } else {
                        text.append(inner)
                        index += 1
                    }
                }
                guard closed else {
                    throw Diagnostic("unclosed quote: end the word with \"", column: start + 1,
                                     length: characters.count - start)
                }
                sourceStart = sourceStart ?? start
                sourceEnd = index
                tokens.append(Token(text: text, column: start + 1, length: index - start, quoted: true))
            } else {
                let start = index
                while index < characters.count, !Self.wordEnds.contains(characters[index]) {
                    index += 1
                }
                sourceStart = sourceStart ?? start
                sourceEnd = index
                tokens.append(Token(text: String(characters[start..<index]), column: start + 1,
                                    length: index - start))
            }
        }
        finishStatement()
        return statements
    }
}
