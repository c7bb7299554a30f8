/// Text made safe for XML and HTML: `& < > " '` written as entities, so it can stand in element
/// text and in quoted attributes (SVG here, the notebook report in the shell).
public enum MarkupText {
    /// `text` with its markup characters escaped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
