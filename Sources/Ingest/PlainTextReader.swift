/// Splits a plain-text or Markdown posting into blocks: one per non-empty line, Markdown
/// `#` headings as headings, list markers and emphasis removed.
enum PlainTextReader {
    static func blocks(_ text: String, markdown: Bool) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            var line = Substring(rawLine.trimmingSpaces())
            guard !line.isEmpty else { continue }
            // Setext underlines and rules: "=====", "-----", "*****".
            if line.allSatisfy({ "=-*_~#".contains($0) }) { continue }
            var role = TextBlock.Role.paragraph
            var emphasized = false
            if markdown, line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                if level <= 6, line.dropFirst(level).first == " " {
                    role = .heading(level)
                    line = line.dropFirst(level).drop(while: { $0 == " " })
                    while line.hasSuffix("#") { line = line.dropLast() }
                }
            }
            if role == .paragraph, let marker = listMarkerLength(line) {
                role = .listItem
                line = line.dropFirst(marker).drop(while: { $0 == " " })
            }
            if markdown {
                let stripped = stripEmphasis(String(line))
                emphasized = stripped.count < line.count && isWhollyBold(line)
                line = Substring(stripLinks(stripped))
            }
            let cleaned = collapseSpaces(line)
            guard !cleaned.isEmpty else { continue }
            blocks.append(TextBlock(text: cleaned, role: role, emphasized: emphasized))
        }
        return blocks
    }

    /// The length of a leading bullet ("- ", "* ", "• ", "1. ", "2) ") or `nil`.
    static func listMarkerLength(_ line: Substring) -> Int? {
        guard let first = line.first else { return nil }
        if "-*+•·◦▪–".contains(first), line.dropFirst().first == " " { return 2 }
        let digits = line.prefix(while: \.isNumber).count
        if digits > 0, digits <= 3 {
            let after = line.dropFirst(digits)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " { return digits + 2 }
        }
        return nil
    }

    private static func isWhollyBold(_ line: Substring) -> Bool {
        (line.hasPrefix("**") && line.hasSuffix("**")) || (line.hasPrefix("__") && line.hasSuffix("__"))
    }

    private static func stripEmphasis(_ line: String) -> String {
        var out = line
        for marker in ["**", "__", "`"] { out = out.replacing(marker, with: "") }
        return out
    }

    /// `[text](url)` becomes `text`.
    private static func stripLinks(_ line: String) -> String {
        guard line.contains("](") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"),
                  rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                  let paren = rest[close...].firstIndex(of: ")")
            else { break }
            out += rest[..<open]
            out += rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: paren)...]
        }
        return out + rest
    }

    private static func collapseSpaces(_ line: some StringProtocol) -> String {
        var out = ""
        var space = false
        for character in line {
            if character.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(character)
        }
        return out
    }
}
