/// Where a ``NetworkDiagram`` puts its tiles in a picture: column centres, unit centres and
/// the tile size (square tiles, pixels).
public struct DiagramLayout: Sendable {
    /// The horizontal centre of each column.
    public let columnCenters: [Double]
    /// The vertical centre of each shown unit, per column.
    public let unitCenters: [[Double]]
    /// The side of a tile.
    public let tile: Double
    /// The top of the tile area (below the column headings).
    public let areaTop: Double
    /// The bottom of the tile area (above the hidden-unit notes).
    public let areaBottom: Double

    /// The centre of unit `unit` of column `column`.
    public func center(column: Int, unit: Int) -> PixelPoint {
        PixelPoint(columnCenters[column], unitCenters[column][unit])
    }

    /// The ends of the line of a weight of layer `layer` (from 1): the right edge of the
    /// source tile and the left edge of the target tile.
    public func edge(layer: Int, from: Int, to: Int) -> (start: PixelPoint, end: PixelPoint) {
        let a = center(column: layer - 1, unit: from), b = center(column: layer, unit: to)
        return (PixelPoint(a.x + tile / 2, a.y), PixelPoint(b.x - tile / 2, b.y))
    }

    /// The middle of that line.
    public func edgeMidpoint(layer: Int, from: Int, to: Int) -> PixelPoint {
        let (a, b) = edge(layer: layer, from: from, to: to)
        return PixelPoint((a.x + b.x) / 2, (a.y + b.y) / 2)
    }
}

extension NetworkDiagram {
    /// The style of the small text (headings, legend): one font step below the title's.
    private func smallStyle(width: Int, height: Int) -> PlotStyle {
        PlotStyle(width: width / 2, height: height / 2)
    }

    /// The legend lines with their styles: the sign key in the small font, then the largest
    /// weights in the title's.
    private func legendLines(width: Int, height: Int) -> [(text: String, style: PlotStyle)] {
        let style = PlotStyle(width: width, height: height), small = smallStyle(width: width, height: height)
        let inner = Double(width) - 2 * style.padding
        let key = "lines: blue w > 0  orange w < 0  width ~ |w| (max \(Self.signed(largestMagnitude).dropFirst()))"
        return small.wrapped(key, width: inner).map { ($0, small) } + style.wrapped(strongestText, width: inner).map { ($0, style) }
    }

    /// The height the legend lines take.
    private func legendHeight(width: Int, height: Int) -> Double {
        legendLines(width: width, height: height).reduce(0) { $0 + $1.style.capHeight + 4 * $1.style.unit }
    }

    /// The tile positions in a `width × height` picture.
    public func layout(width: Int, height: Int) -> DiagramLayout {
        let style = PlotStyle(width: width, height: height), small = smallStyle(width: width, height: height)
        let u = style.unit
        let lineStep = style.capHeight + 5 * u
        let inner = Double(width) - 2 * style.padding
        let titleCount = style.wrapped(title, width: inner).count
        let headingY = style.padding * 2 + Double(titleCount) * lineStep
        let areaTop = headingY + small.capHeight + 6 * u
        let noteHeight = columns.indices.contains { hiddenCount($0) > 0 } ? style.capHeight + 6 * u : 2 * u
        let areaBottom = Double(height) - style.padding - legendHeight(width: width, height: height) - 4 * u - noteHeight
        let nameWidth = columns.first.map { first in
            first.unitNames.prefix(Self.maximumShown).map { style.textWidth($0) }.max() ?? 0
        } ?? 0
        let left = style.padding + nameWidth + 4 * u
        let spacing = (Double(width) - left - style.padding) / Double(max(columns.count, 1))
        let centers = columns.indices.map { (left + spacing * (Double($0) + 0.5)).rounded() }
        let most = columns.indices.map(shownCount).max() ?? 1
        let slot = max(areaBottom - areaTop, 1) / Double(max(most, 1))
        let tile = max(4, min(slot * 0.8, spacing * 0.4, 40 * u).rounded(.down))
        let units = columns.indices.map { c -> [Double] in
            let shown = shownCount(c)
            let top = areaTop + (areaBottom - areaTop - Double(shown) * slot) / 2
            return (0..<shown).map { (top + slot * (Double($0) + 0.5)).rounded() }
        }
        return DiagramLayout(columnCenters: centers, unitCenters: units, tile: tile, areaTop: areaTop, areaBottom: areaBottom)
    }

