import Foundation
import NNPlot

/// How pictures are drawn in the terminal: the colour mode and the width.
///
/// Colour off (`set color off`, `NO_COLOR`, or stdout not a terminal under `auto`) gives plain
/// text — letters per class, ASCII curves — so a replay in a pipe prints the same text every
/// run. Colour on gives truecolor half blocks when the terminal says it has 24-bit colour
/// (`COLORTERM=truecolor` or `24bit`), otherwise the 256-colour palette.
enum PlotTerminal {
    /// The width pictures take when stdout is not a terminal.
    static let fixedColumns = 80
    /// The widest picture drawn on a wide terminal (wider maps get too tall to see at once).
    static let maximumColumns = 120

    /// The colour mode for `color` (whether colour is on) in `environment`. Colour that is on
    /// stays on (`set color on` outweighs `NO_COLOR` and `TERM=dumb`), at least as 256 colours.
    static func mode(color: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle.Mode {
        guard color else { return .plain }
        let detected = TerminalStyle.Mode.detect(environment: environment, isTerminal: true)
        return detected == .plain ? .ansi256 : detected
    }

    /// The style for pictures printed now: the session's colour setting, the terminal's width.
    static func style(_ session: Session, _ context: Context) -> TerminalStyle {
        let columns = context.console.isTerminal ? min(TerminalSize.columns, maximumColumns) : fixedColumns
        return TerminalStyle(mode: mode(color: context.color(session.settings.color)), columns: columns)
    }
}
