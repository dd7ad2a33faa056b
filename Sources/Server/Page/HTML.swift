import Core

/// Escaping for everything the page shows: a requisition holding `<script>` shows it as text.
enum HTML {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// `text`, escaped, with every case-insensitive occurrence of a phrase wrapped in `<mark>`.
    static func highlight(_ text: String, phrases: [String]) -> String {
        let lower = text.lowercased()
        guard lower.count == text.count else { return escape(text) }
        var marked = Array(repeating: false, count: text.count)
        let characters = Array(lower)
        for phrase in phrases.map({ Array($0.lowercased()) }) where phrase.count >= 3 {
            var start = 0
            while start + phrase.count <= characters.count {
                if characters[start] == phrase[0], Array(characters[start..<(start + phrase.count)]) == phrase,
                   start == 0 || !characters[start - 1].isLetter,
                   start + phrase.count == characters.count || !characters[start + phrase.count].isLetter {
                    for i in start..<(start + phrase.count) { marked[i] = true }
                    start += phrase.count
                } else {
                    start += 1
                }
            }
        }
        var out = "", inMark = false
        for (index, character) in text.enumerated() {
            if marked[index] != inMark {
                out += marked[index] ? "<mark>" : "</mark>"
                inMark = marked[index]
            }
            out += escape(String(character))
        }
        return inMark ? out + "</mark>" : out
    }
}
