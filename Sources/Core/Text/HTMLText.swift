/// Escaping text for HTML, for the report and the recruiters' page alike.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and
    /// in quoted attribute values.
    public static func escape(_ text: String) -> String {
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
