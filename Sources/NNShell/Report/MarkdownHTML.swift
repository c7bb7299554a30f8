import NNPlot

/// A small Markdown renderer for the text cells of a report: ATX headings, paragraphs, fenced
/// and indented code blocks, bullet and numbered lists, block quotes and rules, with the inline
/// forms of ``InlineMarkdown``. Raw HTML is not passed through: every `<` is escaped.
enum MarkdownHTML {
    /// The HTML of `markdown`, one block element per line group.
    static func html(_ markdown: String) -> String {
        let lines = markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        return blocks(lines[...]).joined(separator: "\n")
    }

    private static func blocks(_ lines: ArraySlice<String>) -> [String] {
        var html: [String] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                html.append("<p>" + paragraph.map { InlineMarkdown.html($0.trimmingSpaces) }.joined(separator: "\n") + "</p>")
                paragraph = []
            }
        }
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                flush()
                i += 1
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                let fence = String(trimmed.prefix(3))
                let language = String(trimmed.dropFirst(3)).trimmingSpaces
                var body: [String] = []
                i += 1
                while i < lines.endIndex, !lines[i].trimmingSpaces.hasPrefix(fence) {
                    body.append(lines[i])
                    i += 1
                }
                i += 1
                let attribute = language.isEmpty ? "" : " class=\"language-\(MarkupText.escaped(language))\""
                html.append("<pre><code\(attribute)>\(MarkupText.escaped(body.joined(separator: "\n")))</code></pre>")
            } else if line.hasPrefix("    ") || line.hasPrefix("\t"), paragraph.isEmpty {
                var body: [String] = []
                while i < lines.endIndex, lines[i].hasPrefix("    ") || lines[i].hasPrefix("\t") || lines[i].trimmingSpaces.isEmpty {
                    body.append(lines[i].hasPrefix("\t") ? String(lines[i].dropFirst()) : String(lines[i].dropFirst(min(4, lines[i].count))))
                    i += 1
                }
                while body.last?.isEmpty == true { body.removeLast() }
                html.append("<pre><code>\(MarkupText.escaped(body.joined(separator: "\n")))</code></pre>")
            } else if let (level, text) = heading(trimmed) {
                flush()
                html.append("<h\(level)>\(InlineMarkdown.html(text))</h\(level)>")
                i += 1
            } else if isRule(trimmed) {
                flush()
                html.append("<hr>")
                i += 1
            } else if trimmed.hasPrefix(">") {
                flush()
                var quoted: [String] = []
                while i < lines.endIndex, lines[i].trimmingSpaces.hasPrefix(">") {
                    quoted.append(String(lines[i].trimmingSpaces.dropFirst()).trimmingSpaces)
                    i += 1
                }
                html.append("<blockquote>\n" + blocks(quoted[...]).joined(separator: "\n") + "\n</blockquote>")
            } else if let marker = listMarker(trimmed) {
                flush()
                var items: [[String]] = []
                while i < lines.endIndex {
                    let current = lines[i].trimmingSpaces
                    if let item = listMarker(current), item.ordered == marker.ordered {
                        items.append([String(current.dropFirst(item.width))])
                    } else if !current.isEmpty, lines[i].hasPrefix(" "), !items.isEmpty {
                        items[items.count - 1].append(current)
                    } else {
                        break
                    }
                    i += 1
                }
                let tag = marker.ordered ? "ol" : "ul"
                let start = marker.ordered && marker.number != 1 ? " start=\"\(marker.number)\"" : ""
                let body = items.map { "<li>" + $0.map { InlineMarkdown.html($0.trimmingSpaces) }.joined(separator: "\n") + "</li>" }
                html.append("<\(tag)\(start)>\n" + body.joined(separator: "\n") + "\n</\(tag)>")
            } else {
                paragraph.append(line)
                i += 1
            }
        }
        flush()
        return html
    }

    /// `## Title` → (2, "Title"); a closing run of `#` is dropped.
    private static func heading(_ line: String) -> (Int, String)? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingSpaces
        while text.hasSuffix("#") { text.removeLast() }
        return (level, text.trimmingSpaces)
    }

    /// `---`, `***` or `___` (three or more, blanks allowed between).
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// A list item's marker: `- `, `* `, `+ ` or `12. ` / `12) `; its width including the blank.
    private static func listMarker(_ line: String) -> (ordered: Bool, number: Int, width: Int)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, 0, 2)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let number = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, number, digits.count + 2)
    }
}
