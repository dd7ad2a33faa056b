import Ingest

/// Extracts what a posting asks for: skill mentions normalised to the taxonomy with whether
/// each is required, the smallest years of experience asked, the seniority and whether the
/// identity work is for the workforce or for customers. Every cue comes from the taxonomy
/// files (`skills.json`, `attributes.json`).
public struct SkillExtractor: Sendable {
    let taxonomy: Taxonomy
    let matcher: SkillMatcher
    let skillsByID: [String: SkillTaxonomy.Skill]
    let identitySkills: Set<String>
    let preferred: PhraseList
    let customer: PhraseList
    let workforce: PhraseList
    let accountWork: PhraseList
    let rejectAfterYears: PhraseList
    let seniorityWords: [(level: String, phrases: PhraseList)]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        matcher = SkillMatcher(taxonomy: taxonomy.skills)
        skillsByID = Dictionary(taxonomy.skills.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let identityCategories = Set(taxonomy.skills.categories.filter { $0.identitySignal == true }.map(\.id))
        identitySkills = Set(taxonomy.skills.skills.filter { identityCategories.contains($0.category) }.map(\.id))
        let rules = taxonomy.attributes
        preferred = PhraseList(rules.preferredMarkers)
        customer = PhraseList(rules.customerCues)
        workforce = PhraseList(rules.workforceCues)
        accountWork = PhraseList(rules.accountWorkCues)
        rejectAfterYears = PhraseList(rules.yearsRejectAfter)
        seniorityWords = AttributeRules.seniorityOrder.map { ($0, PhraseList(rules.seniority[$0] ?? [])) }
    }

    /// The lines of a posting with what they are: the title, or a section line of some kind.
    struct Line {
        var text: String
        var kind: Posting.Section.Kind?
        var isTitle = false
    }

    static func lines(of posting: Posting) -> [Line] {
        var lines: [Line] = []
        if let title = posting.title { lines.append(Line(text: title, kind: nil, isTitle: true)) }
        for section in posting.sections {
            if let heading = section.heading { lines.append(Line(text: heading, kind: section.kind)) }
            for line in section.lines { lines.append(Line(text: String(line), kind: section.kind)) }
        }
        return lines
    }

    /// - Parameter role: the posting's role, when known: a `none` posting is `workforce` only
    ///   when it does account work itself.
    public func extract(_ posting: Posting, role: String? = nil) -> Extraction {
        let lines = Self.lines(of: posting)
        var text = ""
        for (index, line) in lines.enumerated() { text += (index == 0 ? "" : "\n") + line.text }
        let tokens = MatchToken.tokenize(text)
        var wordsByLine: [[String]] = Array(repeating: [], count: lines.count)
        for token in tokens { wordsByLine[token.line].append(token.folded) }
        let sentences = Self.sentences(tokens)
        // "Preferred: BeyondTrust certification; Security+." labels the whole line.
        let labelledPreferred = lines.indices.map { index in
            preferred.starts(wordsByLine[index][...]) && lines[index].text.prefix(40).contains(":")
        }

        var order: [String] = []
        var counts: [String: Int] = [:]
        var requiredFlags: [String: [Bool?]] = [:]
        for match in matcher.matches(in: tokens) {
            let line = lines[match.line]
            let required: Bool?
            if line.isTitle {
                required = nil
            } else if line.kind == .preferred || labelledPreferred[match.line]
                        || preferred.occurs(in: sentences.words(around: match.tokens.lowerBound)) {
                required = false
            } else if line.kind == .requirements {
                required = true
            } else {
                required = nil
            }
            if counts[match.skillID] == nil { order.append(match.skillID) }
            counts[match.skillID, default: 0] += 1
            requiredFlags[match.skillID, default: []].append(required)
        }
        let skills = order.compactMap { id -> SkillMention? in
            guard let skill = skillsByID[id] else { return nil }
            let flags = requiredFlags[id] ?? []
            let required: Bool? = flags.contains(true) ? true : (flags.allSatisfy { $0 == false } ? false : nil)
            return SkillMention(id: id, name: skill.name, category: skill.category, required: required, count: counts[id]!)
        }

        let years = yearsExperience(lines: lines, words: wordsByLine)
        let identity = identityType(words: wordsByLine, skills: Set(order), isIAMRole: role.map { $0 != taxonomy.roles.none.id })
        return Extraction(skills: skills, seniority: seniority(title: posting.title, years: years),
                          yearsExperience: years, identityType: identity)
    }

