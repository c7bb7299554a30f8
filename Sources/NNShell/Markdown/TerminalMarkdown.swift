/// Markdown rendered for a terminal from cmark-gfm's tree: headings, emphasis, code spans,
/// lists, block quotes, code blocks and tables with aligned columns, wrapped to `width`. With
/// colour, ANSI styles (bold, italic, underline, colours); without, plain text with no markup
/// characters: headings underlined with `=` or `-`, tables drawn with `|` and `-`.
struct TerminalMarkdown {
    /// Whether to use ANSI styles.
    var color: Bool
    /// The column text wraps at.
    var width: Int

    /// The lines of `markdown`, without trailing newlines.
    func lines(_ markdown: String) -> [String] {
        render(CommonMark.blocks(markdown), width: max(width, 20))
    }

    private func render(_ blocks: [MarkdownBlock], width: Int) -> [String] {
        var lines: [String] = []
        for block in blocks {
            if !lines.isEmpty { lines.append("") }
            lines += render(block, width: width)
        }
        return lines
    }

    /// Lines nested deeper than the terminal is wide (quotes in quotes, lists in lists) keep this
    /// many columns for their text and run past the edge rather than vanish.
    static let narrowestText = 10

    private func render(_ block: MarkdownBlock, width: Int) -> [String] {
        let width = max(width, Self.narrowestText)
        switch block {
        case .heading(let level, let inlines):
            let text = wrap(spans(inlines, style: level == 1 ? [.bold, .underline] : [.bold]), width: width)
            guard !color, level <= 2 else { return text }
            return text + [String(repeating: level == 1 ? "=" : "-", count: min(width, text.map(visibleWidth).max() ?? 0))]
        case .paragraph(let inlines):
            return wrap(spans(inlines, style: []), width: width)
        case .html(let text):
            return wrap([Span(text: text, style: [])], width: width)
        case .code(_, let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { styled("    " + $0, [.code]) }
        case .quote(let inner):
            return render(inner, width: width - 2).map { styled("│ ", [.dim]) + $0 }
        case .rule:
            return [styled(String(repeating: color ? "─" : "-", count: min(width, 40)), [.dim])]
        case .list(let start, let items):
            return list(start: start, items: items, width: width)
        case .table(let alignments, let header, let rows):
            return table(alignments: alignments, header: header, rows: rows)
        }
    }

    private func list(start: Int?, items: [MarkdownListItem], width: Int) -> [String] {
        var lines: [String] = []
        let last = (start ?? 1) + items.count - 1
        let markerWidth = start == nil ? 2 : String(last).count + 2
        for (index, item) in items.enumerated() {
            var marker = start.map { "\($0 + index)." } ?? (color ? "•" : "-")
            marker = marker.padding(toLength: markerWidth, withPad: " ", startingAt: 0)
            if let checked = item.checked { marker += checked ? "[x] " : "[ ] " }
            let body = render(item.blocks, width: width - marker.count)
            for (row, line) in body.enumerated() {
                lines.append((row == 0 ? marker : String(repeating: " ", count: marker.count)) + line)
            }
        }
        return lines
    }

    private func table(alignments: [MarkdownAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) -> [String] {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        func cells(_ row: [[MarkdownInline]], style: Set<Style>) -> [String] {
            (0..<columns).map { index in
                index < row.count ? spans(row[index], style: style).map { styled($0.text, $0.style) }.joined() : ""
            }
        }
        let head = cells(header, style: [.bold])
        let body = rows.map { cells($0, style: []) }
        let widths = (0..<columns).map { column in ([head] + body).map { visibleWidth($0[column]) }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            let padded = row.enumerated().map { column, text in
                pad(text, to: widths[column], column < alignments.count ? alignments[column] : .none)
            }
            return padded.joined(separator: color ? " │ " : " | ")
        }
        let rule = widths.map { String(repeating: color ? "─" : "-", count: $0) }.joined(separator: color ? "─┼─" : "-|-")
        return [line(head), styled(rule, [.dim])] + body.map(line)
    }

    private func pad(_ text: String, to width: Int, _ alignment: MarkdownAlignment) -> String {
        let room = max(0, width - visibleWidth(text))
        switch alignment {
        case .right: return String(repeating: " ", count: room) + text
        case .center: return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
        case .none, .left: return text + String(repeating: " ", count: room)
        }
    }

    // MARK: Inline text

    enum Style: Hashable {
        case bold, italic, underline, code, strike, dim, link
    }

    /// A run of text in one style.
    struct Span {
        var text: String
        var style: Set<Style>
    }

    private func spans(_ inlines: [MarkdownInline], style: Set<Style>) -> [Span] {
        inlines.flatMap { inline -> [Span] in
            switch inline {
            case .text(let text), .html(let text): [Span(text: text, style: style)]
            case .code(let text): [Span(text: text, style: style.union([.code]))]
            case .emphasis(let inner): spans(inner, style: style.union([.italic]))
            case .strong(let inner): spans(inner, style: style.union([.bold]))
            case .strikethrough(let inner): spans(inner, style: style.union([.strike]))
            case .link(let url, let inner):
                spans(inner, style: style.union([.link]))
                    + (inline.plainText == url || url.isEmpty ? [] : [Span(text: " <\(url)>", style: style.union([.dim]))])
            case .image(let url, _): [Span(text: "[image: \(inline.plainText)] <\(url)>", style: style.union([.dim]))]
            case .lineBreak(let soft): [Span(text: soft ? " " : "\n", style: style)]
            }
        }
    }

    /// Words wrapped at `width` visible columns; a word longer than the width gets a line alone.
    private func wrap(_ spans: [Span], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var pendingSpace = false
        for span in spans {
            for (index, piece) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                    pendingSpace = false
                }
                var word = ""
                func place() {
                    guard !word.isEmpty else { return }
                    let gap = pendingSpace && used > 0 ? 1 : 0
                    if used > 0, used + gap + word.count > width {
                        lines.append(line)
                        line = ""
                        used = 0
                    } else if gap == 1 {
                        line += " "
                        used += 1
                    }
                    line += styled(word, span.style)
                    used += word.count
                    word = ""
                    pendingSpace = false
                }
                for character in piece {
                    if character == " " || character == "\t" {
                        place()
                        pendingSpace = true
                    } else {
                        word.append(character)
                    }
                }
                place()
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private func styled<S: StringProtocol>(_ text: S, _ style: Set<Style>) -> String {
        guard color, !style.isEmpty else { return String(text) }
        var codes: [String] = []
        if style.contains(.bold) { codes.append("1") }
        if style.contains(.dim) { codes.append("2") }
        if style.contains(.italic) { codes.append("3") }
        if style.contains(.underline) || style.contains(.link) { codes.append("4") }
        if style.contains(.strike) { codes.append("9") }
        if style.contains(.code) { codes.append("36") }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
    }

    /// Columns `text` takes on screen: characters outside ANSI escape sequences.
    func visibleWidth(_ text: String) -> Int {
        var count = 0
        var escape = false
        for character in text {
            if escape {
                if character.isLetter { escape = false }
            } else if character == "\u{1B}" {
                escape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
