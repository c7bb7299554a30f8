/// `plot loss` and `plot accuracy`: values per epoch as curves with axes, ticks, grid lines,
/// axis titles and a legend.
///
/// Ranges: x spans the epochs of all series; y spans their finite values, widened outwards to
/// nice tick multiples and then clipped to ``yBounds`` (accuracy stays inside 0…1, losses
/// never go below 0). The legend sits in whichever inside corner the curves cross least.
public struct CurvePlot: Figure {
    /// Title line.
    public var title: String
    /// Vertical axis title.
    public var yLabel: String
    /// Horizontal axis title.
    public var xLabel = "epoch"
    /// The curves, drawn in order.
    public var series: [Series]
    /// Limits for the automatic vertical range.
    public var yBounds: ClosedRange<Double>?

    /// A plot of arbitrary series.
    public init(title: String, yLabel: String, series: [Series], yBounds: ClosedRange<Double>? = nil) {
        self.title = title
        self.yLabel = yLabel
        self.series = series
        self.yBounds = yBounds
    }

    /// Training loss (solid blue) and, if given, validation loss (dashed orange).
    public static func loss(train: [Double], validation: [Double]? = nil, firstEpoch: Int = 1) -> CurvePlot {
        CurvePlot(title: "loss", yLabel: "loss", series: pair("loss", train, validation, firstEpoch), yBounds: 0...Double.infinity)
    }

    /// Training accuracy (solid blue) and, if given, validation accuracy (dashed orange), in 0…1.
    public static func accuracy(train: [Double], validation: [Double]? = nil, firstEpoch: Int = 1) -> CurvePlot {
        CurvePlot(title: "accuracy", yLabel: "accuracy", series: pair("acc", train, validation, firstEpoch), yBounds: 0...1)
    }

    private static func pair(_ name: String, _ train: [Double], _ validation: [Double]?, _ first: Int) -> [Series] {
        var list = [Series(name: name, values: train, color: Series.trainingColor, firstEpoch: first)]
        if let validation, !validation.isEmpty {
            list.append(Series(name: "val_" + name, values: validation, color: Series.validationColor, dashed: true, firstEpoch: first))
        }
        return list
    }

    /// The epoch range shown (at least one epoch wide).
    var xRange: ClosedRange<Double> {
        let xs = series.flatMap { s in s.finiteRuns.flatMap { $0.map(\.x) } }
        guard let low = xs.min(), let high = xs.max() else { return 0...1 }
        return high > low ? low...high : (low - 1)...(high + 1)
    }

    /// The value range shown: nice-widened, clipped to `yBounds`.
    func yRange(target: Int) -> ClosedRange<Double> {
        let ys = series.flatMap { s in s.finiteRuns.flatMap { $0.map(\.y) } }
        guard let low = ys.min(), let high = ys.max() else { return 0...1 }
        let nice = NiceScale.expanded(low...high, target: target)
        guard let bounds = yBounds else { return nice }
        let lower = max(nice.lowerBound, bounds.lowerBound), upper = min(nice.upperBound, bounds.upperBound)
        return upper > lower ? lower...upper : nice
    }

    /// The plot filling the whole picture.
    public func picture(width: Int, height: Int) -> Picture {
        var picture = Picture(width: width, height: height)
        draw(into: &picture, panel: PixelRect(x: 0, y: 0, width: Double(width), height: Double(height)),
             style: PlotStyle(width: width, height: height))
        return picture
    }

    /// Draws the plot inside `panel` (used alone and side by side in ``HistoryPlot``).
    func draw(into picture: inout Picture, panel: PixelRect, style: PlotStyle) {
        let u = style.unit
        let titleLines = style.wrapped(title, width: panel.width - 2 * style.padding)
        let lineStep = style.capHeight + 5 * u
        let top = style.padding * 2 + Double(titleLines.count) * lineStep
        for (index, line) in titleLines.enumerated() {
            picture.text(line, at: PixelPoint(panel.center.x, panel.y + style.padding * 1.5 + style.capHeight / 2 + Double(index) * lineStep),
                         scale: style.scale, color: style.text, anchor: .middle)
        }
        let yRange = yRange(target: max(3, Int(panel.height / (60 * u))))
        let axes = Axes(in: panel, x: xRange, y: yRange, style: style, top: top, bottom: 0,
                        xLabel: xLabel, yLabel: yLabel, integerX: true)
        picture.add(.rect(axes.frame, fill: .white))
        axes.drawGrid(into: &picture, style: style)
        for s in series {
            for run in s.finiteRuns {
                let points = run.map { axes.point($0.x, min(max($0.y, yRange.lowerBound), yRange.upperBound)) }
                picture.add(.polyline(points, color: s.color, width: style.lineWidth * 1.4, dashed: s.dashed))
            }
            if let last = s.finiteRuns.last?.last {
                let point = axes.point(last.x, min(max(last.y, yRange.lowerBound), yRange.upperBound))
                picture.add(.circle(center: point, radius: style.lineWidth * 1.8, fill: s.color, stroke: .white, strokeWidth: u * 0.75))
            }
        }
        axes.drawFrame(into: &picture, style: style, xLabel: xLabel, yLabel: yLabel)
        drawLegend(into: &picture, axes: axes, style: style)
    }

    /// A boxed legend (line sample and name per series) in the emptiest inside corner.
    private func drawLegend(into picture: inout Picture, axes: Axes, style: PlotStyle) {
        guard !series.isEmpty else { return }
        let u = style.unit
        let sample = 16 * u, rowHeight = style.capHeight + 6 * u
        let boxWidth = 4 * u + sample + 4 * u + (series.map { style.textWidth($0.name) }.max() ?? 0) + 5 * u
        let boxHeight = Double(series.count) * rowHeight + 4 * u
        let inset = 6 * u
        let frame = axes.frame
        let corners = [
            PixelPoint(frame.maxX - inset - boxWidth, frame.y + inset), PixelPoint(frame.maxX - inset - boxWidth, frame.maxY - inset - boxHeight),
            PixelPoint(frame.x + inset, frame.y + inset), PixelPoint(frame.x + inset, frame.maxY - inset - boxHeight),
        ]
        let curvePoints = series.flatMap { s in s.finiteRuns.flatMap { $0.map { axes.point($0.x, $0.y) } } }
        let best = corners.min { a, b in
            let ra = PixelRect(x: a.x, y: a.y, width: boxWidth, height: boxHeight), rb = PixelRect(x: b.x, y: b.y, width: boxWidth, height: boxHeight)
            return curvePoints.filter(ra.contains).count < curvePoints.filter(rb.contains).count
        } ?? corners[0]
        let box = PixelRect(x: best.x.rounded(), y: best.y.rounded(), width: boxWidth.rounded(), height: boxHeight.rounded())
        picture.add(.rect(box, fill: style.axis))
        picture.add(.rect(box.insetBy(1), fill: .white))
        for (row, s) in series.enumerated() {
            let y = box.y + 2 * u + rowHeight * (Double(row) + 0.5)
            picture.add(.polyline([PixelPoint(box.x + 4 * u, y), PixelPoint(box.x + 4 * u + sample, y)],
                                  color: s.color, width: style.lineWidth * 1.4, dashed: s.dashed))
            picture.text(s.name, at: PixelPoint(box.x + 8 * u + sample, y), scale: style.scale, color: style.text)
        }
    }
}
