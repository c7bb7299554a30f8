import Foundation

/// How numbers are written in output.
public enum NumberText {
    /// Four decimals, as in metrics lines: `0.1834`.
    public static func fixed4(_ value: Double) -> String {
        fixed(value, digits: 4)
    }

    /// `digits` decimals; NaN and infinities spelled `nan`, `inf`, `-inf`.
    /// Formatted by the C library's `%.*f` (correctly rounded, like printf), without
    /// Foundation's format machinery, which costs microseconds per number in metrics lines;
    /// a negative value that rounds to zero prints without its sign.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var buffer = [CChar](repeating: 0, count: 352)
        let length = withVaList([Int32(max(0, min(digits, 30))), value]) { arguments in
            vsnprintf(&buffer, buffer.count, "%.*f", arguments)
        }
        let text = String(decoding: buffer.prefix(Int(max(0, length))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("-") && text.allSatisfy({ $0 == "-" || $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// The shortest text that reads back to the same Double: `0.1`, `200`, `1e-08`.
    public static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)".replacingOccurrences(of: "e-0", with: "e-").replacingOccurrences(of: "e+0", with: "e+")
    }

    /// A value for tables of weights: fixed with `digits` decimals, right-aligned to `width`.
    public static func padded(_ value: Double, digits: Int, width: Int) -> String {
        pad(fixed(value, digits: digits), width)
    }

    /// `text` right-aligned in `width` columns.
    public static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// `text` left-aligned in `width` columns.
    public static func padRight(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
