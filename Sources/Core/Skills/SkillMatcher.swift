/// Finds skill mentions in text in one pass, with every alias of the taxonomy compiled into a
/// trie over words.
///
/// Aliases match whole words, case-insensitively unless they say `matchCase`. A multi-word
/// alias also matches written as one word (`SC-300`, `SC 300`, `SC300`); the last word of a
/// case-insensitive alias may take a plural `s` (`GPOs`). Where aliases overlap the longest
/// match wins (`Azure AD` is Entra ID, not Azure). An alias with context rules (`near`,
/// `notNear`, `notFollowedBy`, `notPrecededBy`) counts only where they hold, which tells `Go`
/// the language from the verb and HashiCorp's `Vault` from a bank's.
public struct SkillMatcher: Sendable {
    /// One mention: which skill, the words as written, and where.
    public struct Match: Sendable, Hashable {
        public var skillID: String
        public var text: String
        /// The line of the text the mention stands on.
        public var line: Int
        /// Token offsets of the mention in the text.
        public var tokens: Range<Int>
    }

    private struct Terminal: Sendable {
        var skill: Int
        var alias: SkillTaxonomy.Alias
        /// The alias's words as written, for aliases that match case.
        var caseTokens: [String]
    }

    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var terminals: [Terminal] = []
    }

    private let nodes: [Node]
    private let skillIDs: [String]
    private let longestAlias: Int

    /// Compiles every alias of `taxonomy`.
    /// - Complexity: O(total alias length).
    public init(taxonomy: SkillTaxonomy) {
        skillIDs = taxonomy.skills.map(\.id)
        var nodes = [Node()]
        var longest = 1
        for (skillIndex, skill) in taxonomy.skills.enumerated() {
            for alias in skill.aliases {
                let words = MatchToken.tokenize(alias.text)
                guard !words.isEmpty else { continue }
                let terminal = Terminal(skill: skillIndex, alias: alias, caseTokens: words.map { String($0.original) })
                var variants: [[String]] = [words.map(\.folded)]
                if words.count > 1 { variants.append([words.map(\.folded).joined()]) }
                if !alias.matchCase, let last = words.last?.folded, last.count >= 3, last.allSatisfy(\.isLetter),
                   !last.hasSuffix("s") {
                    // "GPOs", "passkeys"; "policy" → "policies".
                    let plural = last.hasSuffix("y") && !"aeiou".contains(last.dropLast().last!) ? last.dropLast() + "ies" : last + "s"
                    for variant in variants where variant.last == last { variants.append(variant.dropLast() + [plural]) }
                }
                for variant in variants {
                    Self.insert(variant, terminal, into: &nodes)
                    longest = max(longest, variant.count)
                }
            }
        }
        self.nodes = nodes
        longestAlias = longest
    }

    private static func insert(_ words: [String], _ terminal: Terminal, into nodes: inout [Node]) {
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].terminals.append(terminal)
    }

    /// Every mention in `text`, in order, longest match first at each position.
    /// - Complexity: O(n · k) for n words and aliases of at most k words.
    public func matches(in text: String) -> [Match] {
        matches(in: MatchToken.tokenize(text))
    }

    func matches(in tokens: [MatchToken]) -> [Match] {
        var found: [Match] = []
        var position = 0
        while position < tokens.count {
            var node = 0
            var best: (end: Int, skill: Int)?
            var cursor = position
            while cursor < tokens.count, cursor - position < longestAlias,
                  tokens[cursor].line == tokens[position].line,
                  let next = nodes[node].children[tokens[cursor].folded] {
                node = next
                cursor += 1
                for terminal in nodes[node].terminals
                where accepts(terminal, tokens: tokens, range: position..<cursor) {
                    best = (cursor, terminal.skill)
                    break
                }
            }
            if let best {
                let words = tokens[position..<best.end]
                let text = words.count == 1 ? String(words.first!.original)
                    : String(words.first!.original.base[words.first!.original.startIndex..<words.last!.original.endIndex])
                found.append(Match(skillID: skillIDs[best.skill], text: text, line: tokens[position].line,
                                   tokens: position..<best.end))
                position = best.end
            } else {
                position += 1
            }
        }
        return found
    }

    private func accepts(_ terminal: Terminal, tokens: [MatchToken], range: Range<Int>) -> Bool {
        let alias = terminal.alias
        if alias.matchCase {
            let written = tokens[range].map { String($0.original) }
            guard written == terminal.caseTokens || written == [terminal.caseTokens.joined()] else { return false }
        }
        // The next and previous words count only on the same line: a bullet's last word is
        // not followed by the next bullet's first.
        let line = tokens[range.lowerBound].line
        if range.upperBound < tokens.count, tokens[range.upperBound].line == line,
           alias.notFollowedBy.contains(tokens[range.upperBound].folded) {
            return false
        }
        if range.lowerBound > 0, tokens[range.lowerBound - 1].line == line,
           alias.notPrecededBy.contains(tokens[range.lowerBound - 1].folded) {
            return false
        }
        let window = max(0, range.lowerBound - SkillTaxonomy.Alias.window)..<min(tokens.count, range.upperBound + SkillTaxonomy.Alias.window)
        if !alias.near.isEmpty, !alias.near.contains(where: { Self.phrase($0, occursIn: tokens, window: window, excluding: range) }) {
            return false
        }
        if alias.notNear.contains(where: { Self.phrase($0, occursIn: tokens, window: window, excluding: range) }) {
            return false
        }
        return true
    }

    /// Whether the words of `phrase` occur in order inside `window`, outside the alias itself.
    private static func phrase(_ phrase: String, occursIn tokens: [MatchToken], window: Range<Int>, excluding: Range<Int>) -> Bool {
        let words = MatchToken.tokenize(phrase).map(\.folded)
        guard !words.isEmpty, window.count >= words.count else { return false }
        for start in window.lowerBound...(window.upperBound - words.count) {
            let span = start..<(start + words.count)
            if span.overlaps(excluding) { continue }
            if zip(tokens[span], words).allSatisfy({ $0.folded == $1 }) { return true }
        }
        return false
    }
}
