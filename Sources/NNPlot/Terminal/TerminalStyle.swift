/// How a figure is drawn in a terminal.
public struct TerminalStyle: Sendable, Equatable {
    /// Colour capability of the terminal.
    public enum Mode: Sendable, Equatable, CaseIterable {
        /// 24-bit colour escapes (`ESC[38;2;r;g;bm`); maps use half-block cells.
        case truecolor
        /// The xterm 256-colour palette (`ESC[38;5;nm`), nearest colour per cell.
        case ansi256
        /// No escapes and ASCII only: letters per class, ASCII curves.
        case plain

        /// The mode a terminal supports, from its environment: `plain` when output is not a
        /// terminal, `NO_COLOR` is set and non-empty, or `TERM` is `dumb`; `truecolor` when
        /// `COLORTERM` is `truecolor` or `24bit`; otherwise `ansi256`.
        public static func detect(environment: [String: String], isTerminal: Bool) -> Mode {
            let term = environment["TERM"] ?? ""
            if !isTerminal || !(environment["NO_COLOR"] ?? "").isEmpty || term == "dumb" {
                return .plain
            }
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            return colorTerm == "truecolor" || colorTerm == "24bit" ? .truecolor : .ansi256
        }
    }

    /// Colour mode.
    public var mode: Mode
    /// Width available, in character columns (at least 8 are used).
    public var columns: Int
    /// Height of the drawing area in text rows; `nil` picks one from the width.
    public var rows: Int?

    /// A style from its parts.
    public init(mode: Mode, columns: Int = 80, rows: Int? = nil) {
        self.mode = mode
        self.columns = max(8, columns)
        self.rows = rows.map { max(3, $0) }
    }
}
