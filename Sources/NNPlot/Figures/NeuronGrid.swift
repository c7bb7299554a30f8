/// `plot neurons [LAYER]`: one small map per hidden unit showing its activation over the input
/// plane, as TensorFlow Playground draws neurons.
///
/// Each unit is normalised by its own largest magnitude on the lattice, `v = a / max|a|`, and
/// coloured with ``ColorMap/diverging(_:)``: class-0 colour for negative, white for 0, class-1
/// colour for positive. Tile captions give the unit number and its activation range.
public struct NeuronGrid: Figure {
    /// Title line, e.g. `layer 1: dense 8, tanh`.
    public var title: String
    /// Plane region of every tile.
    public let domain: PlotDomain
    /// Lattice samples along x1.
    public let columns: Int
    /// Lattice samples along x2.
    public let rows: Int
    /// Number of units (tiles).
    public let unitCount: Int
    /// `rows × columns × unitCount` activations in the lattice order of ``ProbabilityGrid``.
    public let activations: [Float]
    /// Colours for negative and positive activations.
    public var colors: ColorMap = .standard

    /// Evaluates `activations` once on a square lattice of `resolution²` points over the data's
    /// bounding box (square, with a margin).
    /// - Parameter activations: `n×2` points in, `n×unitCount` activations out.
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` or what the closure throws.
    public init(title: String, points: [LabeledPoint], unitCount: Int, resolution: Int = 40,
                activations: BatchPredictor) throws {
        let domain = PlotDomain(covering: points, margin: 0.1, aspectRatio: 1)
        let side = max(2, resolution)
        let values = try activations(ProbabilityGrid.latticePoints(domain: domain, columns: side, rows: side))
        try self.init(title: title, domain: domain, columns: side, rows: side, unitCount: unitCount, values: values)
    }

    /// A grid from activations already computed on the lattice of `columns × rows` points.
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` when `values` is not `n·unitCount` long.
    public init(title: String, domain: PlotDomain, columns: Int, rows: Int, unitCount: Int, values: [Double]) throws {
        let expected = max(2, columns) * max(2, rows) * max(1, unitCount)
        guard values.count == expected else { throw PlotError.predictionShape(expected: expected, got: values.count) }
        self.title = title
        self.domain = domain
        self.columns = max(2, columns)
        self.rows = max(2, rows)
        self.unitCount = max(1, unitCount)
        activations = values.map { $0.isFinite ? Float($0) : 0 }
    }

    /// The lowest and highest activation of `unit`.
    public func range(unit: Int) -> ClosedRange<Float> {
        var low = Float.infinity, high = -Float.infinity
        for i in stride(from: unit, to: activations.count, by: unitCount) {
            low = min(low, activations[i])
            high = max(high, activations[i])
        }
        return low <= high ? low...high : 0...0
    }

    /// Unit `unit` rendered into a `width × height` canvas (x2 upwards), bilinearly interpolated.
    func tile(unit: Int, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let range = range(unit: unit)
        let scale = max(abs(range.lowerBound), abs(range.upperBound))
        let inverse = scale > 0 ? 1 / Double(scale) : 0
        for py in 0..<height {
            let gy = (1 - (Double(py) + 0.5) / Double(height)) * Double(rows - 1)
            let j = min(Int(gy), rows - 2)
            let fy = gy - Double(j)
            for px in 0..<width {
                let gx = (Double(px) + 0.5) / Double(width) * Double(columns - 1)
                let i = min(Int(gx), columns - 2)
                let fx = gx - Double(i)
                func at(_ a: Int, _ b: Int) -> Double { Double(activations[(b * columns + a) * unitCount + unit]) }
                let bottom = at(i, j) + (at(i + 1, j) - at(i, j)) * fx
                let top = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * fx
                canvas[px, py] = colors.diverging((bottom + (top - bottom) * fy) * inverse)
            }
        }
        return canvas
    }

    /// Tiles per row and tile width for `count` tiles of aspect `aspect` in `width × height`
    /// with `gap` between tiles and `caption` below each: the arrangement with the largest tiles.
    static func arrangement(count: Int, width: Double, height: Double, gap: Double, caption: Double, aspect: Double) -> (perRow: Int, tileWidth: Double) {
        var best = (perRow: 1, tileWidth: 0.0)
        for perRow in 1...max(1, count) {
            let rowsNeeded = (count + perRow - 1) / perRow
            let byWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
            let byHeight = ((height - (gap + caption) * Double(rowsNeeded)) / Double(rowsNeeded)) * aspect
            let tileWidth = min(byWidth, byHeight)
            if tileWidth > best.tileWidth { best = (perRow, tileWidth) }
        }
        return best
    }

