import CMark
import Foundation
import NNPlot

/// Markdown through cmark-gfm, GitHub's own CommonMark implementation, with the `table`,
/// `strikethrough`, `autolink`, `tagfilter` and `tasklist` extensions. Raw HTML is never passed
/// through: before rendering, every HTML node becomes text, so `<b>` shows as `<b>`.
/// cmark-gfm parses and renders in time linear in the input.
enum CommonMark {
    /// The extensions GitHub turns on for comments and READMEs.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// `markdown` as an HTML fragment.
    static func html(_ markdown: String) -> String {
        withDocument(markdown) { document, extensions in
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// One line of inline Markdown (a cell title) as HTML without a surrounding block; text that
    /// would parse as a block of its own (`1. Setup`, `# x`) is shown as it is.
    static func inlineHTML(_ text: String) -> String {
        let rendered = html(text)
        guard rendered.hasPrefix("<p>"), rendered.hasSuffix("</p>\n") else { return MarkupText.escaped(text) }
        let inner = rendered.dropFirst(3).dropLast(5)
        return inner.contains("<p>") ? MarkupText.escaped(text) : String(inner)
    }

    /// `markdown` as a tree of blocks.
    static func blocks(_ markdown: String) -> [MarkdownBlock] {
        withDocument(markdown) { document, _ in
            children(of: document).compactMap(block)
        }
    }

    /// An empty document for `body` when cmark-gfm could not allocate a parser or a tree; freed after.
    private static func withEmptyDocument<T>(_ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        let document: OpaquePointer = cmark_node_new(CMARK_NODE_DOCUMENT)
        defer { cmark_node_free(document) }
        return body(document, nil)
    }

    /// Parses `markdown`, turns raw HTML into text and hands the document and the parser's
    /// extension list to `body`; frees both after.
    private static func withDocument<T>(_ markdown: String,
                                        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        registerExtensions
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return withEmptyDocument(body) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.removeAll { $0 == 0 }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return withEmptyDocument(body) }
        defer { cmark_node_free(document) }
        showHTMLAsText(in: document)
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// Replaces every raw-HTML node below `node` with text holding its source.
    private static func showHTMLAsText(in node: OpaquePointer) {
        var stack = [node]
        var raw: [OpaquePointer] = []
        while let current = stack.popLast() {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                raw.append(current)
            } else {
                stack.append(contentsOf: children(of: current))
            }
        }
        for node in raw {
            var source = literal(node)
            let block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            if block { while source.last?.isNewline == true { source.removeLast() } }
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(text, source)
            var replacement = text
            if block, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                cmark_node_append_child(paragraph, text)
                replacement = paragraph
            }
            cmark_node_insert_before(node, replacement)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The core extensions, registered once per process.
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(node))
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(node))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let items = children(of: node).map { item in
                let task = typeName(item) == "tasklist"
                return MarkdownListItem(blocks: children(of: item).compactMap(block),
                                        checked: task ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil)
            }
            return .list(start: ordered ? Int(cmark_node_get_list_start(node)) : nil, items: items)
        case CMARK_NODE_CODE_BLOCK:
            var text = literal(node)
            if text.hasSuffix("\n") { text.removeLast() }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .code(info: info, text: text)
        case CMARK_NODE_BLOCK_QUOTE:
            return .quote(children(of: node).compactMap(block))
        case CMARK_NODE_THEMATIC_BREAK:
            return .rule
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node))
        default:
            return typeName(node) == "table" ? table(node) : nil
        }
    }

    private static func table(_ node: OpaquePointer) -> MarkdownBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownAlignment] = []
        if let codes = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch UInt8(codes[column]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map(inlines)
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return .table(alignments: alignments, header: header, rows: rows)
    }

    private static func inlines(_ node: OpaquePointer) -> [MarkdownInline] {
        children(of: node).compactMap(inline)
    }

    private static func inline(_ node: OpaquePointer) -> MarkdownInline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: .text(literal(node))
        case CMARK_NODE_CODE: .code(literal(node))
        case CMARK_NODE_EMPH: .emphasis(inlines(node))
        case CMARK_NODE_STRONG: .strong(inlines(node))
        case CMARK_NODE_LINK: .link(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "", inlines(node))
        case CMARK_NODE_IMAGE: .image(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "", inlines(node))
        case CMARK_NODE_SOFTBREAK: .lineBreak(soft: true)
        case CMARK_NODE_LINEBREAK: .lineBreak(soft: false)
        case CMARK_NODE_HTML_INLINE: .html(literal(node))
        default: typeName(node) == "strikethrough" ? .strikethrough(inlines(node)) : .text(literal(node))
        }
    }
}
