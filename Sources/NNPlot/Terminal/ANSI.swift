/// SGR colour escapes (ECMA-48 `ESC[…m`) in truecolor and xterm-256 forms.
enum ANSI {
    /// Resets all attributes: `ESC[0m`.
    static let reset = "\u{1B}[0m"

    /// The escape setting `foreground` and `background` (nil: leave as is, unless `reset`
    /// clears everything first).
    static func colors(foreground: RGB?, background: RGB?, mode: TerminalStyle.Mode, reset: Bool) -> String {
        var codes: [String] = reset ? ["0"] : []
        if let foreground { codes.append(code(foreground, base: 38, mode: mode)) }
        if let background { codes.append(code(background, base: 48, mode: mode)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func code(_ color: RGB, base: Int, mode: TerminalStyle.Mode) -> String {
        mode == .ansi256 ? "\(base);5;\(paletteIndex(color))" : "\(base);2;\(color.r);\(color.g);\(color.b)"
    }

    /// The nearest xterm-256 colour: the 6×6×6 cube (indices 16…231, levels 0, 95, 135, 175,
    /// 215, 255) or the grey ramp (232…255, levels 8 + 10i), by squared RGB distance.
    static func paletteIndex(_ color: RGB) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: UInt8) -> Int {
            var best = 0
            for i in 1..<6 where abs(levels[i] - Int(v)) < abs(levels[best] - Int(v)) {
                best = i
            }
            return best
        }
        let r = nearestLevel(color.r), g = nearestLevel(color.g), b = nearestLevel(color.b)
        func distance(_ x: Int, _ y: Int, _ z: Int) -> Int {
            let dr = x - Int(color.r), dg = y - Int(color.g), db = z - Int(color.b)
            return dr * dr + dg * dg + db * db
        }
        let cubeDistance = distance(levels[r], levels[g], levels[b])
        let average = (Int(color.r) + Int(color.g) + Int(color.b)) / 3
        let grey = min(max((average - 8 + 5) / 10, 0), 23)
        let level = 8 + 10 * grey
        return distance(level, level, level) < cubeDistance ? 232 + grey : 16 + 36 * r + 6 * g + b
    }
}
