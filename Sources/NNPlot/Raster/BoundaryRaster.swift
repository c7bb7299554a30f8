/// Paints a ``ProbabilityGrid`` into pixels: region colours by confidence plus an
/// anti-aliased decision contour.
///
/// Per pixel: bilinear probabilities `p` from the lattice; `a`, `b` = the two most likely
/// classes; colour = ``ColorMap`` region colour of `a` at confidence `(p_a − 1/K)/(1 − 1/K)`.
/// Contour: the margin `s = p_a − p_b` vanishes on the a|b boundary, so the distance to it is
/// about `d = s / |∇s|` pixels (central differences of `p_a − p_b`); the contour colour is blended
/// with opacity `clamp(w/2 + 0.5 − d, 0, 1)` for a line of width `w`. All work happens in two
/// preallocated buffers — nothing is allocated per pixel.
enum BoundaryRaster {
    /// How opaque the contour line is at its centre.
    static let contourOpacity: Float = 0.75

    /// A `width × height` canvas showing exactly `grid.domain` (x2 upwards).
    static func render(_ grid: ProbabilityGrid, width: Int, height: Int, colors: ColorMap, contourWidth: Double) -> Canvas {
        var canvas = Canvas(width: width, height: height, background: colors.neutral)
        guard width > 0, height > 0 else { return canvas }
        let probabilities = interpolate(grid, width: width, height: height)
        let k = grid.classCount
        let levels = 256
        let table = colors.regionTable(classCount: k, levels: levels)
        let uniform = 1 / Float(k)
        let halfWidth = Float(contourWidth / 2)
        let edge = ColorMap.edge
        canvas.pixels.withUnsafeMutableBufferPointer { out in
            probabilities.withUnsafeBufferPointer { p in
                for y in 0..<height {
                    for x in 0..<width {
                        let o = (y * width + x) * k
                        var a = 0, b = 1
                        if p[o + 1] > p[o] { a = 1; b = 0 }
                        for c in stride(from: 2, to: k, by: 1) {
                            if p[o + c] > p[o + a] {
                                b = a
                                a = c
                            } else if p[o + c] > p[o + b] {
                                b = c
                            }
                        }
                        let confidence = min(max((p[o + a] - uniform) / (1 - uniform), 0), 1)
                        let color = table[a * levels + Int(pixel: Double(confidence * Float(levels - 1) + 0.5))]
                        var r = color.r, g = color.g, bl = color.b
                        if halfWidth > 0 {
                            func margin(_ px: Int, _ py: Int) -> Float {
                                let q = (py * width + px) * k
                                return p[q + a] - p[q + b]
                            }
                            let left = max(x - 1, 0), right = min(x + 1, width - 1)
                            let up = max(y - 1, 0), down = min(y + 1, height - 1)
                            let gx = (margin(right, y) - margin(left, y)) / Float(max(right - left, 1))
                            let gy = (margin(x, down) - margin(x, up)) / Float(max(down - up, 1))
                            let slope = (gx * gx + gy * gy).squareRoot()
                            if slope > 1e-6 {
                                let distance = (p[o + a] - p[o + b]) / slope
                                let alpha = min(max(halfWidth + 0.5 - distance, 0), 1) * contourOpacity
                                if alpha > 0 {
                                    let weight = Int(pixel: Double(alpha * 256))
                                    r = Canvas.mix(r, edge.r, weight)
                                    g = Canvas.mix(g, edge.g, weight)
                                    bl = Canvas.mix(bl, edge.b, weight)
                                }
                            }
                        }
                        let i = 3 * (y * width + x)
                        out[i] = r
                        out[i + 1] = g
                        out[i + 2] = bl
                    }
                }
            }
        }
        return canvas
    }

    /// Bilinear probabilities at every pixel centre: `height × width × K` floats, row 0 at the top
    /// (largest x2).
    static func interpolate(_ grid: ProbabilityGrid, width: Int, height: Int) -> [Float] {
        let k = grid.classCount
        let columns = grid.columns
        var columnIndex = [Int](repeating: 0, count: width), columnFraction = [Float](repeating: 0, count: width)
        for px in 0..<width {
            let g = (Double(px) + 0.5) / Double(width) * Double(columns - 1)
            let i = min(Int(g), columns - 2)
            columnIndex[px] = i
            columnFraction[px] = Float(g - Double(i))
        }
        var result = [Float](repeating: 0, count: width * height * k)
        grid.values.withUnsafeBufferPointer { v in
            result.withUnsafeMutableBufferPointer { out in
                for py in 0..<height {
                    let g = (1 - (Double(py) + 0.5) / Double(height)) * Double(grid.rows - 1)
                    let j = min(Int(g), grid.rows - 2)
                    let fy = Float(g - Double(j))
                    let bottomRow = j * columns, topRow = (j + 1) * columns
                    for px in 0..<width {
                        let i = columnIndex[px], fx = columnFraction[px]
                        let b0 = (bottomRow + i) * k, b1 = b0 + k
                        let t0 = (topRow + i) * k, t1 = t0 + k
                        let o = (py * width + px) * k
                        for c in 0..<k {
                            let bottom = v[b0 + c] + (v[b1 + c] - v[b0 + c]) * fx
                            let top = v[t0 + c] + (v[t1 + c] - v[t0 + c]) * fx
                            out[o + c] = bottom + (top - bottom) * fy
                        }
                    }
                }
            }
        }
        return result
    }
}
