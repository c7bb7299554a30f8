/// eˣ, ln x and tanh x on eight Floats at once: the only Float versions nnb uses (a single
/// Float goes through lane 0), so a value has the same bits whichever pass computes it, on every
/// processor; the C library's versions differ between processors and platforms. Eight lanes are
/// also faster in the sigmoid, softmax and cross-entropy passes than a call per element.
///
/// eˣ and ln x use the classic Cephes reductions and minimax polynomials (within 2 ulp of the
/// exact value over the ranges used here), evaluated with fused multiply-adds:
/// - eˣ = 2ⁿ·eʳ with n = round(x·log₂e) and r = x − n·ln 2 (ln 2 split in two parts), eʳ by a
///   degree-6 polynomial; x is first clamped to [−87.3, 88.3] so 2ⁿ stays a normal Float;
/// - ln x = e·ln 2 + ln m with x = m·2ᵉ, m in [√½, √2), ln m by a degree-9 polynomial in m − 1;
/// - tanh x = ±(1 − 2/(e²ˣ + 1)) for |x| ≥ 0.625, else E/(E + 2) with E = e²ˣ − 1 by its Taylor
///   polynomial of degree 12 (where the first form would cancel; the quotient corrected once for
///   the roundings of E + 2 and of the division).
enum VectorMath {
    typealias Floats = SIMD8<Float>
    typealias Integers = SIMD8<Int32>
    static let roundingShift = Floats(repeating: 12_582_912)

    /// One Horner step with one rounding: c + y·x.
    @inline(__always)
    static func horner(_ y: Floats, _ x: Floats, _ c: Float) -> Floats {
        Floats(repeating: c).addingProduct(y, x)
    }

    /// eˣ for each lane.
    @inline(__always)
    static func exp(_ value: Floats) -> Floats {
        let low = Floats(repeating: -87.3), high = Floats(repeating: 88.3)
        let x0 = value.replacing(with: low, where: value .< low).replacing(with: high, where: value .> high)
        // Adding 1.5·2²³ rounds to an integer (to nearest, ties to even) and leaves it in the low
        // mantissa bits, so n is had as a Float and as an Int32 without a per-lane conversion.
        let shifted = x0 * 1.44269504088896341 + roundingShift
        let n = shifted - roundingShift
        let x = x0.addingProduct(n, Floats(repeating: -0.693359375)).addingProduct(n, Floats(repeating: 2.12194440e-4))
        let z = x * x
        var y = Floats(repeating: 1.9875691500e-4)
        y = horner(y, x, 1.3981999507e-3)
        y = horner(y, x, 8.3334519073e-3)
        y = horner(y, x, 4.1665795894e-2)
        y = horner(y, x, 1.6666665459e-1)
        y = horner(y, x, 5.0000001201e-1)
        y = (x + 1).addingProduct(y, z)
        let whole = unsafeBitCast(shifted, to: Integers.self) &- unsafeBitCast(roundingShift, to: Integers.self)
        let exponent = (whole &+ 127) &<< 23
        return y * unsafeBitCast(exponent, to: Floats.self)
    }

    /// ln x for each lane of positive, finite x.
    @inline(__always)
    static func log(_ value: Floats) -> Floats {
        let bits = unsafeBitCast(value, to: Integers.self)
        // The biased exponent (0…255) becomes a Float through the same shift: 2²³ + e has e in
        // its low mantissa bits.
        let biased = unsafeBitCast(((bits &>> 23) & 0xFF) | 0x4B00_0000, to: Floats.self) - 8_388_608
        var exponent = biased - 126
        var m = unsafeBitCast((bits & 0x007F_FFFF) | 0x3F00_0000, to: Floats.self)
        let small = m .< 0.707106781186547524
        exponent = exponent.replacing(with: exponent - 1, where: small)
        m = m.replacing(with: m + m, where: small)
        let x = m - 1
        let z = x * x
        var y = Floats(repeating: 7.0376836292e-2)
        y = horner(y, x, -1.1514610310e-1)
        y = horner(y, x, 1.1676998740e-1)
        y = horner(y, x, -1.2420140846e-1)
        y = horner(y, x, 1.4249322787e-1)
        y = horner(y, x, -1.6668057665e-1)
        y = horner(y, x, 2.0000714765e-1)
        y = horner(y, x, -2.4999993993e-1)
        y = horner(y, x, 3.3333331174e-1)
        y = y * x * z
        y = y.addingProduct(exponent, Floats(repeating: -2.12194440e-4))
        y = y.addingProduct(z, Floats(repeating: -0.5))
        return (x + y).addingProduct(exponent, Floats(repeating: 0.693359375))
    }

    /// tanh x for each lane.
    @inline(__always)
    static func tanh(_ value: Floats) -> Floats {
        let size = value.replacing(with: -value, where: value .< 0)
        let far = 1 - 2 / (exp(size + size) + 1)
        let y = size + size
        var p = Floats(repeating: 1 / 479_001_600)
        var factorial: Float = 479_001_600
        for n in stride(from: Float(12), to: 2, by: -1) {
            factorial /= n
            p = Floats(repeating: 1 / factorial).addingProduct(p, y)
        }
        let e = y.addingProduct(y, y * p)
        let d = e + 2
        let lost = e - (d - 2)
        let q = e / d
        let near = q + (e.addingProduct(-q, d) - q * lost) / d
        let t = far.replacing(with: near, where: size .< 0.625)
        return t.replacing(with: -t, where: value .< 0)
    }

    /// Eight lanes from `p` on, or the `count` < 8 that remain with the other lanes zero.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, count: Int) -> Floats {
        if count >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: Floats.self) }
        var v = Floats()
        for i in 0..<count { v[i] = p[i] }
        return v
    }

    /// Writes the first `count` (at most 8) lanes of `v` from `p` on.
    @inline(__always)
    static func store(_ v: Floats, _ p: UnsafeMutablePointer<Float>, count: Int) {
        if count >= 8 {
            UnsafeMutableRawPointer(p).storeBytes(of: v, as: Floats.self)
        } else {
            for i in 0..<count { p[i] = v[i] }
        }
    }

    /// output[i] = f(input[i]) for `count` elements, eight at a time (the last group padded).
    @inline(__always)
    static func map(_ count: Int, _ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                    _ f: (Floats) -> Floats) {
        var i = 0
        while i < count {
            let n = min(8, count - i)
            store(f(load(input + i, count: n)), output + i, count: n)
            i += 8
        }
    }

    /// σ(z) = 1/(1 + e⁻ᶻ) for z ≥ 0 and e^z/(1 + e^z) otherwise, from e^−|z|, so nothing overflows.
    @inline(__always)
    static func sigmoid(_ z: Floats) -> Floats {
        let e = exp(z.replacing(with: -z, where: z .> 0))
        let r = 1 / (1 + e)
        return r.replacing(with: e * r, where: z .< 0)
    }
}
