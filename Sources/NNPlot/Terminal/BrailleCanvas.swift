/// Dots on a `2·columns × 4·rows` grid shown with Unicode braille cells (U+2800…U+28FF),
/// one colour per cell (the colour of the dot set last).
///
/// Dot (dx, dy) inside a cell sets bit `[[0, 3], [1, 4], [2, 5], [6, 7]][dy][dx]` of the code
/// point offset, following the braille dot numbering 1–8.
struct BrailleCanvas: Sendable {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]
    private var colors: [RGB?]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Dot width, `2·columns`.
    var dotWidth: Int { 2 * columns }
    /// Dot height, `4·rows`.
    var dotHeight: Int { 4 * rows }

    /// Sets dot (`x`, `y`), origin top-left; outside dots are ignored.
    mutating func set(_ x: Int, _ y: Int, color: RGB) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let offsets: [[UInt8]] = [[0, 3], [1, 4], [2, 5], [6, 7]]
        let cell = (y / 4) * columns + x / 2
        bits[cell] |= 1 << offsets[y % 4][x % 2]
        colors[cell] = color
    }

    /// Sets the dots of a straight line (Bresenham).
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, color: RGB) {
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var x = x0, y = y0, error = dx + dy
        while true {
            set(x, y, color: color)
            if x == x1 && y == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    /// Copies the non-empty cells into `grid` at (`row`, `column`).
    func draw(into grid: inout CellGrid, row: Int, column: Int) {
        for r in 0..<rows {
            for c in 0..<columns where bits[r * columns + c] != 0 {
                let scalar = Unicode.Scalar(0x2800 + UInt32(bits[r * columns + c])) ?? " "
                grid[row + r, column + c].character = Character(scalar)
                grid[row + r, column + c].foreground = colors[r * columns + c]
            }
        }
    }
}