    /// Sentence spans over a token list: a sentence ends at a line break, or where the text
    /// between two tokens holds `.`, `!`, `?` or `;` followed by a space ("2.0" does not end one).
    struct Sentences {
        var tokens: [MatchToken]
        /// The sentence number of each token.
        var ids: [Int]

        func words(around index: Int) -> ArraySlice<String> {
            let id = ids[index]
            var start = index, end = index
            while start > 0, ids[start - 1] == id { start -= 1 }
            while end + 1 < ids.count, ids[end + 1] == id { end += 1 }
            return tokens[start...end].map(\.folded)[...]
        }
    }

    static func sentences(_ tokens: [MatchToken]) -> Sentences {
        var ids: [Int] = []
        var id = 0
        for (index, token) in tokens.enumerated() {
            if index > 0 {
                let previous = tokens[index - 1]
                if previous.line != token.line {
                    id += 1
                } else {
                    let gap = previous.original.base[previous.original.endIndex..<token.original.startIndex]
                    var sawStop = false
                    for character in gap {
                        if ".!?;".contains(character) { sawStop = true } else if sawStop && character.isWhitespace { id += 1; break }
                    }
                }
            }
            ids.append(id)
        }
        return Sentences(tokens: tokens, ids: ids)
    }

    // MARK: Attributes

    /// Seniority from the title's words first (lead, senior, mid, entry, in that order), then
    /// from the years asked.
    func seniority(title: String?, years: Int?) -> String? {
        if let title {
            let words = MatchToken.tokenize(title).map(\.folded)
            for (level, phrases) in seniorityWords where phrases.occurs(in: words[...]) { return level }
        }
        guard let years else { return nil }
        return taxonomy.attributes.seniorityByYears.sorted { $0.atLeast > $1.atLeast }.first { years >= $0.atLeast }?.level
    }

    /// The smallest number of years of experience asked anywhere: "3+ years", "five or more
    /// years", "3-5 yrs", "minimum of 2 years'", and "8+ years, at least 3 in identity".
    func yearsExperience(lines: [Line], words: [[String]]) -> Int? {
        var smallest: Int?
        for (index, line) in lines.enumerated() where !line.isTitle {
            let words = words[index]
            guard let found = yearsAsked(words, inRequirements: line.kind == .requirements || line.kind == .preferred) else { continue }
            smallest = min(smallest ?? found, found)
        }
        return smallest
    }

    private func number(_ word: String) -> Int? {
        let digits = word.hasSuffix("+") ? String(word.dropLast()) : word
        if let value = Int(digits) { return value }
        return taxonomy.attributes.numberWords[word]
    }

    /// Words after a number of years that say it is experience ("5 years administering").
    static let experienceWords: Set<String> = [
        "experience", "experienced", "background", "record", "working", "hands", "professional", "exposure",
        "administering", "managing", "building", "supporting", "running", "leading", "developing", "designing",
        "engineering", "delivering", "configuring", "operating", "implementing", "spent", "doing",
    ]
    /// Words before a number of years that make it a requirement ("at least 3", "five or more").
    static let qualifiers: Set<String> = ["least", "minimum", "min", "more", "plus", "atleast"]
    /// Words that join the parts of a number of years ("3 to 5", "five or more", "at least").
    static let joiners: Set<String> = ["to", "or", "and", "at", "of", "than", "around", "about", "approximately"]
    /// Words before a number that make it something else ("the last 2 years", "after one year").
    static let notAsked: Set<String> = ["the", "last", "past", "next", "first", "every", "per", "each", "within", "after", "a", "our"]
    /// Words before a number that make it a duration unless experience follows ("over two
    /// years" of a budget, but "over 5 years of experience").
    static let durationWords: Set<String> = ["contract", "term", "over", "duration", "period", "lasting"]

