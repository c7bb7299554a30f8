/// A 5×9 bitmap font for printable ASCII (32…126), drawn for NNPlot so PNG and GIF output need
/// no font files.
///
/// Glyph box: 5 pixels wide, 9 rows tall. Rows 0–6 hold capitals and digits (cap height 7),
/// rows 7–8 hold descenders (`g j p q y , ;`). Glyphs advance 6 pixels, so a string of `n`
/// characters is `6n − 1` pixels wide at scale 1. Characters outside 32…126 draw as `?`.
///
/// Scaling: every factor of 2 is applied with the EPX (Scale2×) rule, which rounds diagonals
/// instead of making stairs; the remaining odd factor is plain pixel replication.
enum BitmapFont {
    /// Glyph width in pixels at scale 1.
    static let glyphWidth = 5
    /// Glyph height in pixels at scale 1, descenders included.
    static let glyphHeight = 9
    /// Height of capitals and digits at scale 1.
    static let capHeight = 7
    /// Horizontal advance per character at scale 1.
    static let advance = 6

    /// Width in pixels of `text` drawn at `scale`: `(6n − 1)·scale`, 0 for an empty string.
    static func width(of text: String, scale: Int) -> Int {
        let count = text.unicodeScalars.count
        return count == 0 ? 0 : (count * advance - 1) * scale
    }

    /// The packed rows of one character: 9 rows × 5 bits, row 0 in bits 44…40.
    static func glyph(for scalar: Unicode.Scalar) -> UInt64 {
        let code = Int(scalar.value)
        let index = (32...126).contains(code) ? code - 32 : Int(("?" as Unicode.Scalar).value) - 32
        return table[index]
    }

    /// Whether pixel (`column`, `row`) of a glyph is inked; `column` 0…4, `row` 0…8.
    static func isInked(_ glyph: UInt64, column: Int, row: Int) -> Bool {
        let shift = 5 * (glyphHeight - 1 - row) + (glyphWidth - 1 - column)
        return (glyph >> UInt64(shift)) & 1 == 1
    }

    /// The ink of `text` at `scale` as a coverage mask of `(6n − 1)·scale × 9·scale` pixels.
    static func mask(for text: String, scale: Int) -> TextMask {
        let scalars = Array(text.unicodeScalars)
        let width = scalars.isEmpty ? 0 : scalars.count * advance - 1
        var mask = TextMask(width: width, height: glyphHeight)
        for (position, scalar) in scalars.enumerated() {
            let glyph = glyph(for: scalar)
            for row in 0..<glyphHeight {
                for column in 0..<glyphWidth where isInked(glyph, column: column, row: row) {
                    mask.bits[row * width + position * advance + column] = 1
                }
            }
        }
        var remaining = max(1, scale)
        while remaining % 2 == 0 {
            mask = mask.scaledByEPX()
            remaining /= 2
        }
        return remaining > 1 ? mask.replicated(by: remaining) : mask
    }

    /// The 95 glyphs for ASCII 32…126, in code order.
    private static let table: [UInt64] = [
        0x000000000000, // space
        0x042108401000, // !
        0x0A5280000000, // double quote
        0x0A57D5F52800, // #
        0x047D1C5F1000, // $
        0x18C888898C00, // %
        0x0C9511593400, // &
        0x042200000000, // quote
        0x022210820800, // (
        0x082084222000, // )
        0x00255D520000, // *
        0x00213E420000, // +
        0x000000031888, // ,
        0x00001C000000, // -
        0x000000063000, // .
        0x000888880000, // /
        0x0E8CEB98B800, // 0
        0x046108423800, // 1
        0x0E8844447C00, // 2
        0x1F110418B800, // 3
        0x0232A5F10800, // 4
        0x1F878218B800, // 5
        0x06443D18B800, // 6
        0x1F0888842000, // 7
        0x0E8C5D18B800, // 8
        0x0E8C5E113000, // 9
        0x006300C60000, // :
        0x006300C61100, // ;
        0x022220820800, // <
        0x0007C1F00000, // =
        0x082082222000, // >
        0x0E8844401000, // ?
        0x0E8DEB783C00, // @
        0x0E8C7F18C400, // A
        0x1E8C7D18F800, // B
        0x0E8C2108B800, // C
        0x1C9463197000, // D
        0x1F843D087C00, // E
        0x1F843D084000, // F
        0x0E8C2F18BC00, // G
        0x118C7F18C400, // H
        0x0E2108423800, // I
        0x071084293000, // J
        0x119531494400, // K
        0x108421087C00, // L
        0x11DD6B18C400, // M
        0x118E6B38C400, // N
        0x0E8C6318B800, // O
        0x1E8C7D084000, // P
        0x0E8C63593400, // Q
        0x1E8C7D494400, // R
        0x0F841C10F800, // S
        0x1F2108421000, // T
        0x118C6318B800, // U
        0x118C63151000, // V
        0x118C6B5AA800, // W
        0x118A88A8C400, // X
        0x118A88421000, // Y
        0x1F0888887C00, // Z
        0x0E4210843800, // [
        0x008208208000, // backslash
        0x0E1084213800, // ]
        0x045440000000, // ^
        0x000000007C00, // _
        0x082080000000, // backtick
        0x000382F8BC00, // a
        0x1087A318F800, // b
        0x0003A108B800, // c
        0x010BE318BC00, // d
        0x0003A3F83800, // e
        0x064A38842000, // f
        0x0003E318BC2E, // g
        0x1085B318C400, // h
        0x040308423800, // i
        0x020184210A4C, // j
        0x1084A98A4800, // k
        0x0C2108423800, // l
        0x0006AB5AD400, // m
        0x0005B318C400, // n
        0x0003A318B800, // o
        0x0007A318FA10, // p
        0x0003E318BC21, // q
        0x0005B3084000, // r
        0x0003E0E0F800, // s
        0x084710849800, // t
        0x00046319B400, // u
        0x000463151000, // v
        0x0004635AA800, // w
        0x000454454400, // x
        0x00046318BC2E, // y
        0x0007C4447C00, // z
        0x022110420800, // {
        0x042108421000, // |
        0x082104422000, // }
        0x00022A200000, // ~
    ]
}
