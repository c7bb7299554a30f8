import Foundation

/// `help --markdown` and the other generated references, all made from the command table:
/// `docs/commands.md`, the COMMANDS section of the man page and the editors' syntax files are
/// its output (`scripts/update-docs.sh`), and a test compares them with the committed files.
enum HelpExport {
    /// The formats: `--markdown` is for people; the others feed `scripts/update-docs.sh`.
    static let formats: [(flag: String, render: @Sendable () -> String)] = [
        ("--markdown", markdown),
        ("--roff", roff),
        ("--textmate", SyntaxGrammar.textMate),
        ("--vim", SyntaxGrammar.vim),
    ]

    /// The reference in the format `flag` names.
    static func text(format flag: Token) throws(Diagnostic) -> String {
        guard let format = formats.first(where: { $0.flag == flag.text }) else {
            throw Diagnostic(Invocation.unknownMessage(flag.text, what: "help format", choices: formats.map(\.flag)),
                             at: flag, hint: "help --markdown writes the command reference as Markdown")
        }
        return format.render()
    }

    /// The command reference as Markdown: every command's usage, paragraph, options and
    /// examples, grouped as `help` lists them.
    @Sendable static func markdown() -> String {
        var lines = [
            "# nnb command reference",
            "",
            "<!-- Generated from nnb's command table by scripts/update-docs.sh (nnb -e 'help --markdown'); do not edit. -->",
            "",
            "One command per line, or several separated by `;`. `#` starts a comment. Options are `key value`",
            "pairs in any order (`train 200 lr 0.1 batch 32`). Quote paths with blanks. In a notebook, `%% Title`",
            "starts a code cell and `%% md` a text cell. Inside nnb, `help COMMAND` prints the same page.",
        ]
        for (heading, commands) in CommandTable.groups {
            lines += ["", "## \(heading)", ""]
            lines += commands.map { "- [`\($0.name)`](#\($0.name)): \($0.summary)" }
            for command in commands {
                lines += ["", "### \(command.name)", "", "```"] + usageLines(command) + ["```", "", command.help]
                let options = HelpCommand.optionRows(command)
                if !options.isEmpty {
                    lines += ["", command.name == "set" ? "| key | meaning |" : "| option | meaning |", "|---|---|"]
                    lines += options.map { "| `\($0.0)` | \(tableCell($0.1)) |" }
                }
                if !command.aliases.isEmpty {
                    lines += ["", "Also: " + command.aliases.map { "`\($0)`" }.joined(separator: ", ") + "."]
                }
                lines += ["", command.examples.count == 1 ? "Example:" : "Examples:", "", "```"]
                lines += command.examples
                lines.append("```")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The man page's COMMANDS section in roff (`man 7 groff_man`): a subsection per group,
    /// a tagged paragraph per command with its options indented below.
    @Sendable static func roff() -> String {
        var lines = [".SH COMMANDS",
                     "Inside nnb, \\fBhelp\\fR lists these and \\fBhelp\\fR \\fICOMMAND\\fR prints one of them."]
        for (heading, commands) in CommandTable.groups {
            lines.append(".SS \(roffText(heading))")
            for command in commands {
                // The first usage form is the tag; further forms start the paragraph, a line each.
                lines.append(".TP")
                for (index, usage) in usageLines(command).enumerated() {
                    lines.append(".B \(roffText(usage))")
                    if index > 0 { lines.append(".br") }
                }
                lines.append(roffText(command.help))
                let options = HelpCommand.optionRows(command)
                if !options.isEmpty {
                    lines += [".RS", ".PD 0"]
                    for (option, meaning) in options {
                        lines += [".TP", ".B \(roffText(option))", roffText(meaning)]
                    }
                    lines += [".PD", ".RE"]
                }
                if !command.aliases.isEmpty {
                    lines += [".IP", "Also: \(roffText(command.aliases.joined(separator: ", "))).", ".IP"]
                } else {
                    lines.append(".IP")
                }
                lines.append((command.examples.count == 1 ? "Example: " : "Examples: ")
                             + command.examples.map { "\\fB\(roffText($0))\\fR" }.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The usage forms of `command`, one a line, without the indentation `help` aligns them with.
    private static func usageLines(_ command: Command) -> [String] {
        command.usage.split(separator: "\n").map { String($0).trimmingSpaces }
    }

    /// `text` safe inside a Markdown table cell.
    private static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    /// `text` as roff running text: backslashes escaped, hyphens as minus signs (so options and
    /// ranges copy as typed), subscript digits as plain ones (groff's fonts lack them), and a
    /// leading `.` or `'` kept from reading as a request.
    static func roffText(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .replacingOccurrences(of: "₁", with: "1").replacingOccurrences(of: "₂", with: "2")
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        return escaped
    }
}
