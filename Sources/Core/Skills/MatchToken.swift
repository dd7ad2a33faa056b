/// A word of text as the skill matcher sees it: letters and digits, with `+` and `#` kept on
/// the end of a word (`Security+`, `C#`) and a leading `.` kept before letters (`.NET`);
/// every other character separates words.
struct MatchToken: Sendable, Hashable {
    /// As written.
    var original: Substring
    /// Lowercased.
    var folded: String
    /// The index of the line the token stands on.
    var line: Int

    /// The tokens of `text`, with line numbers counted from `firstLine`.
    /// - Complexity: O(n) in the characters of `text`.
    static func tokenize(_ text: String, firstLine: Int = 0) -> [MatchToken] {
        var tokens: [MatchToken] = []
        var line = firstLine
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter || character.isNumber else {
                if character.isNewline { line += 1 }
                index = text.index(after: index)
                continue
            }
            var begin = index
            // A leading '.' glued to letters: ".NET" (but not "2.0" or the end of a sentence).
            if character.isLetter, index > text.startIndex {
                let dot = text.index(before: index)
                if text[dot] == "." {
                    let beforeDot = dot > text.startIndex ? text[text.index(before: dot)] : " "
                    if !(beforeDot.isLetter || beforeDot.isNumber) { begin = dot }
                }
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            // Keep '+' and '#' that end a word: "Security+", "C#", "C++".
            while end < text.endIndex, text[end] == "+" || text[end] == "#" { end = text.index(after: end) }
            let original = text[begin..<end]
            tokens.append(MatchToken(original: original, folded: original.lowercased(), line: line))
            index = end
        }
        return tokens
    }
}
