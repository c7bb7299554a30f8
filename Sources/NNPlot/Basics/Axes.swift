/// A rectangular plotting frame with linear data → pixel transforms, ticks and labels.
///
/// `px(u) = frame.x + (u − x.lower)/(x.upper − x.lower)·frame.width` and
/// `py(v) = frame.maxY − (v − y.lower)/(y.upper − y.lower)·frame.height` (y grows upwards).
/// The frame has whole-pixel edges so raster maps line up with it exactly.
struct Axes: Sendable {
    /// The data area in pixels.
    let frame: PixelRect
    /// Horizontal data range.
    let x: ClosedRange<Double>
    /// Vertical data range.
    let y: ClosedRange<Double>
    /// Tick positions along x, in data units.
    let xTicks: [Double]
    /// Tick positions along y, in data units.
    let yTicks: [Double]

    /// Lays out axes inside `panel`, leaving `top` pixels for titles and `bottom` extra pixels
    /// below the axis labels, with room for tick labels and the optional axis titles.
    init(in panel: PixelRect, x: ClosedRange<Double>, y: ClosedRange<Double>, style: PlotStyle,
         top: Double, bottom: Double, xLabel: String?, yLabel: String?, integerX: Bool = false) {
        self.x = x
        self.y = y
        let u = style.unit
        let roughHeight = panel.height - top - bottom - 30 * u
        let yTicks = NiceScale.ticks(in: y, target: max(2, min(8, Int(roughHeight / (34 * u)))))
        let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
        let labelWidth = yTicks.map { style.textWidth(NiceScale.label($0, step: yStep)) }.max() ?? 0
        let left = panel.x + style.padding + (yLabel == nil ? 0 : style.capHeight + 5 * u) + labelWidth + 3 * u + style.tickLength
        let right = panel.maxX - max(style.padding * 2, 14 * u)
        let xTitle = xLabel == nil ? 0 : style.capHeight + 5 * u
        let below = style.tickLength + 4 * u + style.capHeight + xTitle + style.padding + bottom
        let topEdge = (panel.y + top).rounded()
        let leftEdge = left.rounded()
        frame = PixelRect(x: leftEdge, y: topEdge, width: max(1, (right - leftEdge).rounded()),
                          height: max(1, (panel.maxY - below - topEdge).rounded()))
        var xTicks = NiceScale.ticks(in: x, target: max(2, min(10, Int(frame.width / (45 * u)))))
        if integerX {
            xTicks = xTicks.filter { $0 == $0.rounded() }
        }
        self.xTicks = xTicks
        self.yTicks = yTicks
    }

    /// Pixel position of data point (`u`, `v`).
    func point(_ u: Double, _ v: Double) -> PixelPoint {
        PixelPoint(frame.x + (u - x.lowerBound) / (x.upperBound - x.lowerBound) * frame.width,
                   frame.maxY - (v - y.lowerBound) / (y.upperBound - y.lowerBound) * frame.height)
    }

    /// Light grid lines at every tick, meant to sit behind the data.
    func drawGrid(into picture: inout Picture, style: PlotStyle) {
        for tick in xTicks {
            let p = point(tick, y.lowerBound).x.rounded() + 0.5
            picture.line(PixelPoint(p, frame.y), PixelPoint(p, frame.maxY), color: style.grid, width: 1)
        }
        for tick in yTicks {
            let p = point(x.lowerBound, tick).y.rounded() - 0.5
            picture.line(PixelPoint(frame.x, p), PixelPoint(frame.maxX, p), color: style.grid, width: 1)
        }
    }

    /// The frame outline, outward ticks with labels, and the axis titles.
    func drawFrame(into picture: inout Picture, style: PlotStyle, xLabel: String?, yLabel: String?) {
        let u = style.unit
        let outline = [PixelPoint(frame.x - 0.5, frame.y - 0.5), PixelPoint(frame.maxX + 0.5, frame.y - 0.5),
                       PixelPoint(frame.maxX + 0.5, frame.maxY + 0.5), PixelPoint(frame.x - 0.5, frame.maxY + 0.5),
                       PixelPoint(frame.x - 0.5, frame.y - 0.5)]
        picture.add(.polyline(outline, color: style.axis, width: 1, dashed: false))
        let xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
        for tick in xTicks {
            let p = point(tick, y.lowerBound).x.rounded() + 0.5
            picture.line(PixelPoint(p, frame.maxY + 1), PixelPoint(p, frame.maxY + 1 + style.tickLength), color: style.axis, width: 1)
            picture.text(NiceScale.label(tick, step: xStep), at: PixelPoint(p, frame.maxY + style.tickLength + 4 * u + style.capHeight / 2),
                         scale: style.scale, color: style.mutedText, anchor: .middle)
        }
        let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
        for tick in yTicks {
            let p = point(x.lowerBound, tick).y.rounded() - 0.5
            picture.line(PixelPoint(frame.x - 1, p), PixelPoint(frame.x - 1 - style.tickLength, p), color: style.axis, width: 1)
            picture.text(NiceScale.label(tick, step: yStep), at: PixelPoint(frame.x - style.tickLength - 3 * u, p),
                         scale: style.scale, color: style.mutedText, anchor: .end)
        }
        if let xLabel {
            let base = frame.maxY + style.tickLength + 4 * u + style.capHeight + 5 * u + style.capHeight / 2
            picture.text(xLabel, at: PixelPoint(frame.center.x, base), scale: style.scale, color: style.text, anchor: .middle)
        }
        if let yLabel {
            let labelWidth = yTicks.map { style.textWidth(NiceScale.label($0, step: yStep)) }.max() ?? 0
            let column = frame.x - style.tickLength - 3 * u - labelWidth - 5 * u - style.capHeight / 2
            picture.add(.text(yLabel, at: PixelPoint(column, frame.center.y), scale: style.scale, color: style.text,
                              anchor: .middle, rotated: true))
        }
    }
}
