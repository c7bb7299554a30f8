/// `plot boundary` and `plot data`: the model's predicted class over the input plane with the
/// data points on top, or the points alone.
///
/// The map shades each class's region in its colour, lighter where the model is unsure
/// (see ``ColorMap``), with a dark anti-aliased line on the decision boundary (p = 0.5 for two
/// classes). Training points are filled discs, validation points rings, both in their class
/// colour (or, for a value map, their ``LabeledPoint/value`` on the diverging scale) with a dark
/// edge. The title line usually is ``TrainingSummary/line``.
///
/// A regression value map uses the same picture: two classes, "negative" and "positive", with
/// p(positive) = ½ + v/(2·scale) for a predicted value v, so the map runs from the class-0 colour
/// (−scale) through white (0) to the class-1 colour (+scale). A value map (points with a
/// ``LabeledPoint/value``) draws no contour: v = 0 is no decision, just the middle of the scale.
public struct BoundaryPlot: Figure {
    /// The data points drawn on top.
    public var points: [LabeledPoint]
    /// Number of classes `K`.
    public var classCount: Int
    /// Predictions to shade; `nil` draws the points alone (`plot data`).
    public var grid: ProbabilityGrid?
    /// The plane region shown (the grid's domain when there is a grid).
    public var domain: PlotDomain
    /// Title line above the plot.
    public var title: String
    /// Class colours.
    public var colors: ColorMap = .standard
    /// Legend names per class; default "class 0", "class 1", ….
    public var classNames: [String]?
    /// Axis titles (horizontal, vertical).
    public var axisLabels: (x: String, y: String) = ("x1", "x2")

    /// A plot of precomputed predictions (or of the data alone when `grid` is `nil`).
    public init(points: [LabeledPoint], classCount: Int, grid: ProbabilityGrid?, title: String) {
        self.points = points
        self.classCount = max(classCount, (points.map(\.label).max() ?? 0) + 1, 1)
        self.grid = grid
        domain = grid?.domain ?? PlotDomain(covering: points, aspectRatio: Self.defaultAspectRatio)
        self.title = title
    }

