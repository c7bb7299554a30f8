/// `index.md` of a report: the text cells as written, each code cell as a heading and fenced
/// blocks of `nnb> command` and output, the pictures as image links to PNG files beside it.
enum ReportMarkdown {
    /// The file name of picture `index` (from 1): `plot-1.png`.
    static func pictureName(_ index: Int) -> String {
        "plot-\(index).png"
    }

    /// The Markdown of `notebook`, replayed from the file called `name`.
    static func text(_ notebook: ExecutedNotebook, name: String) -> String {
        var blocks = ["*Executed notebook `\(name)`, written by nnb \(Program.version).*"]
        var picture = 0
        for cell in notebook.cells where !cell.isEmpty {
            if let title = cell.title, !title.isEmpty { blocks.append("## \(title)") }
            if cell.kind == .markdown {
                if !cell.markdown.trimmingSpaces.isEmpty { blocks.append(cell.markdown) }
                continue
            }
            var pending: [String] = []
            func flush() {
                if !pending.isEmpty { blocks.append(fenced(pending.joined(separator: "\n"))) }
                pending = []
            }
            for entry in cell.entries {
                pending.append(Replay.prompt + entry.source)
                for text in [entry.output, entry.errors] where !text.isEmpty {
                    pending.append(ReportPage.trimmedEnd(text))
                }
                for _ in entry.pictures {
                    flush()
                    picture += 1
                    blocks.append("![\(entry.source)](\(pictureName(picture)))")
                }
            }
            flush()
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `text` in a fence longer than any run of backticks inside it.
    private static func fenced(_ text: String) -> String {
        var longest = 0, run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)text\n\(text)\n\(fence)"
    }
}
