/// Cursor and screen escapes for redrawing a plot in place (e.g. live during `train`).
public enum TerminalControl {
    /// Moves the cursor up `lines` rows (`ESC[nA`); empty for 0.
    public static func cursorUp(_ lines: Int) -> String {
        lines > 0 ? "\u{1B}[\(lines)A" : ""
    }

    /// Erases from the cursor to the end of the line: `ESC[K`.
    public static let clearToEndOfLine = "\u{1B}[K"
    /// Erases from the cursor to the end of the screen: `ESC[J`.
    public static let clearToEndOfScreen = "\u{1B}[J"
    /// Hides the cursor while frames are drawn: `ESC[?25l`.
    public static let hideCursor = "\u{1B}[?25l"
    /// Shows the cursor again: `ESC[?25h`.
    public static let showCursor = "\u{1B}[?25h"
    /// Resets colours and attributes: `ESC[0m`.
    public static let resetAttributes = ANSI.reset
    /// Carriage return and erase to the end of the line: the start of a rewritten line.
    public static let rewriteLine = "\r" + clearToEndOfLine

    /// `text` in bold red (error labels).
    public static func red(_ text: String) -> String { "\u{1B}[1;31m\(text)\u{1B}[0m" }
    /// `text` in green (the caret under a mistake).
    public static func green(_ text: String) -> String { "\u{1B}[32m\(text)\u{1B}[0m" }
}
