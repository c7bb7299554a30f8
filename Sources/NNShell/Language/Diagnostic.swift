import NNPlot

/// An error in what the user typed or asked for, as a value carried up to one renderer.
///
/// `column`/`length` mark the offending word in its line (for the caret); `file`/`line` say
/// where the line came from in a script; `hint` is a second line, usually the usage.
package struct Diagnostic: Error, Equatable, Sendable {
    /// What is wrong and, when possible, what to do instead.
    package var message: String
    /// A further line, such as the command's usage.
    var hint: String?
    /// Column of the offending word, counting from 1.
    var column: Int?
    /// Width of the offending word.
    var length: Int
    /// The script the line came from (`-e` and `<stdin>` for those inputs).
    var file: String?
    /// The line in that script, counting from 1.
    var line: Int?

    /// A diagnostic with `message`, optionally pointing at a span of the line.
    init(_ message: String, hint: String? = nil, column: Int? = nil, length: Int = 1) {
        self.message = message
        self.hint = hint
        self.column = column
        self.length = max(1, length)
    }

    /// A diagnostic pointing at `token`.
    init(_ message: String, at token: Token, hint: String? = nil) {
        self.init(message, hint: hint, column: token.column, length: token.length)
    }

    /// The same diagnostic placed in `file` at `line`, unless it already names a place (an
    /// error inside a nested `run` keeps the nested file's place).
    func located(file: String, line: Int) -> Diagnostic {
        guard self.file == nil else { return self }
        var copy = self
        copy.file = file
        copy.line = line
        return copy
    }

    /// The same diagnostic with its column shifted by `offset` (a statement inside a longer line).
    func shifted(by offset: Int) -> Diagnostic {
        var copy = self
        copy.column = column.map { $0 + offset }
        return copy
    }
}

/// Turns diagnostics into text.
enum DiagnosticRenderer {
    /// The script form: `FILE:LINE: error: MESSAGE`, then the hint indented.
    static func script(_ diagnostic: Diagnostic, file: String, line: Int) -> String {
        let place = "\(diagnostic.file ?? file):\(diagnostic.line ?? line)"
        var text = "\(place): error: \(diagnostic.message)"
        if let hint = diagnostic.hint { text += "\n" + indented(hint) }
        return text
    }

    /// The interactive form: a caret line under the offending word (the line was typed after a
    /// prompt of `promptWidth` characters), then `error: MESSAGE` and the hint.
    static func interactive(_ diagnostic: Diagnostic, promptWidth: Int, color: Bool) -> String {
        var lines: [String] = []
        if diagnostic.file == nil, let column = diagnostic.column {
            let marks = "^" + String(repeating: "~", count: max(0, diagnostic.length - 1))
            let pad = String(repeating: " ", count: promptWidth + column - 1)
            lines.append(pad + (color ? TerminalControl.green(marks) : marks))
        }
        let place = diagnostic.file.map { "\($0):\(diagnostic.line ?? 0): " } ?? ""
        let label = color ? TerminalControl.red("error:") : "error:"
        lines.append("\(place)\(label) \(diagnostic.message)")
        if let hint = diagnostic.hint { lines.append(indented(hint)) }
        return lines.joined(separator: "\n")
    }

    /// Every line of `text` indented by two blanks.
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}
