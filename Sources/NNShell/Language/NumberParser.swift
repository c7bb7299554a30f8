/// The number forms of the language: `200`, `0.1`, `.5`, `-2`, `1e-3`.
///
/// Only plain decimal forms are numbers; `inf`, `nan`, hexadecimal and trailing junk are not.
enum NumberParser {
    /// The value of `text` when it is a finite number written in one of the allowed forms.
    static func number(_ text: String) -> Double? {
        guard isNumberForm(text), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The value of `text` when it is a number with no fractional part that fits an `Int`
    /// (`1e9` counts: it is an integer written in exponent form).
    static func integer(_ text: String) -> Int? {
        guard let value = number(text), value == value.rounded(),
              abs(value) <= 9_007_199_254_740_992 else { return nil }
        return Int(value)
    }

    /// Whether `text` has the shape `[+-]digits[.digits][e[+-]digits]` or `[+-].digits[...]`.
    static func isNumberForm(_ text: String) -> Bool {
        var characters = Substring(text)
        if let sign = characters.first, sign == "-" || sign == "+" { characters = characters.dropFirst() }
        let mantissa = characters.prefix { $0 != "e" && $0 != "E" }
        let exponent = characters.dropFirst(mantissa.count)
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, parts.count <= 2 else { return false }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              !(whole.isEmpty && fraction.isEmpty) else { return false }
        if exponent.isEmpty { return true }
        var digits = exponent.dropFirst()
        if let sign = digits.first, sign == "-" || sign == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    /// Whether the character is one of `0`…`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
