extension Posting.Section.Kind {
    /// Heading phrases for each kind, checked in this order; the first kind with a phrase that
    /// occurs in the lowercased heading wins ("Preferred qualifications" is `preferred`).
    static let headingPhrases: [(Self, [String])] = [
        (.preferred, ["preferred", "nice to have", "nice-to-have", "bonus", "a plus", "desirable", "desired",
                      "good to have", "extra credit", "even better", "would be great", "ideally", "plus points",
                      "great to have", "optional", "an asset", "assets"]),
        (.benefits, ["benefit", "perks", "what we offer", "we offer", "compensation", "salary", "pay range",
                     "pay and", "pay &", "rewards", "why join", "why work", "why you'll love", "why you will love",
                     "what's in it for you", "in it for you", "package", "time off", "what you get", "our offer"]),
        (.about, ["about us", "about the company", "who we are", "our company", "company overview",
                  "about the team", "our team", "the team", "meet the team", "our mission", "our story",
                  "our values", "life at", "working at", "working here"]),
        (.requirements, ["requirement", "qualification", "what you bring", "what you'll bring", "you bring",
                         "what we're looking for", "what we are looking for", "looking for", "what you need",
                         "you'll need", "you will need", "must have", "must-have", "skill", "experience",
                         "about you", "who you are", "you have", "competenc", "essential", "knowledge",
                         "education", "profile", "your background", "ideal candidate", "is this you",
                         "you might be", "what it takes", "need to succeed", "required", "minimum", "criteria"]),
        (.responsibilities, ["responsibilit", "what you'll do", "what you will do", "you will", "you'll",
                             "duties", "the role", "role overview", "your role", "day to day", "day-to-day",
                             "a day in", "impact", "key tasks", "tasks", "doing", "job description",
                             "position summary", "summary", "overview", "accountabilit", "scope", "the job",
                             "the opportunity", "in this role", "mission", "your work", "involves",
                             "job purpose", "the position", "about the position", "about this role",
                             "what the job", "your week", "focus areas"]),
        (.about, ["about "]),
    ]

    /// The kind a heading names, or `nil` when it names none of them.
    public init?(heading: String) {
        let folded = heading.lowercased().replacing("\u{2019}", with: "'")
        if folded == "pay" || folded == "salary" { self = .benefits; return }
        if folded == "role" || folded == "job" || folded == "position" { self = .responsibilities; return }
        for (kind, phrases) in Self.headingPhrases where phrases.contains(where: { folded.containsBytes($0) }) {
            self = kind
            return
        }
        return nil
    }
}
