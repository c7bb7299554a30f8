/// Anti-aliased geometry on a ``Canvas``.
///
/// Coverage is estimated from the distance `d` between a pixel centre and the ideal shape:
/// a pixel is blended with opacity `clamp(w/2 + 0.5 − d, 0, 1)` for a stroke of width `w`,
/// which gives smooth one-pixel ramps on every edge without supersampling.
extension Canvas {
    /// A straight stroke of `width` pixels from `a` to `b` with round caps.
    public mutating func drawLine(from a: PixelPoint, to b: PixelPoint, color: RGB, width: Double) {
        let half = max(width, 0.5) / 2
        let reach = half + 1
        let left = max(0, Int(pixel: (min(a.x, b.x) - reach).rounded(.down)))
        let right = min(self.width - 1, Int(pixel: (max(a.x, b.x) + reach).rounded(.up)))
        let top = max(0, Int(pixel: (min(a.y, b.y) - reach).rounded(.down)))
        let bottom = min(self.height - 1, Int(pixel: (max(a.y, b.y) + reach).rounded(.up)))
        guard left <= right, top <= bottom else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        for y in top...bottom {
            let py = Double(y) + 0.5
            for x in left...right {
                let px = Double(x) + 0.5
                var t = lengthSquared > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / lengthSquared : 0
                t = min(max(t, 0), 1)
                let ex = a.x + t * dx - px, ey = a.y + t * dy - py
                let coverage = half + 0.5 - (ex * ex + ey * ey).squareRoot()
                if coverage > 0 {
                    blend(x: x, y: y, color: color, alpha: coverage)
                }
            }
        }
    }

    /// Connected strokes through `points`; with `dash = (on, off)` the stroke alternates
    /// `on` pixels drawn and `off` pixels skipped, measured along the path.
    public mutating func drawPolyline(_ points: [PixelPoint], color: RGB, width: Double, dash: (on: Double, off: Double)? = nil) {
        guard let first = points.first else { return }
        guard points.count > 1 else {
            fillCircle(center: first, radius: width / 2, color: color)
            return
        }
        guard let dash, dash.on > 0, dash.off > 0 else {
            for (a, b) in zip(points, points.dropFirst()) {
                drawLine(from: a, to: b, color: color, width: width)
            }
            return
        }
        var phase = 0.0
        let period = dash.on + dash.off
        for (a, b) in zip(points, points.dropFirst()) {
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            var travelled = 0.0
            while travelled < length {
                let inDash = phase < dash.on
                let step = min(length - travelled, (inDash ? dash.on : period) - phase)
                if inDash, length > 0 {
                    let from = travelled / length, to = (travelled + step) / length
                    drawLine(from: PixelPoint(a.x + (b.x - a.x) * from, a.y + (b.y - a.y) * from),
                             to: PixelPoint(a.x + (b.x - a.x) * to, a.y + (b.y - a.y) * to),
                             color: color, width: width)
                }
                travelled += step
                phase += step
                if phase >= period { phase -= period }
            }
        }
    }

    /// A filled disc of `radius` pixels.
    public mutating func fillCircle(center: PixelPoint, radius: Double, color: RGB) {
        paintDisc(center: center, reach: radius, color: color) { distance in radius + 0.5 - distance }
    }

    /// A ring of stroke `width` centred on the circle of `radius` pixels.
    public mutating func strokeCircle(center: PixelPoint, radius: Double, width: Double, color: RGB) {
        let half = width / 2
        paintDisc(center: center, reach: radius + half, color: color) { distance in
            half + 0.5 - abs(distance - radius)
        }
    }

    /// Blends `color` over the square around `center` with opacity `coverage(distance)`.
    private mutating func paintDisc(center: PixelPoint, reach: Double, color: RGB, coverage: (Double) -> Double) {
        let left = max(0, Int(pixel: (center.x - reach - 1).rounded(.down)))
        let right = min(width - 1, Int(pixel: (center.x + reach + 1).rounded(.up)))
        let top = max(0, Int(pixel: (center.y - reach - 1).rounded(.down)))
        let bottom = min(height - 1, Int(pixel: (center.y + reach + 1).rounded(.up)))
        guard left <= right, top <= bottom else { return }
        for y in top...bottom {
            let dy = Double(y) + 0.5 - center.y
            for x in left...right {
                let dx = Double(x) + 0.5 - center.x
                let alpha = coverage((dx * dx + dy * dy).squareRoot())
                if alpha > 0 {
                    blend(x: x, y: y, color: color, alpha: alpha)
                }
            }
        }
    }

    /// Draws `text` in the built-in bitmap font with its top-left corner at (`x`, `y`).
    /// Rotated text reads bottom-to-top (turned 90° anticlockwise); its box is then
    /// `9·scale` wide and `(6n − 1)·scale` tall.
    public mutating func drawText(_ text: String, x: Int, y: Int, scale: Int, color: RGB, rotated: Bool = false) {
        let mask = BitmapFont.mask(for: text, scale: scale)
        for my in 0..<mask.height {
            for mx in 0..<mask.width where mask.bits[my * mask.width + mx] != 0 {
                let px = rotated ? x + my : x + mx
                let py = rotated ? y + mask.width - 1 - mx : y + my
                if contains(px, py) {
                    self[px, py] = color
                }
            }
        }
    }
}
