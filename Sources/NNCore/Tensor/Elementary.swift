/// eˣ, ln x, ln(1 + x) and tanh x for Double, in nnb's own arithmetic: the C library's versions
/// differ between processors and platforms in the last bits, so nothing nnb prints may depend on
/// them. Each is a fixed sequence of IEEE operations and fused multiply-adds, within about one
/// ulp of the exact value (the tests hold them against the C library over wide ranges).
///
/// - eˣ = 2ⁿ·eʳ with n = round(x/ln 2), r = x − n·ln 2 (ln 2 in two parts, so r is exact to
///   about 2⁻⁷⁰), |r| ≤ ½ln 2, and eʳ by its Taylor polynomial of degree 14 (the next term is below
///   10⁻¹⁹ of the value);
/// - ln x = e·ln 2 + ln(1 + f) with x = (1 + f)·2ᵉ, 1 + f in [√½, √2); with s = f/(2 + f),
///   ln(1 + f) = 2·artanh s = f − (f²/2 − s·(f²/2 + R)), R = Σₖ 2s²ᵏ/(2k + 1), k = 1…11;
/// - ln(1 + x) = ln u + (x − (u − 1))/u with u = 1 + x rounded (the second term restores what
///   the rounding of u lost);
/// - tanh x = ±(1 − 2/(e²ˣ + 1)) for |x| ≥ 0.55, and E/(E + 2) with E = e²ˣ − 1 by its Taylor
///   polynomial of degree 21 (as y + y·(y·P(y)), y = 2|x|) below, where the first form would cancel (the quotient corrected
///   once for the roundings of E + 2 and of the division).
enum Elementary {
    static let ln2High = 6.93147180369123816490e-01
    static let ln2Low = 1.90821492927058770002e-10
    static let log2e = 1.4426950408889634

    /// 2ⁿ for n in −1022…1023.
    @inline(__always)
    static func power2(_ n: Int) -> Double {
        Double(bitPattern: UInt64(n + 1023) << 52)
    }

    /// eˣ
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893384 { return .infinity }
        if x < -745.2 { return 0 }
        let n = (x * log2e).rounded(.toNearestOrEven)
        let r = x.addingProduct(-n, ln2High).addingProduct(-n, ln2Low)
        var p = 1.0 / 87_178_291_200
        var factorial = 87_178_291_200.0
        for k in stride(from: 14.0, to: 0, by: -1) {
            factorial /= k
            p = (1 / factorial).addingProduct(p, r)
        }
        let whole = Int(n)
        if whole < -1020 { return p * power2(whole + 1000) * power2(-1000) }
        if whole > 1023 { return p * power2(whole - 1) * 2 }
        return p * power2(whole)
    }

    /// ln x (NaN below 0, −∞ at 0).
    static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        var bits = x.bitPattern
        var exponent = Int((bits >> 52) & 0x7FF) - 1023
        if exponent == -1023 {
            bits = (x * 18_014_398_509_481_984).bitPattern
            exponent = Int((bits >> 52) & 0x7FF) - 1023 - 54
        }
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        if m > 1.4142135623730951 {
            m *= 0.5
            exponent += 1
        }
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        var r = 2.0 / 23
        for odd in stride(from: 21.0, through: 3, by: -2) { r = (2 / odd).addingProduct(r, z) }
        r *= z
        let halfSquare = 0.5 * f * f
        let e = Double(exponent)
        let tail = (halfSquare + r) * s
        return e * ln2High + (f - (halfSquare - tail.addingProduct(e, ln2Low)))
    }

    /// ln(1 + x)
    static func log1p(_ x: Double) -> Double {
        let u = 1 + x
        if u == 1 { return x }
        if u == .infinity || u <= 0 { return log(u) }
        return log(u) + (x - (u - 1)) / u
    }

    /// tanh x
    static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let size = abs(x)
        if size > 19.1 { return x < 0 ? -1 : 1 }
        if size >= 0.55 {
            let t = 1 - 2 / (exp(2 * size) + 1)
            return x < 0 ? -t : t
        }
        let y = 2 * size
        var p = 1.0 / 51_090_942_171_709_440_000
        var factorial = 51_090_942_171_709_440_000.0
        for n in stride(from: 21.0, to: 2, by: -1) {
            factorial /= n
            p = (1 / factorial).addingProduct(p, y)
        }
        let t = quotient(y.addingProduct(y, y * p))
        return x < 0 ? -t : t
    }

    /// E/(E + 2) for |E| < 2, with the rounding of E + 2 and of the division corrected once.
    @inline(__always)
    static func quotient(_ e: Double) -> Double {
        let d = 2 + e
        let lost = e - (d - 2)
        let q = e / d
        let residual = e.addingProduct(-q, d) - q * lost
        return q + residual / d
    }
}
