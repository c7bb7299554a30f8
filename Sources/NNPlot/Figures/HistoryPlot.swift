/// `plot history`: the loss and accuracy curves side by side (loss alone when there is no
/// accuracy, e.g. for regression).
public struct HistoryPlot: Figure {
    /// Left panel.
    public var loss: CurvePlot
    /// Right panel, if any.
    public var accuracy: CurvePlot?

    /// A history from two prepared panels.
    public init(loss: CurvePlot, accuracy: CurvePlot?) {
        self.loss = loss
        self.accuracy = accuracy
    }

    /// A history from per-epoch numbers; empty accuracy arrays mean "no accuracy panel".
    public init(loss: [Double], validationLoss: [Double]? = nil, accuracy: [Double]? = nil,
                validationAccuracy: [Double]? = nil, firstEpoch: Int = 1) {
        self.loss = .loss(train: loss, validation: validationLoss, firstEpoch: firstEpoch)
        if let accuracy, !accuracy.isEmpty {
            self.accuracy = .accuracy(train: accuracy, validation: validationAccuracy, firstEpoch: firstEpoch)
        }
    }

    /// Loss in the left half, accuracy in the right, sharing one text scale.
    public func picture(width: Int, height: Int) -> Picture {
        let style = PlotStyle(width: width, height: height)
        var picture = Picture(width: width, height: height)
        guard let accuracy else {
            loss.draw(into: &picture, panel: PixelRect(x: 0, y: 0, width: Double(width), height: Double(height)), style: style)
            return picture
        }
        let half = (Double(width) / 2).rounded(.down)
        loss.draw(into: &picture, panel: PixelRect(x: 0, y: 0, width: half, height: Double(height)), style: style)
        accuracy.draw(into: &picture, panel: PixelRect(x: half, y: 0, width: Double(width) - half, height: Double(height)), style: style)
        return picture
    }

    /// The two curve charts side by side, two columns apart, with equal heights.
    public func terminalText(_ style: TerminalStyle) -> String {
        guard let accuracy else { return loss.terminalText(style) }
        let gap = 2
        let leftColumns = (style.columns - gap) / 2, rightColumns = style.columns - gap - leftColumns
        let rows = style.rows ?? CurvePlot.defaultRows(columns: leftColumns)
        let left = loss.terminalGrid(TerminalStyle(mode: style.mode, columns: leftColumns, rows: rows))
        let right = accuracy.terminalGrid(TerminalStyle(mode: style.mode, columns: rightColumns, rows: rows))
        var grid = CellGrid(columns: style.columns, rows: max(left.rows, right.rows))
        grid.paste(left, row: 0, column: 0)
        grid.paste(right, row: 0, column: leftColumns + gap)
        return grid.rendered(style.mode)
    }
}