    /// Title, column headings, weight lines, unit tiles with the input names, hidden-unit
    /// notes, and the legend (sign key and largest weights).
    public func picture(width: Int, height: Int) -> Picture {
        let style = PlotStyle(width: width, height: height)
        let u = style.unit
        var picture = Picture(width: width, height: height)
        let inner = Double(width) - 2 * style.padding
        let lineStep = style.capHeight + 5 * u
        let titleLines = style.wrapped(title, width: inner)
        for (index, line) in titleLines.enumerated() {
            picture.text(line, at: PixelPoint(Double(width) / 2, style.padding * 1.5 + style.capHeight / 2 + Double(index) * lineStep),
                         scale: style.scale, color: style.text, anchor: .middle)
        }
        let small = smallStyle(width: width, height: height)
        let layout = layout(width: width, height: height)
        let headingY = layout.areaTop - 6 * u - small.capHeight / 2
        for (c, column) in columns.enumerated() {
            picture.text(column.title, at: PixelPoint(layout.columnCenters[c], headingY), scale: small.scale,
                         color: style.text, anchor: .middle)
        }
        for edge in drawnEdges() {
            let (a, b) = layout.edge(layer: edge.layer, from: edge.from, to: edge.to)
            let strength = Double(min(abs(edge.value) / largestMagnitude, 1))
            picture.add(.polyline([a, b], color: edgeColor(edge.value), width: u * (0.3 + 2.7 * strength), dashed: false))
        }
        for (c, column) in columns.enumerated() {
            for unit in 0..<shownCount(c) {
                drawTile(column, unit: unit, at: layout.center(column: c, unit: unit), side: layout.tile,
                         into: &picture, style: style)
            }
            if hiddenCount(c) > 0 {
                picture.text("+\(hiddenCount(c)) more", at: PixelPoint(layout.columnCenters[c], layout.areaBottom + 3 * u + style.capHeight / 2),
                             scale: style.scale, color: style.mutedText, anchor: .middle)
            }
        }
        if let inputs = columns.first {
            for unit in 0..<shownCount(0) {
                let center = layout.center(column: 0, unit: unit)
                picture.text(inputs.unitNames[unit], at: PixelPoint(center.x - layout.tile / 2 - 3 * u, center.y),
                             scale: style.scale, color: style.mutedText, anchor: .end)
            }
        }
        var y = Double(height) - style.padding - legendHeight(width: width, height: height)
        for line in legendLines(width: width, height: height) {
            y += 4 * line.style.unit
            picture.text(line.text, at: PixelPoint(Double(width) / 2, y + line.style.capHeight / 2), scale: line.style.scale,
                         color: style.text, anchor: .middle)
            y += line.style.capHeight
        }
        return picture
    }

    /// A unit: its map in a thin grey frame, or a plain grey node.
    private func drawTile(_ column: DiagramColumn, unit: Int, at center: PixelPoint, side: Double,
                          into picture: inout Picture, style: PlotStyle) {
        let x = (center.x - side / 2).rounded(), y = (center.y - side / 2).rounded()
        if let maps = column.maps {
            picture.add(.rect(PixelRect(x: x - 1, y: y - 1, width: side + 2, height: side + 2), fill: style.axis))
            picture.add(.image(maps.tile(unit: unit, width: Int(side), height: Int(side)), at: PixelPoint(x, y)))
        } else {
            picture.add(.circle(center: center, radius: side / 2, fill: RGB(hex: 0xEDEDED), stroke: style.axis,
                                strokeWidth: style.unit))
        }
    }
}
