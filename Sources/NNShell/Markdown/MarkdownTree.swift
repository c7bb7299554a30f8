/// A Markdown block, as cmark-gfm parses it (CommonMark with GitHub's tables, strikethrough,
/// autolinks and task lists). Raw HTML arrives as ``html(_:)`` and is shown as text.
indirect enum MarkdownBlock: Equatable, Sendable {
    /// `# Title` … `###### Title`: the level 1…6 and the inline content.
    case heading(level: Int, [MarkdownInline])
    /// A paragraph.
    case paragraph([MarkdownInline])
    /// A bullet (`start` nil) or numbered list; each item a list of blocks, `checked` set for a
    /// task-list item (`- [x] done`).
    case list(start: Int?, items: [MarkdownListItem])
    /// A fenced or indented code block: the info string (`python`, or empty) and the text.
    case code(info: String, text: String)
    /// `> quoted` blocks.
    case quote([MarkdownBlock])
    /// `---`.
    case rule
    /// A GFM table: column alignments, the header row and the body rows (cells of inlines).
    case table(alignments: [MarkdownAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]])
    /// Raw HTML, kept as the text it is.
    case html(String)
}

/// One item of a list.
struct MarkdownListItem: Equatable, Sendable {
    /// The item's blocks.
    var blocks: [MarkdownBlock]
    /// For a task-list item, whether it is ticked; nil for an ordinary item.
    var checked: Bool?
}

/// How a table column is aligned (`:--`, `:-:`, `--:`).
enum MarkdownAlignment: Equatable, Sendable {
    case none, left, center, right
}

/// Markdown inside a block.
indirect enum MarkdownInline: Equatable, Sendable {
    /// Plain text.
    case text(String)
    /// A `code span`.
    case code(String)
    /// *emphasis*.
    case emphasis([MarkdownInline])
    /// **strong**.
    case strong([MarkdownInline])
    /// ~~struck out~~.
    case strikethrough([MarkdownInline])
    /// A link (or autolink) to `url` with its text.
    case link(url: String, [MarkdownInline])
    /// An image: its address and alternative text.
    case image(url: String, [MarkdownInline])
    /// A line break inside a paragraph (`soft` for a plain newline).
    case lineBreak(soft: Bool)
    /// Raw inline HTML, kept as text.
    case html(String)

    /// The text without markup, as a screen reader would say it.
    var plainText: String {
        switch self {
        case .text(let text), .code(let text), .html(let text): text
        case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, let inner), .image(_, let inner):
            inner.map(\.plainText).joined()
        case .lineBreak: " "
        }
    }
}
