import Foundation

/// How numbers are written in output.
enum NumberFormat {
    /// Four decimals, as in metrics lines: `0.1834`.
    static func fixed4(_ value: Double) -> String {
        fixed(value, digits: 4)
    }

    /// `digits` decimals; NaN and infinities spelled `nan`, `inf`, `-inf`.
    /// Correctly rounded (to nearest, ties to even, like printf's `%.*f`), written here because
    /// Foundation's and C's formatting machinery cost microseconds per number in metrics lines.
    /// A negative value that rounds to zero prints without its sign.
    static func fixed(_ value: Double, digits: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, digits: digits, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``fixed(_:digits:)`` appended to `bytes` as UTF-8, without making a string.
    static func appendFixed(_ value: Double, digits: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes += (value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")).utf8
            return
        }
        let places = max(0, min(digits, 9))
        guard abs(value) < 1e15 else {
            bytes += String(format: "%.\(places)f", value).utf8
            return
        }
        var scale: UInt128 = 1
        for _ in 0..<places { scale *= 10 }
        // |value| = significand · 2^exponent exactly; scaled by 10^places it fits in 128 bits.
        let significand = UInt128(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        let exponent = (value.isNormal ? Int(value.exponentBitPattern) : 1) - 1075
        let product = significand * scale
        var units: UInt128
        if exponent >= 0 {
            units = product << exponent
        } else if exponent > -120 {
            let shift = -exponent
            units = product >> shift
            let remainder = product & ((1 << shift) - 1)
            let half: UInt128 = 1 << (shift - 1)
            if remainder > half || (remainder == half && units & 1 == 1) { units += 1 }
        } else {
            units = 0
        }
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        // Metrics fit in 64 bits, whose digits are written here; larger values through String.
        guard let small = UInt64(exactly: units) else {
            var text = String(units)
            if places > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -places)) }
            bytes += text.utf8
            return
        }
        // Digits from the last, at least places + 1 of them (leading zeros before the point),
        // then turned around and the point put in.
        let start = bytes.count
        var rest = small
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0 || bytes.count - start <= places
        bytes[start...].reverse()
        if places > 0 { bytes.insert(UInt8(ascii: "."), at: bytes.count - places) }
    }

    /// The shortest text that reads back to the same Double: `0.1`, `200`, `1e-08`.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == value.rounded(), abs(value) < 9.2e18 { return String(Int(value)) }
        return "\(value)".replacingOccurrences(of: "e-0", with: "e-").replacingOccurrences(of: "e+0", with: "e+")
    }

    /// A value for tables of weights: fixed with `digits` decimals, right-aligned to `width`.
    static func padded(_ value: Double, digits: Int, width: Int) -> String {
        pad(fixed(value, digits: digits), width)
    }

    /// `1 point`, `3 points`, `1 class`, `2 classes`: a count with its noun.
    static func count(_ n: Int, _ noun: String) -> String {
        guard n != 1 else { return "1 \(noun)" }
        return "\(n) " + noun + (noun.hasSuffix("s") ? "es" : "s")
    }

    /// `text` right-aligned in `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// `text` left-aligned in `width` columns.
    static func padRight(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
