/// The cues for the attributes extracted beside the role, as read from
/// `corpus/taxonomy/attributes.json`: preferred-skill markers, seniority words, number words,
/// phrases that follow a number of years that is not experience, and customer/workforce cues.
public struct AttributeRules: Sendable, Hashable, Codable {
    public struct YearsLevel: Sendable, Hashable, Codable {
        public var atLeast: Int
        public var level: String
    }

    public var formatVersion: Int
    public var preferredMarkers: [String]
    /// Title words per seniority level, checked lead, senior, mid, entry.
    public var seniority: [String: [String]]
    public var seniorityByYears: [YearsLevel]
    public var numberWords: [String: Int]
    public var yearsRejectAfter: [String]
    public var customerCues: [String]
    public var workforceCues: [String]
    /// For a `none` posting: account and access work it does itself, which makes it `workforce`.
    public var accountWorkCues: [String]

    /// No cues at all: nothing is marked preferred, no seniority or identity type is read.
    public static let empty = AttributeRules(formatVersion: 1, preferredMarkers: [], seniority: [:], seniorityByYears: [],
                                             numberWords: [:], yearsRejectAfter: [], customerCues: [], workforceCues: [], accountWorkCues: [])

    public static let seniorityOrder = ["lead", "senior", "mid", "entry"]
}
