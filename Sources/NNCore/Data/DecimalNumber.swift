/// Exact reading of plain decimal numbers from bytes, the quick path of CSV loading.
///
/// `value(of:)` reads `[spaces] [+|-] digits [. digits] [(e|E) [+|-] digits] [spaces]` with at
/// most 19 significant digits and a decimal exponent within ±27 of them, and gives the double
/// nearest the decimal value (ties to even), bit for bit what `Double(String)` gives. Anything
/// else (hexadecimal, `inf`, `nan`, longer mantissas, far exponents, other text) is nil, left to
/// `Double(String)`.
enum DecimalNumber {
    /// 5⁰ … 5²⁷, every power of five that fits in 64 bits.
    private static let powersOfFive: [UInt64] = (0...27).reduce(into: []) { powers, k in
        powers.append(k == 0 ? 1 : powers[k - 1] * 5)
    }

    /// The double nearest the plain decimal number in `bytes` (spaces and tabs around it
    /// ignored), or nil when it is not one this quick path reads.
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let base = bytes.baseAddress else { return nil }
        var i = 0, end = bytes.count
        while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 }
        while end > i, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
        guard i < end else { return nil }
        let negative = base[i] == UInt8(ascii: "-")
        if negative || base[i] == UInt8(ascii: "+") { i += 1 }
        var mantissa: UInt64 = 0
        let integerStart = i
        readDigits(base, &i, end, into: &mantissa)
        let integerDigits = i - integerStart
        var fractionDigits = 0
        if i < end, base[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            readDigits(base, &i, end, into: &mantissa)
            fractionDigits = i - fractionStart
        }
        let digits = integerDigits + fractionDigits
        // Leading zeros add nothing to the mantissa; past 19 digits, count the significant ones.
        if digits > 19, significantDigits(base + integerStart, integerDigits, fractionDigits) > 19 {
            return nil
        }
        var exponent = -fractionDigits
        guard digits > 0 else { return nil }
        if i < end {
            guard base[i] | 0x20 == UInt8(ascii: "e"), i + 1 < end else { return nil }
            i += 1
            let negativeExponent = base[i] == UInt8(ascii: "-")
            if negativeExponent || base[i] == UInt8(ascii: "+") { i += 1 }
            guard i < end else { return nil }
            var written = 0
            while i < end {
                let digit = base[i] &- 0x30
                guard digit < 10, written < 1000 else { return nil }
                written = written * 10 + Int(digit)
                i += 1
            }
            exponent += negativeExponent ? -written : written
        }
        let magnitude: Double
        if mantissa == 0 {
            magnitude = 0
        } else if exponent == 0 {
            magnitude = Double(mantissa)
        } else if exponent > 0 {
            guard exponent <= 27 else { return nil }
            magnitude = scaledUp(mantissa, exponent)
        } else {
            guard exponent >= -27 else { return nil }
            magnitude = scaledDown(mantissa, -exponent)
        }
        return negative ? -magnitude : magnitude
    }

    /// Reads the run of digits from `i` (up to `end`) into `mantissa` as m·10 + d per digit
    /// (wrapping past 64 bits; the caller counts digits), eight at a time where it can; leaves
    /// `i` at the first byte that is not a digit.
    @inline(__always)
    private static func readDigits(_ base: UnsafePointer<UInt8>, _ i: inout Int, _ end: Int, into mantissa: inout UInt64) {
        while i + 8 <= end, let eight = eightDigits(base + i) {
            mantissa = mantissa &* 100_000_000 &+ eight
            i += 8
        }
        while i < end, base[i] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(base[i] &- 0x30)
            i += 1
        }
    }

    /// The value of the eight ASCII digits at `p` (the first the most significant), or nil when
    /// any of the eight bytes is not a digit. Read as one little-endian word: every byte is a
    /// digit when its high nibble is 3 and adding 6 leaves it there; then neighbouring digits
    /// pair up as 10·a + b in 16-bit lanes, the pairs as 100·ab + cd in 32-bit lanes, and the
    /// two halves as 10⁴·abcd + efgh. The result is the same as eight steps of m·10 + d.
    @inline(__always)
    static func eightDigits(_ p: UnsafePointer<UInt8>) -> UInt64? {
        let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        let highNibbles = word & 0xF0F0_F0F0_F0F0_F0F0
        let nudged = (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0
        guard highNibbles | (nudged >> 4) == 0x3333_3333_3333_3333 else { return nil }
        let digits = word &- 0x3030_3030_3030_3030
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = (pairs &* 100 &+ (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return (quads & 0xFFFF) &* 10_000 &+ (quads >> 32)
    }

    /// The digits of `integerDigits` digits, a point and `fractionDigits` digits at `start`,
    /// leading zeros not counted.
    private static func significantDigits(_ start: UnsafePointer<UInt8>, _ integerDigits: Int, _ fractionDigits: Int) -> Int {
        var zeros = 0
        while zeros < integerDigits, start[zeros] == 0x30 { zeros += 1 }
        if zeros == integerDigits {
            var fractionZeros = 0
            while fractionZeros < fractionDigits, start[integerDigits + 1 + fractionZeros] == 0x30 { fractionZeros += 1 }
            zeros += fractionZeros
        }
        return integerDigits + fractionDigits - zeros
    }

    /// 2^n for the exponents the scaling here uses (well inside the normal range).
    private static func powerOfTwo(_ n: Int) -> Double {
        Double(bitPattern: UInt64(1023 + n) << 52)
    }

    /// `mantissa · 10^k` rounded once: the exact 128-bit product `mantissa · 5^k`, then `· 2^k`.
    private static func scaledUp(_ mantissa: UInt64, _ k: Int) -> Double {
        let (high, low) = mantissa.multipliedFullWidth(by: powersOfFive[k])
        guard high != 0 else { return Double(low) * powerOfTwo(k) }
        let shift = high.leadingZeroBitCount
        var top = shift == 0 ? high : high << shift | low >> (64 - shift)
        if low << shift != 0 { top |= 1 }
        return Double(top) * powerOfTwo(k + 64 - shift)
    }

    #if arch(x86_64)
    /// 10⁻⁰ … 10⁻²⁷ rounded to 80-bit floating point (each the correctly rounded quotient of
    /// exact operands: 1 over 5^k · 2^k).
    private static let reciprocalPowersOfTen80: [Float80] = (0...27).map {
        1 / (Float80(powersOfFive[$0]) * Float80(sign: .plus, exponent: $0, significand: 1))
    }
    #endif

    /// `mantissa / 10^k` rounded once. On x86-64 first as the 80-bit product mantissa · 10⁻ᵏ:
    /// the reciprocal and the product each round once, so the product lies within 2 units of
    /// its 64-bit significand's last place of the exact quotient; unless its low 11 bits are
    /// within 3 units of a halfway point between doubles (0x400), the exact quotient rounds to
    /// the same double as the product. Otherwise, and on other processors, `mantissa · 2^t / 5^k`
    /// as a 63- or 64-bit integer quotient with any remainder kept as a sticky low bit, then
    /// `· 2^(−t−k)`.
    private static func scaledDown(_ mantissa: UInt64, _ k: Int) -> Double {
        #if arch(x86_64)
        let product80 = Float80(mantissa) * reciprocalPowersOfTen80[k]
        let low = Int(product80.significandBitPattern & 0x7FF)
        if abs(low - 0x400) > 3 {
            return Double(product80)
        }
        #endif
        let divisor = powersOfFive[k]
        let shift = 63 - (64 - mantissa.leadingZeroBitCount) + (64 - divisor.leadingZeroBitCount)
        let dividend = shift >= 64 ? (high: mantissa << (shift - 64), low: UInt64(0))
            : (high: mantissa >> (64 - shift), low: mantissa << shift)
        var (quotient, remainder) = divisor.dividingFullWidth(dividend)
        if remainder != 0 { quotient |= 1 }
        return Double(quotient) * powerOfTwo(-shift - k)
    }
}
