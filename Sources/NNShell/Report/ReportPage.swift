import Foundation
import NNPlot

/// `index.html` of a report: one self-contained page with the text cells rendered from Markdown,
/// each command with its output, and every picture inline as a PNG data URI.
enum ReportPage {
    /// The page for `notebook`, replayed from the file called `name`.
    static func html(_ notebook: ExecutedNotebook, name: String) -> String {
        var body: [String] = []
        for cell in notebook.cells where !cell.isEmpty {
            body.append(section(cell))
        }
        let commands = notebook.cells.reduce(0) { $0 + $1.entries.count }
        let failed = notebook.cells.reduce(0) { $0 + $1.entries.filter { !$0.errors.isEmpty }.count }
        var facts = ["\(commands) command\(commands == 1 ? "" : "s")", "\(notebook.pictures.count) picture\(notebook.pictures.count == 1 ? "" : "s")"]
        if failed > 0 { facts.append("<span class=\"failed\">\(failed) failed</span>") }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupText.escaped(name)) · nnb</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        <p class="source">executed notebook <code>\(MarkupText.escaped(name))</code> · \(facts.joined(separator: " · "))</p>
        \(body.joined(separator: "\n"))
        <footer>written by nnb \(Program.version)</footer>
        </main>
        </body>
        </html>

        """
    }

    private static func section(_ cell: ExecutedNotebook.Cell) -> String {
        let title = cell.title.flatMap { $0.isEmpty ? nil : "<h2 class=\"cell-title\">\(CommonMark.inlineHTML($0))</h2>" }
        if cell.kind == .markdown {
            return "<section class=\"text\">\n" + [title, CommonMark.html(cell.markdown)].compactMap { $0 }.joined(separator: "\n") + "\n</section>"
        }
        return "<section class=\"code\">\n" + ([title] + cell.entries.map(entry)).compactMap { $0 }.joined(separator: "\n") + "\n</section>"
    }

    private static func entry(_ entry: ExecutedNotebook.Entry) -> String {
        var parts = ["<div class=\"command\"><span class=\"prompt\">\(MarkupText.escaped(Replay.prompt))</span>\(MarkupText.escaped(entry.source))</div>"]
        if !entry.output.isEmpty {
            parts.append("<pre class=\"output\">\(MarkupText.escaped(trimmedEnd(entry.output)))</pre>")
        }
        if !entry.errors.isEmpty {
            parts.append("<pre class=\"output error\">\(MarkupText.escaped(trimmedEnd(entry.errors)))</pre>")
        }
        for picture in entry.pictures {
            let alt = MarkupText.escaped(entry.source)
            parts.append("<figure><img src=\"data:image/png;base64,\(Data(picture).base64EncodedString())\" alt=\"\(alt)\"></figure>")
        }
        return "<div class=\"entry\">\n" + parts.joined(separator: "\n") + "\n</div>"
    }

    /// `text` without its closing newlines.
    static func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    private static let style = """
    :root { --ink: #1f2328; --muted: #6e7781; --line: #e1e4e8; --accent: #0877bd; --code: #f3f5f7; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f7f8fa; color: var(--ink);
      font: 16px/1.6 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 820px; margin: 0 auto; padding: 28px 22px 56px; }
    code, pre, .command { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
    .source { color: var(--muted); font-size: 14px; margin: 0 0 18px; }
    .source code { background: var(--code); padding: 1px 5px; border-radius: 4px; }
    .failed { color: #b42318; font-weight: 600; }
    section { margin: 18px 0; }
    section.text { padding: 0 4px; }
    section.text h1 { font-size: 2rem; line-height: 1.25; margin: 8px 0 12px; }
    section.text h2, section.text h3 { margin: 20px 0 8px; }
    section.text p, section.text ul, section.text ol { margin: 8px 0; }
    section.text code { background: var(--code); padding: 1px 5px; border-radius: 4px; font-size: 0.9em; }
    section.text pre { background: var(--code); padding: 10px 12px; border-radius: 6px; overflow-x: auto; }
    section.text pre code { background: none; padding: 0; }
    section.text table { border-collapse: collapse; margin: 10px 0; display: block; max-width: 100%; overflow-x: auto; }
    section.text th, section.text td { border: 1px solid var(--line); padding: 4px 12px; }
    section.text th { background: var(--code); font-weight: 600; }
    section.text tbody tr:nth-child(even) td { background: #fbfcfd; }
    section.text li > p { margin: 4px 0; }
    section.text blockquote { margin: 8px 0; padding: 2px 14px; border-left: 4px solid var(--line); color: var(--muted); }
    section.text a { color: var(--accent); }
    section.code { min-width: 0; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px;
      box-shadow: 0 1px 2px rgba(31, 35, 40, 0.04); }
    .cell-title { font-size: 1.1rem; margin: 0 0 10px; }
    .entry { margin: 10px 0 0; }
    .entry:first-child, .cell-title + .entry { margin-top: 0; }
    .command { font-size: 14px; background: var(--code); border-radius: 6px; padding: 5px 10px; white-space: pre-wrap; }
    .prompt { color: var(--muted); user-select: none; }
    pre.output { max-width: 100%; white-space: pre; margin: 4px 0 0; padding: 6px 10px 6px 12px; font-size: 13px; line-height: 1.45; overflow-x: auto;
      border-left: 3px solid var(--line); color: #24292f; }
    pre.error { border-left-color: #f04438; color: #b42318; background: #fff6f5; }
    figure { margin: 10px 0 4px; text-align: center; }
    figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
    footer { color: var(--muted); font-size: 13px; margin-top: 28px; text-align: center; }
    """
}
