/// Exact reading of plain decimal numbers from bytes, the quick path of CSV loading.
///
/// `value(of:)` reads `[spaces] [+|-] digits [. digits] [(e|E) [+|-] digits] [spaces]` with at
/// most 19 significant digits and a decimal exponent within ±27 of them, and gives the double
/// nearest the decimal value (ties to even), bit for bit what `Double(String)` gives. Anything
/// else (hexadecimal, `inf`, `nan`, longer mantissas, far exponents, other text) is nil, left to
/// `Double(String)`. `prefix(_:count:)` reads the same form, without spaces, from the start of
/// longer text.
enum DecimalNumber {
    /// 5⁰ … 5²⁷, every power of five that fits in 64 bits. (Written out, as the next table is,
    /// so that they are constant data rather than computed on first use.)
    static let powersOfFive: [UInt64] = [
        1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125,
        6103515625, 30517578125, 152587890625, 762939453125, 3814697265625, 19073486328125, 95367431640625,
        476837158203125, 2384185791015625, 11920928955078125, 59604644775390625, 298023223876953125,
        1490116119384765625, 7450580596923828125,
    ]

    /// For each k in 1…27, ⌊2^(63 + b) / 5^k⌋ where b is the bit length of 5^k: 5⁻ᵏ scaled into
    /// [2⁶³, 2⁶⁴) and rounded down, so it is below the exact scaled value by less than 1.
    /// (Entry 0, for 5⁰ = 1, is 2⁶³.)
    static let reciprocalsOfFive: [UInt64] = [
        0x8000_0000_0000_0000, 0xCCCC_CCCC_CCCC_CCCC, 0xA3D7_0A3D_70A3_D70A, 0x8312_6E97_8D4F_DF3B,
        0xD1B7_1758_E219_652B, 0xA7C5_AC47_1B47_8423, 0x8637_BD05_AF6C_69B5, 0xD6BF_94D5_E57A_42BC,
        0xABCC_7711_8461_CEFC, 0x8970_5F41_36B4_A597, 0xDBE6_FECE_BDED_D5BE, 0xAFEB_FF0B_CB24_AAFE,
        0x8CBC_CC09_6F50_88CB, 0xE12E_1342_4BB4_0E13, 0xB424_DC35_095C_D80F, 0x901D_7CF7_3AB0_ACD9,
        0xE695_94BE_C44D_E15B, 0xB877_AA32_36A4_B449, 0x9392_EE8E_921D_5D07, 0xEC1E_4A7D_B695_61A5,
        0xBCE5_0864_9211_1AEA, 0x971D_A050_74DA_7BEE, 0xF1C9_0080_BAF7_2CB1, 0xC16D_9A00_9592_8A27,
        0x9ABE_14CD_4475_3B52, 0xF796_87AE_D3EE_C551, 0xC612_0625_7658_9DDA, 0x9E74_D1B7_91E0_7E48,
    ]

    /// The double nearest the plain decimal number in `bytes` (spaces and tabs around it
    /// ignored), or nil when it is not one this quick path reads.
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let base = bytes.baseAddress else { return nil }
        var start = 0, end = bytes.count
        while start < end, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
        while end > start, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
        guard let (value, length) = prefix(base + start, count: end - start), length == end - start else { return nil }
        return value
    }

    /// The plain decimal number `[+|-] digits [. digits] [(e|E) [+|-] digits]` that the `count`
    /// bytes at `start` begin with (no spaces), read as `value(of:)` reads it, and how many bytes
    /// it takes; nil when they do not begin with one this quick path reads (or an exponent
    /// marker follows the digits without an exponent).
    @inline(__always)
    static func prefix(_ start: UnsafePointer<UInt8>, count end: Int) -> (value: Double, length: Int)? {
        guard end > 0 else { return nil }
        // The sign is read without branching on it (a branch mispredicts on half of all numbers).
        let negative = start[0] == UInt8(ascii: "-")
        var i = negative || start[0] == UInt8(ascii: "+") ? 1 : 0
        var mantissa: UInt64 = 0
        let integerStart = i
        readDigits(start, &i, end, into: &mantissa)
        let integerDigits = i - integerStart
        var fractionDigits = 0
        if i < end, start[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            readDigits(start, &i, end, into: &mantissa)
            fractionDigits = i - fractionStart
        }
        let digits = integerDigits + fractionDigits
        guard digits > 0 else { return nil }
        // Leading zeros add nothing to the mantissa; past 19 digits, count the significant ones.
        if digits > 19, significantDigits(start + integerStart, integerDigits, fractionDigits) > 19 {
            return nil
        }
        var exponent = -fractionDigits
        if i < end, start[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            let negativeExponent = i < end && start[i] == UInt8(ascii: "-")
            if i < end, negativeExponent || start[i] == UInt8(ascii: "+") { i += 1 }
            let exponentStart = i
            var written = 0
            while i < end, start[i] &- 0x30 < 10 {
                guard written < 1000 else { return nil }
                written = written * 10 + Int(start[i] &- 0x30)
                i += 1
            }
            guard i > exponentStart else { return nil }
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
        return (Double(bitPattern: magnitude.bitPattern | UInt64(negative ? 1 : 0) << 63), i)
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

    /// `mantissa / 10^k` rounded once (k in 1…27). First from the 128-bit product of the
    /// mantissa shifted up to 64 bits, w, and `reciprocalsOfFive[k]`: the exact w · 2^(63+b) / 5^k
    /// lies below that product plus w < 2⁶⁴, so its top word `high` is the exact quotient's
    /// integer part or one less. Unless the bits of `high` below the double's last place are
    /// halfway or one short of it, no rounding boundary lies between the two, and `high` rounds
    /// to the same double as the exact quotient. Otherwise `dividedExactly`.
    @inline(__always)
    private static func scaledDown(_ mantissa: UInt64, _ k: Int) -> Double {
        let divisorBits = 64 - powersOfFive[k].leadingZeroBitCount
        let normalizing = mantissa.leadingZeroBitCount
        let high = (mantissa << normalizing).multipliedFullWidth(by: reciprocalsOfFive[k]).high
        let belowLastPlace: UInt64 = high >> 63 == 1 ? 0x7FF : 0x3FF
        let halfway = (belowLastPlace + 1) >> 1
        let rest = high & belowLastPlace
        if rest != halfway, rest != halfway - 1 {
            return Double(high) * powerOfTwo(1 - normalizing - k - divisorBits)
        }
        return dividedExactly(mantissa, k)
    }

    /// `mantissa / 10^k` rounded once, the slow way: `mantissa · 2^t / 5^k` as a 63- or 64-bit
    /// integer quotient with any remainder kept as a sticky low bit, then `· 2^(−t−k)`.
    @inline(never)
    private static func dividedExactly(_ mantissa: UInt64, _ k: Int) -> Double {
        let shift = 63 - (64 - mantissa.leadingZeroBitCount) + (64 - powersOfFive[k].leadingZeroBitCount)
        let dividend = shift >= 64 ? (high: mantissa << (shift - 64), low: UInt64(0))
            : (high: mantissa >> (64 - shift), low: mantissa << shift)
        var (quotient, remainder) = powersOfFive[k].dividingFullWidth(dividend)
        if remainder != 0 { quotient |= 1 }
        return Double(quotient) * powerOfTwo(-shift - k)
    }
}
