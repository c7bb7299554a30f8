/// Redraws a multi-line frame over the previous one.
///
/// Usage: print `redraw.frame(text)` for every new frame (no extra newline), then
/// `redraw.finish()` once. Each frame moves the cursor up over the lines drawn before, rewrites
/// every line (erasing leftovers with `ESC[K`), clears anything below when the new frame is
/// shorter, and leaves the cursor on the line after the frame. Frames must be shorter than the
/// terminal (size them with ``TerminalStyle/rows``): the cursor cannot move above the screen.
public struct LiveRedraw: Sendable {
    /// Lines the last frame occupied.
    public private(set) var linesShown = 0

    /// A redraw that has not drawn anything yet.
    public init() {}

    /// The text to write for `frame` (lines separated by `"\n"`).
    public mutating func frame(_ frame: String) -> String {
        var out = linesShown == 0 ? TerminalControl.hideCursor : "\r" + TerminalControl.cursorUp(linesShown)
        out.reserveCapacity(frame.utf8.count + 8 * linesShown + 64)
        var lines = 0
        for line in frame.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            out += Substring(line)
            out += TerminalControl.clearToEndOfLine + "\n"
            lines += 1
        }
        out += TerminalControl.clearToEndOfScreen
        linesShown = lines
        return out
    }

    /// The text that ends live drawing: shows the cursor again, keeping the last frame.
    public mutating func finish() -> String {
        linesShown = 0
        return TerminalControl.resetAttributes + TerminalControl.showCursor
    }
}
