/// Syntax highlighting of `.nnb` notebooks for editors, made from the command table: `%%` cell
/// lines (a `%% md` cell's text left as prose), `#` comments, double-quoted strings, numbers,
/// command names where a statement starts, and option and setting keys.
enum SyntaxGrammar {
    /// Every command name and alias.
    static var commandNames: [String] {
        Array(Set(CommandTable.names)).sorted()
    }

    /// Every `key value` option of any command, and every `set` key.
    static var keys: [String] {
        let options = CommandTable.all.flatMap { $0.options.map(\.name) }
        return Array(Set(options + SettingKey.all.map(\.name))).sorted()
    }

    /// A TextMate grammar (JSON): VS Code and other TextMate-grammar highlighters read it.
    @Sendable static func textMate() -> String {
        let end = "(?=$|[\\s;#])"
        let rules: [(String, [(String, String)])] = [
            ("text-cell", [("begin", "^(%%)\\s*(md\\b.*)$"), ("end", "(?=^%%)"),
                           ("beginCaptures", #"{ "1": { "name": "punctuation.definition.cell.nnb" }, "2": { "name": "entity.name.section.cell.nnb" } }"#),
                           ("contentName", "text.html.markdown.nnb")]),
            ("cell", [("match", "^(%%)(.*)$"),
                      ("captures", #"{ "1": { "name": "punctuation.definition.cell.nnb" }, "2": { "name": "entity.name.section.cell.nnb" } }"#)]),
            ("comment", [("match", "#.*$"), ("name", "comment.line.number-sign.nnb")]),
            ("string", [("begin", "\""), ("end", "\""), ("name", "string.quoted.double.nnb"),
                        ("patterns", #"[ { "match": "\\\\[\"\\\\]", "name": "constant.character.escape.nnb" } ]"#)]),
            ("command", [("match", "(^|;)\\s*(\(alternation(commandNames)))\(end)"),
                         ("captures", #"{ "1": { "name": "punctuation.separator.statement.nnb" }, "2": { "name": "keyword.other.command.nnb" } }"#)]),
            ("key", [("match", "(?<=\\s)(\(alternation(keys)))\(end)"), ("name", "variable.parameter.option.nnb")]),
            ("number", [("match", "(?<=^|[\\s;])[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?\(end)"),
                        ("name", "constant.numeric.nnb")]),
        ]
        var lines = [
            "{",
            "  \"$comment\": \"Generated from nnb's command table by scripts/update-docs.sh (nnb -e 'help --textmate'); do not edit.\",",
            "  \"name\": \"nnb\",",
            "  \"scopeName\": \"source.nnb\",",
            "  \"fileTypes\": [\"nnb\"],",
            "  \"patterns\": [" + rules.map { "{ \"include\": \"#\($0.0)\" }" }.joined(separator: ", ") + "],",
            "  \"repository\": {",
        ]
        for (index, rule) in rules.enumerated() {
            lines.append("    \"\(rule.0)\": {")
            for (fieldIndex, field) in rule.1.enumerated() {
                let raw = field.0.hasSuffix("aptures") || field.0 == "patterns"
                let value = raw ? field.1 : "\"" + jsonEscaped(field.1) + "\""
                lines.append("      \"\(field.0)\": \(value)" + (fieldIndex + 1 < rule.1.count ? "," : ""))
            }
            lines.append("    }" + (index + 1 < rules.count ? "," : ""))
        }
        lines += ["  }", "}"]
        return lines.joined(separator: "\n")
    }

    /// A Vim syntax file (`syntax/nnb.vim`).
    @Sendable static func vim() -> String {
        let end = "\\ze\\%($\\|[[:space:];#]\\)"
        let words = { (names: [String]) in names.map(vimEscaped).joined(separator: "\\|") }
        return [
            "\" Vim syntax file for nnb notebooks (.nnb)",
            "\" Generated from nnb's command table by scripts/update-docs.sh (nnb -e 'help --vim'); do not edit.",
            "if exists('b:current_syntax')",
            "  finish",
            "endif",
            "",
            "syntax case match",
            "syntax match nnbNumber /\\%(^\\|[[:space:];]\\)\\@1<=[-+]\\=\\%(\\d\\+\\%(\\.\\d*\\)\\=\\|\\.\\d\\+\\)\\%([eE][-+]\\=\\d\\+\\)\\=\(end)/",
            "syntax match nnbKey /\\%([[:space:]]\\)\\@1<=\\%(\(words(keys))\\)\(end)/",
            "syntax match nnbCommand /\\%(\\%(^\\|;\\)\\s*\\)\\@80<=\\%(\(words(commandNames))\\)\(end)/",
            "syntax region nnbString start=/\"/ skip=/\\\\[\\\\\"]/ end=/\"/ oneline",
            "syntax match nnbComment /#.*$/ contains=@Spell",
            "syntax match nnbCell /^%%.*$/",
            "syntax region nnbText matchgroup=nnbCell start=/^%%\\s*md\\>.*$/ end=/^\\ze%%/ contains=@Spell",
            "",
            "highlight default link nnbCell Title",
            "highlight default link nnbComment Comment",
            "highlight default link nnbString String",
            "highlight default link nnbNumber Number",
            "highlight default link nnbCommand Statement",
            "highlight default link nnbKey Identifier",
            "",
            "let b:current_syntax = 'nnb'",
        ].joined(separator: "\n")
    }

    /// `names` as a regular-expression alternation, each name escaped.
    private static func alternation(_ names: [String]) -> String {
        names.map { name in
            String(name.flatMap { character in "\\^$.|?*+()[]{}".contains(character) ? ["\\", character] : [character] })
        }.joined(separator: "|")
    }

    private static func vimEscaped(_ name: String) -> String {
        String(name.flatMap { character in "\\/^$.*[]~".contains(character) ? ["\\", character] : [character] })
    }

    private static func jsonEscaped(_ text: String) -> String {
        String(text.flatMap { character -> [Character] in
            character == "\\" || character == "\"" ? ["\\", character] : [character]
        })
    }
}
