import NNPlot

/// "Change the noise, see it": with `set live on` at the shell, the commands that change what
/// training would show (``Command/changesPicture``: `dataset`, `features`, `normalize`, `net`,
/// `reset`, `load`) draw the
/// current network over the current data at once, or the data alone before there is a network
/// that fits it, at the size the live picture takes.
enum LivePreview {
    /// Draws the picture after `command` when live drawing is on; nothing for data that is not
    /// two-input or when the terminal is too small for a picture.
    static func show(after command: Command, _ session: Session, _ context: Context) {
        guard command.changesPicture, session.settings.live != .off, context.interactive,
              context.console.allowsEscapes else { return }
        guard let figure = (try? session.boundaryFigure()) ?? (try? session.dataFigure()) else { return }
        let layout = LiveLayout(columns: TerminalSize.columns, rows: TerminalSize.rows,
                                aspectRatio: BoundaryPlot.defaultAspectRatio, hasValidation: true,
                                classNames: session.legendNames, plain: !context.color(session.settings.color))
        guard let map = layout.map else { return }
        let style = TerminalStyle(mode: PlotTerminal.mode(color: context.color(session.settings.color)),
                                  columns: map.columns, rows: map.rows)
        context.display(figure.terminalText(style))
    }
}