    /// Title, the tiles in the arrangement with the largest tiles, and a colour bar.
    public func picture(width: Int, height: Int) -> Picture {
        let style = PlotStyle(width: width, height: height)
        let u = style.unit
        var picture = Picture(width: width, height: height)
        let titleLines = style.wrapped(title, width: Double(width) - 2 * style.padding)
        let lineStep = style.capHeight + 5 * u
        for (index, line) in titleLines.enumerated() {
            picture.text(line, at: PixelPoint(Double(width) / 2, style.padding * 1.5 + style.capHeight / 2 + Double(index) * lineStep),
                         scale: style.scale, color: style.text, anchor: .middle)
        }
        let captionScale = max(1, style.scale - 1)
        let caption = Double(7 * captionScale) + 6 * u
        let top = style.padding * 2 + Double(titleLines.count) * lineStep
        let barHeight = style.capHeight * 2 + 12 * u
        let area = PixelRect(x: style.padding * 2, y: top, width: Double(width) - 4 * style.padding,
                             height: Double(height) - top - barHeight - style.padding)
        let gap = 8 * u
        let aspect = domain.aspectRatio
        let (perRow, tileWidth) = Self.arrangement(count: unitCount, width: area.width, height: area.height, gap: gap,
                                                   caption: caption, aspect: aspect)
        let tileW = max(4, tileWidth.rounded(.down)), tileH = max(4, (tileWidth / aspect).rounded(.down))
        let rowCount = (unitCount + perRow - 1) / perRow
        let blockWidth = Double(perRow) * tileW + Double(perRow - 1) * gap
        let blockHeight = Double(rowCount) * (tileH + caption + gap) - gap
        let left = (area.x + (area.width - blockWidth) / 2).rounded(.down)
        let blockTop = (area.y + (area.height - blockHeight) / 2).rounded(.down)
        for unit in 0..<unitCount {
            let x = left + Double(unit % perRow) * (tileW + gap), y = blockTop + Double(unit / perRow) * (tileH + caption + gap)
            let frame = PixelRect(x: x - 1, y: y - 1, width: tileW + 2, height: tileH + 2)
            picture.add(.rect(frame, fill: style.axis))
            picture.add(.image(tile(unit: unit, width: Int(tileW), height: Int(tileH)), at: PixelPoint(x, y)))
            let range = range(unit: unit)
            let full = "\(unit + 1): \(Self.number(range.lowerBound))..\(Self.number(range.upperBound))"
            // The range goes only where it fits under the tile; otherwise the unit number alone.
            let text = Double(BitmapFont.width(of: full, scale: captionScale)) <= tileW + gap / 2 ? full : "\(unit + 1)"
            picture.text(text, at: PixelPoint(x + tileW / 2, y + tileH + 3 * u + Double(7 * captionScale) / 2),
                         scale: captionScale, color: style.mutedText, anchor: .middle)
        }
        drawColorBar(into: &picture, style: style, bottom: Double(height) - style.padding)
        return picture
    }

    /// A gradient strip from −max to +max with its three labels.
    private func drawColorBar(into picture: inout Picture, style: PlotStyle, bottom: Double) {
        let u = style.unit
        let barWidth = min(Double(picture.width) * 0.5, 240 * u).rounded(), barHeight = (6 * u).rounded()
        let x = ((Double(picture.width) - barWidth) / 2).rounded()
        let labelY = bottom - style.capHeight / 2
        let y = (labelY - style.capHeight / 2 - 4 * u - barHeight).rounded()
        var strip = Canvas(width: Int(barWidth), height: Int(barHeight))
        for px in 0..<strip.width {
            let color = colors.diverging(2 * (Double(px) + 0.5) / barWidth - 1)
            strip.fill(x: px, y: 0, width: 1, height: strip.height, color: color)
        }
        picture.add(.rect(PixelRect(x: x - 1, y: y - 1, width: barWidth + 2, height: barHeight + 2), fill: style.axis))
        picture.add(.image(strip, at: PixelPoint(x, y)))
        picture.text("-max", at: PixelPoint(x, labelY), scale: style.scale, color: style.mutedText, anchor: .middle)
        picture.text("0", at: PixelPoint(x + barWidth / 2, labelY), scale: style.scale, color: style.mutedText, anchor: .middle)
        picture.text("+max", at: PixelPoint(x + barWidth, labelY), scale: style.scale, color: style.mutedText, anchor: .middle)
    }

    /// Two decimals, or scientific when that would hide the value.
    static func number(_ value: Float) -> String {
        let v = Double(value)
        return abs(v) >= 0.01 || v == 0 ? NiceScale.label(v, step: 0.01) : NiceScale.compact(v)
    }
}
