/// SGR colour escapes (ECMA-48 `ESC[…m`) in truecolor and xterm-256 forms.
enum ANSI {
    /// Resets all attributes: `ESC[0m`.
    static let reset = "\u{1B}[0m"

    /// The escape setting `foreground` and `background` (nil: leave as is, unless `reset`
    /// clears everything first).
    static func colors(foreground: RGB?, background: RGB?, mode: TerminalStyle.Mode, reset: Bool) -> String {
        var bytes: [UInt8] = []
        appendColors(to: &bytes, foreground: foreground, background: background, mode: mode, reset: reset)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escape of ``colors(foreground:background:mode:reset:)`` to `bytes`:
    /// `ESC[` then `0` (reset), `38;…` and `48;…` joined by `;`, then `m`; nothing when there is
    /// nothing to set.
    static func appendColors(to bytes: inout [UInt8], foreground: RGB?, background: RGB?, mode: TerminalStyle.Mode,
                             reset: Bool) {
        guard reset || foreground != nil || background != nil else { return }
        bytes.append(0x1B)
        bytes.append(UInt8(ascii: "["))
        var first = true
        func separate() {
            if !first { bytes.append(UInt8(ascii: ";")) }
            first = false
        }
        if reset {
            separate()
            bytes.append(UInt8(ascii: "0"))
        }
        for (color, base) in [(foreground, 38), (background, 48)] {
            guard let color else { continue }
            separate()
            appendDecimal(base, to: &bytes)
            if mode == .ansi256 {
                bytes.append(contentsOf: [UInt8(ascii: ";"), UInt8(ascii: "5"), UInt8(ascii: ";")])
                appendDecimal(paletteIndex(color), to: &bytes)
            } else {
                bytes.append(contentsOf: [UInt8(ascii: ";"), UInt8(ascii: "2")])
                for channel in [color.r, color.g, color.b] {
                    bytes.append(UInt8(ascii: ";"))
                    appendDecimal(Int(channel), to: &bytes)
                }
            }
        }
        bytes.append(UInt8(ascii: "m"))
    }

    /// Appends `value` (≥ 0) in decimal digits.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
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
