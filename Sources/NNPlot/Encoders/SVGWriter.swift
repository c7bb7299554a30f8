/// Turns a ``Picture`` into a standalone SVG 1.1 document.
///
/// Shapes map one-to-one: `rect` → `<rect>`, `polyline` → `<polyline>` (dashes as
/// `stroke-dasharray`), `circle` → `<circle>`, `text` → `<text>` in a monospace font with
/// `font-size = 10·scale` (cap height ≈ 7·scale, like the bitmap font) and the baseline
/// `3.5·scale` below the anchor, `image` → `<image>` holding a base64 PNG data URI.
/// A `<metadata>` element names the generator and ``Plot/version``.
public enum SVGWriter {
    /// The SVG text for `picture`.
    public static func document(for picture: Picture) throws -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        out += " version=\"1.1\" width=\"\(picture.width)\" height=\"\(picture.height)\""
        out += " viewBox=\"0 0 \(picture.width) \(picture.height)\">\n"
        out += "<metadata>nnb NNPlot version \(Plot.version)</metadata>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(picture.width)\" height=\"\(picture.height)\" fill=\"\(picture.background)\"/>\n"
        for shape in picture.shapes {
            out += try element(for: shape)
            out += "\n"
        }
        out += "</svg>\n"
        return out
    }

    private static func element(for shape: Picture.Shape) throws -> String {
        switch shape {
        case let .rect(r, fill):
            return "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" fill=\"\(fill)\"/>"
        case let .polyline(points, color, width, dashed):
            let coordinates = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
            var text = "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(n(width))\""
            text += " stroke-linecap=\"round\" stroke-linejoin=\"round\""
            if dashed {
                let dash = Picture.dash(forWidth: width)
                text += " stroke-dasharray=\"\(n(dash.on)) \(n(dash.off))\""
            }
            return text + "/>"
        case let .circle(center, radius, fill, stroke, strokeWidth):
            var text = "<circle cx=\"\(n(center.x))\" cy=\"\(n(center.y))\" r=\"\(n(radius))\" fill=\"\(fill.map { "\($0)" } ?? "none")\""
            if let stroke {
                text += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\""
            }
            return text + "/>"
        case let .text(string, at, scale, color, anchor, rotated):
            let anchorName = anchor == .start ? "start" : (anchor == .middle ? "middle" : "end")
            let baseline = Double(BitmapFont.capHeight * scale) / 2
            var text = "<text x=\"\(n(at.x))\" y=\"\(n(at.y + baseline))\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\""
            text += " font-size=\"\(10 * scale)\" fill=\"\(color)\" text-anchor=\"\(anchorName)\" xml:space=\"preserve\""
            if rotated {
                text += " transform=\"rotate(-90 \(n(at.x)) \(n(at.y)))\""
            }
            return text + ">\(MarkupText.escaped(string))</text>"
        case let .image(canvas, at):
            let png = try PNGEncoder.encode(canvas)
            return "<image x=\"\(n(at.x))\" y=\"\(n(at.y))\" width=\"\(canvas.width)\" height=\"\(canvas.height)\""
                + " preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,\(base64(png))\"/>"
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        return String(rounded)
    }

    /// RFC 4648 base64 with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = UInt32(bytes[index])
            let b1 = remaining > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = remaining > 2 ? UInt32(bytes[index + 2]) : 0
            let group = (b0 << 16) | (b1 << 8) | b2
            out.append(alphabet[Int((group >> 18) & 63)])
            out.append(alphabet[Int((group >> 12) & 63)])
            out.append(remaining > 1 ? alphabet[Int((group >> 6) & 63)] : UInt8(ascii: "="))
            out.append(remaining > 2 ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
