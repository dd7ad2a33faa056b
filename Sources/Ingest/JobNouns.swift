/// Nouns that job titles end in, used to tell a job title from a company banner.
enum JobNouns {
    static let words: Set<String> = [
        "engineer", "engineers", "analyst", "administrator", "admin", "manager", "developer", "architect",
        "specialist", "consultant", "lead", "director", "technician", "officer", "coordinator", "associate",
        "intern", "internship", "scientist", "designer", "nurse", "accountant", "assistant", "representative",
        "recruiter", "partner", "head", "owner", "advisor", "adviser", "programmer", "operator", "supervisor",
        "clerk", "auditor", "tester", "sre", "devops", "teacher", "driver", "agent", "executive", "vp",
        "principal", "expert", "professional", "administrateur", "ingenieur", "sourcer", "trainee", "apprentice",
        "controller", "planner", "producer", "editor", "writer", "pharmacist", "therapist", "physician",
        "mechanic", "electrician", "chef", "cook", "cashier", "worker", "lecturer", "professor",
        "researcher", "steward", "attendant", "handler", "librarian", "paralegal", "counsel", "buyer", "pm",
    ]

    /// Whether `title` holds one of ``words`` as a whole word.
    static func contains(in title: String) -> Bool {
        title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }
}
