import XCTest
@testable import NNShell

/// Markdown through cmark-gfm: the HTML of a report's text cells and the tree the terminal
/// renderer walks.
final class CommonMarkTests: XCTestCase {
    func testBlocksInlineFormsAndGitHubExtensions() {
        let html = CommonMark.html("""
        # Title *one*
        Some **bold**, _em_, `a < b`, ~~old~~ and [a link](https://example.com/?a=1&b=2).
        snake_case_word stays, <script>alert(1)</script> is text, www.example.com links.

        - first
        - [x] done

        3. three
        4. four

        | net | val_acc |
        |:----|--------:|
        | 2-8-1 | 0.98 |

        ```swift
        let x = 1 < 2
        ```
        > quoted
        ---
        <div onclick="x">raw block</div>
        """)
        XCTAssertEqual(html, """
        <h1>Title <em>one</em></h1>
        <p>Some <strong>bold</strong>, <em>em</em>, <code>a &lt; b</code>, <del>old</del> and <a href="https://example.com/?a=1&amp;b=2">a link</a>.
        snake_case_word stays, &lt;script&gt;alert(1)&lt;/script&gt; is text, <a href="http://www.example.com">www.example.com</a> links.</p>
        <ul>
        <li>first</li>
        <li><input type="checkbox" checked="" disabled="" /> done</li>
        </ul>
        <ol start="3">
        <li>three</li>
        <li>four</li>
        </ol>
        <table>
        <thead>
        <tr>
        <th align="left">net</th>
        <th align="right">val_acc</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td align="left">2-8-1</td>
        <td align="right">0.98</td>
        </tr>
        </tbody>
        </table>
        <pre><code class="language-swift">let x = 1 &lt; 2
        </code></pre>
        <blockquote>
        <p>quoted</p>
        </blockquote>
        <hr />
        <p>&lt;div onclick=&quot;x&quot;&gt;raw block&lt;/div&gt;</p>

        """)
    }

    func testScriptLinksAreNotFollowed() {
        XCTAssertEqual(CommonMark.html("[bad](javascript:alert(1))"), "<p><a href=\"\">bad</a></p>\n")
    }

    func testCellTitlesRenderInline() {
        XCTAssertEqual(CommonMark.inlineHTML("Train **now** & <b>"), "Train <strong>now</strong> &amp; &lt;b&gt;")
        XCTAssertEqual(CommonMark.inlineHTML("1. Setup"), "1. Setup")
    }

    func testTreeOfATableAListAndCode() {
        let blocks = CommonMark.blocks("""
        ## Data
        | a | b |
        |---|:-:|
        | `x` | **y** |

        1. one
        2. two

               indented code
        """)
        XCTAssertEqual(blocks, [
            .heading(level: 2, [.text("Data")]),
            .table(alignments: [.none, .center], header: [[.text("a")], [.text("b")]],
                   rows: [[[.code("x")], [.strong([.text("y")])]]]),
            .list(start: 1, items: [
                MarkdownListItem(blocks: [.paragraph([.text("one")])], checked: nil),
                MarkdownListItem(blocks: [.paragraph([.text("two")]), .code(info: "", text: "indented code")], checked: nil),
            ]),
        ])
    }

    /// Inputs that make backtracking parsers quadratic (a long run of unmatched emphasis openers,
    /// deeply nested brackets and quotes) complete; cmark-gfm is linear in its input.
    func testPathologicalInputsComplete() {
        let emphasis = String(repeating: "_a ", count: 20_000)
        XCTAssertEqual(CommonMark.html(emphasis), "<p>\(emphasis.dropLast())</p>\n")
        let brackets = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        XCTAssertTrue(CommonMark.html(brackets).hasPrefix("<p>[[["))
        let quotes = String(repeating: "> ", count: 5_000) + "deep"
        XCTAssertTrue(CommonMark.html(quotes).contains("deep"))
        XCTAssertEqual(CommonMark.blocks(String(repeating: "| a ", count: 2_000) + "|\n" + String(repeating: "|---", count: 2_000) + "|").count, 1)
    }
}