    /// Evaluates `predict` once on a lattice over the points' bounding box widened by `margin`
    /// of its span and then to ``defaultAspectRatio`` (equal scales on both axes in a default
    /// frame), `resolution` samples along the longer side, then plots it.
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` or what `predict` throws.
    public init(points: [LabeledPoint], classCount: Int, title: String, resolution: Int = 100,
                margin: Double = 0.1, predict: BatchPredictor) throws {
        let domain = PlotDomain(covering: points, margin: margin, aspectRatio: Self.defaultAspectRatio)
        let grid = try ProbabilityGrid(domain: domain, longSide: resolution, classCount: classCount, predict: predict)
        self.init(points: points, classCount: classCount, grid: grid, title: title)
    }

    /// Width/height of the plotting frame in a default 640×480 picture; automatic domains are
    /// widened to it so that one data unit is as long across as up.
    public static let defaultAspectRatio = 1.6

    /// The legend name of class `k`.
    public func className(_ k: Int) -> String {
        if let classNames, k < classNames.count { return classNames[k] }
        return "class \(k)"
    }

    /// The title lines and axes of a `width × height` picture.
    func layout(width: Int, height: Int, style: PlotStyle) -> (titleLines: [String], axes: Axes) {
        let full = PixelRect(x: 0, y: 0, width: Double(width), height: Double(height))
        let titleLines = title.isEmpty ? [] : style.wrapped(title, width: full.width - 2 * style.padding)
        let top = style.padding * 2 + Double(titleLines.count) * (style.capHeight + 5 * style.unit)
        let axes = Axes(in: full, x: domain.x1, y: domain.x2, style: style, top: top,
                        bottom: style.capHeight + 9 * style.unit, xLabel: axisLabels.x, yLabel: axisLabels.y)
        return (titleLines, axes)
    }

    /// Title line(s), the shaded map in an axes frame with ticks and `x1`/`x2` titles, the points,
    /// and a legend row at the bottom.
    public func picture(width: Int, height: Int) -> Picture {
        let style = PlotStyle(width: width, height: height)
        var picture = Picture(width: width, height: height)
        let full = PixelRect(x: 0, y: 0, width: Double(width), height: Double(height))
        let (titleLines, axes) = layout(width: width, height: height, style: style)
        let lineStep = style.capHeight + 5 * style.unit
        for (index, line) in titleLines.enumerated() {
            picture.text(line, at: PixelPoint(full.center.x, style.padding * 1.5 + style.capHeight / 2 + Double(index) * lineStep),
                         scale: style.scale, color: style.text, anchor: .middle)
        }
        let frame = axes.frame
        if let grid {
            let isValueMap = points.contains { $0.value != nil }
            let map = BoundaryRaster.render(grid, width: Int(frame.width), height: Int(frame.height), colors: colors,
                                            contourWidth: isValueMap ? 0 : 1.5 * style.unit)
            picture.add(.image(map, at: PixelPoint(frame.x, frame.y)))
        } else {
            picture.add(.rect(frame, fill: RGB(hex: 0xFCFCFC)))
            axes.drawGrid(into: &picture, style: style)
        }
        axes.drawFrame(into: &picture, style: style, xLabel: axisLabels.x, yLabel: axisLabels.y)
        for point in points.filter({ !$0.isValidation }) + points.filter(\.isValidation) {
            let center = axes.point(point.x1, point.x2)
            if frame.insetBy(-1).contains(center) {
                let color = point.value.map(colors.diverging) ?? colors.classColor(point.label)
                Self.drawMarker(into: &picture, at: center, color: color, validation: point.isValidation, style: style)
            }
        }
        drawLegend(into: &picture, style: style, centerY: Double(height) - style.padding - style.capHeight / 2)
        return picture
    }

    /// A data marker: a filled disc (training) or a ring (validation) in `color` with a dark edge.
    static func drawMarker(into picture: inout Picture, at center: PixelPoint, color: RGB, validation: Bool, style: PlotStyle) {
        let radius = style.pointRadius, edge = style.edgeWidth
        if validation {
            let outer = radius + 1, ring = 0.8 * style.unit + 0.4, inner = 0.6 * edge
            let ringOuter = outer - edge, ringInner = ringOuter - ring
            let darkInner = ringInner - inner
            picture.add(.circle(center: center, radius: (outer + darkInner) / 2, fill: nil, stroke: ColorMap.edge,
                                strokeWidth: outer - darkInner))
            picture.add(.circle(center: center, radius: (ringOuter + ringInner) / 2, fill: nil, stroke: color, strokeWidth: ring))
        } else {
            picture.add(.circle(center: center, radius: radius - edge / 2, fill: color, stroke: ColorMap.edge, strokeWidth: edge))
        }
    }

    /// One row of legend entries centred at `centerY`: a marker per class, then train/validation
    /// markers when both kinds of points are present. Long class lists fall back to bare indices.
    private func drawLegend(into picture: inout Picture, style: PlotStyle, centerY: Double) {
        let hasValidation = points.contains(where: \.isValidation)
        let hasTraining = points.contains { !$0.isValidation }
        let gray = RGB(hex: 0xB5B5B5)
        var entries: [(label: String, color: RGB, validation: Bool)] = (0..<classCount).map { (className($0), colors.classColor($0), false) }
        if hasValidation && hasTraining {
            entries += [("train", gray, false), ("validation", gray, true)]
        }
        let markerSpace = 2 * style.pointRadius + 4 * style.unit
        let gap = 12 * style.unit
        func totalWidth() -> Double {
            entries.reduce(0) { $0 + markerSpace + style.textWidth($1.label) } + gap * Double(max(entries.count - 1, 0))
        }
        if totalWidth() > Double(picture.width) - 2 * style.padding {
            for k in 0..<classCount {
                entries[k].label = "\(k)"
            }
        }
        var x = (Double(picture.width) - totalWidth()) / 2
        for entry in entries {
            Self.drawMarker(into: &picture, at: PixelPoint(x + style.pointRadius, centerY), color: entry.color,
                            validation: entry.validation, style: style)
            x += markerSpace
            picture.text(entry.label, at: PixelPoint(x, centerY), scale: style.scale, color: style.mutedText)
            x += style.textWidth(entry.label) + gap
        }
    }
}