    /// The smallest years asked in one line's words, or `nil`.
    func yearsAsked(_ words: [String], inRequirements: Bool) -> Int? {
        let yearWords: Set<String> = ["year", "years", "yr", "yrs"]
        var found: [Int] = []
        var firstYears: Int?
        for (index, word) in words.enumerated() where yearWords.contains(word) {
            // The number of years, read backwards over numbers and the words that join them:
            // "3+", "3 to 5", "five or more", "minimum of 2", "at least 3", "a year".
            var candidates: [Int] = []
            var qualified = false
            let next = words[(index + 1)..<min(words.count, index + 4)]
            let experience = next.contains { Self.experienceWords.contains($0) }
            for back in 1...5 where index - back >= 0 {
                let previous = words[index - back]
                if previous == "a", back == 1, word == "year" { candidates.append(1); break }
                if let value = number(previous) {
                    candidates.append(value)
                    if previous.hasSuffix("+") { qualified = true }
                } else if Self.qualifiers.contains(previous) {
                    qualified = true
                } else if !Self.joiners.contains(previous) {
                    // "the last 2 years", "Contract: two years" are no ask; "a minimum of 2 years" and
                    // "over 5 years of experience" still are.
                    if !qualified, Self.notAsked.contains(previous) || (Self.durationWords.contains(previous) && !experience) {
                        candidates.removeAll()
                    }
                    break
                }
            }
            guard let value = candidates.min(), value <= 40 else { continue }
            if rejectAfterYears.starts(next) { continue }
            if next.starts(with: ["or", "more"]) { qualified = true }
            let singular = word == "year" || word == "yr"
            // "a three-year programme", "a 2 year roadmap": a duration, not experience; but
            // "1 year in technical support" under the requirements is.
            let durationOf = next.first.map { ["in", "of", "as", "with", "on", "doing"].contains($0) } ?? false
            // "8 years in infrastructure": plural years of something are asked anywhere.
            guard qualified || experience || (!singular && durationOf) || (inRequirements && (!singular || durationOf)) else { continue }
            if firstYears == nil { firstYears = index }
            found.append(value)
        }
        guard let firstYears else { return nil }
        // After the years: "8+ years, 3+ on authentication", "at least five leading portfolios",
        // "two or more spent on…", "two of them in identity". ("One of them" counts things, not years.)
        let counting: Set<String> = ["in", "on", "as", "with", "focused", "doing", "spent", "hands"]
        let leadIns = Self.qualifiers.union(["including", "with"])
        for index in (firstYears + 1)..<words.count {
            let word = words[index]
            guard let value = number(word), value >= 2, value <= 40, !yearWords.contains(words[min(index + 1, words.count - 1)]) || index + 1 == words.count else { continue }
            var after = words[(index + 1)..<min(words.count, index + 5)]
            let orMore = after.starts(with: ["or", "more"])
            if orMore { after = after.dropFirst(2) }
            let ofThem = value >= 2 && zip(after, after.dropFirst()).prefix(1).contains { $0 == "of" && ["them", "those", "which", "these"].contains($1) }
            let qualified = word.hasSuffix("+") || orMore || (index > 0 && leadIns.contains(words[index - 1]))
            let countsSomething = after.first.map { counting.contains($0) || $0.hasSuffix("ing") } ?? false
            // "…, 5 with Okta": a bare count of years right after the years, for something.
            let bare = value >= 2 && after.first.map { ["with", "in", "on", "as"].contains($0) } == true
            if ofThem || ((qualified || bare) && countsSomething) { found.append(value) }
        }
        return found.min()
    }

    /// `customer` when the posting uses more customer cues than workforce ones, else
    /// `workforce` (the usual case); `unknown` when it names no identity skill at all (the job
    /// does no identity work), or when it is not an IAM job and does no account work itself.
    func identityType(words: [[String]], skills: Set<String>, isIAMRole: Bool?) -> Extraction.IdentityType {
        guard !skills.isDisjoint(with: identitySkills) else { return .unknown }
        if isIAMRole == false {
            return words.contains { accountWork.occurs(in: $0[...]) } ? .workforce : .unknown
        }
        var customerScore = 0, workforceScore = 0
        for line in words {
            customerScore += customer.count(in: line[...])
            workforceScore += workforce.count(in: line[...])
        }
        return customerScore > workforceScore ? .customer : .workforce
    }
}
