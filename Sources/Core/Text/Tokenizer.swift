/// Splits posting text into the words the role model counts.
///
/// Case is folded (Unicode-aware). Words keep the characters that make this field's terms
/// whole: `c#`, `c++`, `.net`, `security+`, `oauth2`, `sc-300`, `2fa`, `ci/cd`, `s/4hana`,
/// `iso/iec`, `802.1x`: a `-`, `/` or `.` between two letters or digits stays inside the word,
/// and `+` or `#` at a word's end stays on it. Stop words are dropped; numbers are kept only
/// when they carry letters or field meaning (`27001`, `800-53`), not plain counts and years.
public struct Tokenizer: Sendable {
    /// English function words that carry no role signal.
    public static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
        "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
        "ours", "out", "over", "own", "per", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t", "ll", "re",
        "ve", "d", "m",
    ]

    public init() {}

    /// The words of `text`, in order.
    /// - Complexity: O(n) in the characters of `text`.
    public func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        func flush() {
            while let last = current.last, last == "." || last == "-" || last == "/" { current.removeLast() }
            if !current.isEmpty, keep(current) { words.append(current) }
            current = ""
        }
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                if current.isEmpty, index > 0, characters[index - 1] == ".", character.isLetter,
                   index < 2 || !(characters[index - 2].isLetter || characters[index - 2].isNumber) {
                    current = "."  // ".net"
                }
                current.append(character)
            } else if (character == "+" || character == "#"), !current.isEmpty, current.last != "." {
                current.append(character)  // "c#", "c++", "security+"
            } else if "-/.".contains(character), !current.isEmpty, current.last!.isLetter || current.last!.isNumber,
                      index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1].isNumber {
                current.append(character)  // "sc-300", "ci/cd", "802.1x"
            } else if character == "'" || character == "\u{2019}" {
                flush()  // "okta's" → "okta" (the "s" is a stop word)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Plain numbers (counts, salaries, years) say nothing about a role; numbers joined to
    /// letters or standards' punctuation (`sc-300`, `800-53`) and standards' numbers do.
    private func keep(_ word: String) -> Bool {
        if Self.stopWords.contains(word) { return false }
        if word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            return word.count == 5 && word.hasPrefix("2700")  // ISO 27001 / 27002
        }
        return word.count > 1 || word == "c" || word == "r"
    }
}
