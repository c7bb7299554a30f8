import Foundation

/// A counter-based SplitMix64 stream: draw `k` (k = 0, 1, 2, ...) is
///
///     z = seed + (k + 1)·γ            (mod 2⁶⁴, γ = 0x9E3779B97F4A7C15)
///     z = (z ^ (z >> 30))·0xBF58476D1CE4E5B9
///     z = (z ^ (z >> 27))·0x94D049BB133111EB
///     z =  z ^ (z >> 31)
///
/// It is the portable stream of the reference data generators, so the same seed gives the same
/// uniforms, permutations and (to about one ulp) normals here as there.
public struct SeededRandom: Sendable {
    /// The stream's seed.
    public let seed: UInt64
    /// How many 64-bit draws have been taken so far.
    public private(set) var counter: UInt64 = 0

    private static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A stream seeded with `seed`.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// A stream for a signed seed, taken modulo 2⁶⁴ as the reference does.
    public init(seed: Int) {
        self.seed = UInt64(bitPattern: Int64(seed))
    }

    /// The next raw 64-bit draw.
    public mutating func next() -> UInt64 {
        counter &+= 1
        var z = seed &+ counter &* Self.gamma
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1): `(z >> 11)·2⁻⁵³`.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in [low, high): `low + (high − low)·u`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// `n` uniforms in [low, high).
    public mutating func uniforms(_ n: Int, low: Double = 0, high: Double = 1) -> [Double] {
        (0..<n).map { _ in uniform(low, high) }
    }

    /// `n` normals N(0, scale²) by Box–Muller on pairs of draws (u₁, u₂):
    /// r = √(−2 ln(1 − u₁)), t = 2πu₂, emitting r·cos t then r·sin t; an odd `n` drops the last sine.
    public mutating func normals(_ n: Int, scale: Double = 1) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(n + 1)
        while out.count < n {
            let (cosine, sine) = normalPair()
            out.append(cosine * scale)
            out.append(sine * scale)
        }
        if out.count > n { out.removeLast() }
        return out
    }

    /// Adds the draws of `normals(values.count, scale:)` to `values`, element by element, without
    /// making them as an array first (the same draws, the same sums).
    public mutating func addNormals(to values: inout [Double], scale: Double = 1) {
        var i = 0
        while i < values.count {
            let (cosine, sine) = normalPair()
            values[i] += cosine * scale
            if i + 1 < values.count {
                values[i + 1] += sine * scale
            }
            i += 2
        }
    }

    /// One Box–Muller pair (r·cos t, r·sin t) with r = √(−2 ln(1 − u₁)), t = 2πu₂.
    private mutating func normalPair() -> (Double, Double) {
        let u1 = uniform()
        let u2 = uniform()
        let r = (-2.0 * Elementary.log(1.0 - u1)).squareRoot()
        let t = 2.0 * Double.pi * u2
        return (r * cos(t), r * sin(t))
    }

    /// A permutation of 0..<n by the Fisher–Yates walk i = n−1 … 1, j = ⌊u·(i + 1)⌋.
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        shuffle(&p)
        return p
    }

    /// Shuffles `values` in place with the same walk as `permutation(_:)`.
    ///
    /// The draws do not depend on the swaps, so they are taken a block at a time ahead of them:
    /// the same j's in the same order, with the stream's arithmetic free to overlap.
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        let block = 64
        withUnsafeTemporaryAllocation(of: Int.self, capacity: block) { picks in
            values.withUnsafeMutableBufferPointer { values in
                var i = values.count - 1
                while i >= 1 {
                    let count = min(block, i)
                    for t in 0..<count {
                        picks[t] = Int(uniform() * Double(i - t + 1))
                    }
                    for t in 0..<count {
                        values.swapAt(i - t, picks[t])
                    }
                    i -= count
                }
            }
        }
    }

    /// An independent stream derived from this seed for a named purpose (initialisation,
    /// shuffling, …), so one kind of draw never shifts another.
    public func derived(_ purpose: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: seed ^ (purpose &* 0xD1B5_4A32_D192_ED03))
        return SeededRandom(seed: mixer.next())
    }
}
