/// A list of phrases matched on whole lowercased words ("nice to have", "end users").
struct PhraseList: Sendable {
    private let phrases: [[String]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { MatchToken.tokenize($0).map(\.folded) }.filter { !$0.isEmpty }
    }

    /// How many times any phrase occurs in `words`.
    func count(in words: ArraySlice<String>) -> Int {
        var total = 0
        for start in words.indices {
            for phrase in phrases where start + phrase.count <= words.endIndex {
                if words[start..<(start + phrase.count)].elementsEqual(phrase) { total += 1 }
            }
        }
        return total
    }

    func occurs(in words: ArraySlice<String>) -> Bool {
        for start in words.indices {
            for phrase in phrases where start + phrase.count <= words.endIndex {
                if words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
            }
        }
        return false
    }

    /// Whether `words` begins with one of the phrases.
    func starts(_ words: ArraySlice<String>) -> Bool {
        phrases.contains { words.count >= $0.count && words.prefix($0.count).elementsEqual($0) }
    }
}
