import NNPlot

/// Markdown inside a block, as HTML: `code`, **strong**, *emphasis* (or _emphasis_),
/// [links](url) and backslash escapes; everything else is escaped text.
enum InlineMarkdown {
    /// `text` rendered; links to `javascript:` and other script URLs stay plain text.
    static func html(_ text: String) -> String {
        render(Array(text)[...])
    }

    private static func render(_ text: ArraySlice<Character>) -> String {
        var html = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\", i + 1 < text.endIndex, text[i + 1].isPunctuation || text[i + 1].isSymbol {
                html += MarkupText.escaped(String(text[i + 1]))
                i += 2
            } else if c == "`", let (inner, next) = codeSpan(text, at: i) {
                html += "<code>\(MarkupText.escaped(inner))</code>"
                i = next
            } else if c == "[", let (label, url, next) = link(text, at: i) {
                html += "<a href=\"\(MarkupText.escaped(url))\">\(render(label))</a>"
                i = next
            } else if c == "*" || c == "_", let (inner, strong, next) = emphasis(text, at: i) {
                let tag = strong ? "strong" : "em"
                html += "<\(tag)>\(render(inner))</\(tag)>"
                i = next
            } else {
                html += MarkupText.escaped(String(c))
                i += 1
            }
        }
        return html
    }

    /// A code span opened by a run of backticks at `start` and closed by a run of the same length.
    private static func codeSpan(_ text: ArraySlice<Character>, at start: Int) -> (String, Int)? {
        var open = start
        while open < text.endIndex, text[open] == "`" { open += 1 }
        let fence = open - start
        var i = open
        while i < text.endIndex {
            guard text[i] == "`" else { i += 1; continue }
            var close = i
            while close < text.endIndex, text[close] == "`" { close += 1 }
            if close - i == fence {
                let inner = String(text[open..<i])
                let trimmed = inner.count > 2 && inner.hasPrefix(" ") && inner.hasSuffix(" ") ? String(inner.dropFirst().dropLast()) : inner
                return (trimmed, close)
            }
            i = close
        }
        return nil
    }

    /// `[label](url)` starting at `start`, with a URL that is safe to follow.
    private static func link(_ text: ArraySlice<Character>, at start: Int) -> (ArraySlice<Character>, String, Int)? {
        guard let close = text[(start + 1)...].firstIndex(of: "]"), close + 1 < text.endIndex, text[close + 1] == "(",
              let end = text[(close + 2)...].firstIndex(of: ")") else { return nil }
        let url = String(text[(close + 2)..<end]).trimmingSpaces
        let scheme = url.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        let safe = !url.contains(":") || ["http", "https", "mailto"].contains(scheme)
        guard !url.isEmpty, !url.contains(" "), safe else { return nil }
        return (text[(start + 1)..<close], url, end + 1)
    }

    /// `*x*`, `_x_`, `**x**` or `__x__` at `start`: the inner text, whether strong, the end.
    /// The opening marker must be followed, and the closing one preceded, by a non-blank;
    /// underscores inside words (`snake_case`) are not emphasis.
    private static func emphasis(_ text: ArraySlice<Character>, at start: Int) -> (ArraySlice<Character>, Bool, Int)? {
        let marker = text[start]
        let strong = start + 1 < text.endIndex && text[start + 1] == marker
        let width = strong ? 2 : 1
        let open = start + width
        guard open < text.endIndex, !text[open].isWhitespace else { return nil }
        if marker == "_", start > text.startIndex, text[start - 1].isLetter || text[start - 1].isNumber { return nil }
        var i = open + 1
        while i + width <= text.endIndex {
            let closes = text[i..<(i + width)].allSatisfy { $0 == marker } && !text[i - 1].isWhitespace
            let followed = i + width < text.endIndex ? text[i + width] : " "
            let single = strong || followed != marker
            if closes, single, marker == "*" || !(followed.isLetter || followed.isNumber) {
                return (text[open..<i], strong, i + width)
            }
            i += 1
        }
        return nil
    }
}
