/// Text from files made safe to print on a terminal.
///
/// A control character (U+0000…U+001F except tab and line feed, U+007F, and the C1 range
/// U+0080…U+009F) could move the cursor, retitle the window or hide text; ``shown(_:)`` writes
/// each as `\xNN` instead, so `ESC` appears as the four characters `\x1b`.
public enum TextSafety {
    /// `text` with every control character but tab written as `\xNN`; line feeds too when
    /// `keepLineFeeds` is false.
    public static func shown(_ text: String, keepLineFeeds: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepLineFeeds: keepLineFeeds) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar, keepLineFeeds: keepLineFeeds) {
                let hex = String(scalar.value, radix: 16)
                result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` made safe for a terminal, but keeping colour escapes (`ESC [` digits and `;` `m`),
    /// which change only colours: for pictures and diagnostics nnb colours itself.
    public static func keepingColors(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepLineFeeds: true) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let end = colorEscapeEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if isControl(scalar, keepLineFeeds: true) {
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// Whether `text` has a control character (line feeds and tabs included, as in a name).
    public static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\t" || isControl($0, keepLineFeeds: false) }
    }

    private static func isControl(_ scalar: Unicode.Scalar, keepLineFeeds: Bool) -> Bool {
        let value = scalar.value
        if value == 0x09 || (keepLineFeeds && value == 0x0A) { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// The index of the `m` ending a colour escape that starts at `start`, if it is one.
    private static func colorEscapeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, index - start < 64 {
            let scalar = scalars[index]
            if scalar == "m" { return index }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index += 1
        }
        return nil
    }
}
