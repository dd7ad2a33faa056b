import Core

extension CorpusSummary {
    /// Counts one record.
    /// - Complexity: O(k²) in the skills the posting names (for the pairs).
    public mutating func add(_ record: PostingAnalysis) {
        guard record.error == nil, let role = record.role else {
            failures += 1
            return
        }
        postings += 1
        roles[role, default: 0] += 1
        let confidence = record.confidence ?? 0
        confidenceBins[min(9, max(0, Int(confidence * 10)))] += 1
        if confidence < lowConfidenceThreshold { keepLowConfidence(record, role: role, confidence: confidence) }

        let mentions = record.skills ?? []
        var ids: [String] = []
        for mention in mentions where !ids.contains(mention.id) {
            ids.append(mention.id)
            skills[mention.id, default: 0] += 1
            skillsByRole[role, default: [:]][mention.id, default: 0] += 1
            skillInfo[mention.id] = SkillInfo(name: mention.name, category: mention.category)
            switch mention.required {
            case true: requiredShare[mention.id, default: .init()].required += 1
            case false: requiredShare[mention.id, default: .init()].preferred += 1
            case nil: requiredShare[mention.id, default: .init()].unstated += 1
            }
        }
        ids.sort()
        for i in ids.indices { for j in (i + 1)..<ids.count { pairs[ids[i] + "|" + ids[j], default: 0] += 1 } }

        if let years = record.yearsExperience, (0...40).contains(years) { yearsByRole[role, default: [:]][years, default: 0] += 1 }
        seniorityByRole[role, default: [:]][record.seniority ?? "unstated", default: 0] += 1
        identityTypes[(record.identityType ?? .unknown).rawValue, default: 0] += 1
    }

    /// Merges another summary's counts (for summaries built in parallel).
    public mutating func merge(_ other: CorpusSummary) {
        postings += other.postings
        failures += other.failures
        roles.merge(other.roles, uniquingKeysWith: +)
        for i in confidenceBins.indices { confidenceBins[i] += other.confidenceBins[i] }
        for entry in other.lowConfidence {
            keepLowConfidence(entry)
        }
        skills.merge(other.skills, uniquingKeysWith: +)
        for (role, counts) in other.skillsByRole { skillsByRole[role, default: [:]].merge(counts, uniquingKeysWith: +) }
        skillInfo.merge(other.skillInfo) { a, _ in a }
        for (id, share) in other.requiredShare {
            var mine = requiredShare[id] ?? .init()
            mine.required += share.required
            mine.preferred += share.preferred
            mine.unstated += share.unstated
            requiredShare[id] = mine
        }
        for (role, years) in other.yearsByRole { yearsByRole[role, default: [:]].merge(years, uniquingKeysWith: +) }
        for (role, levels) in other.seniorityByRole { seniorityByRole[role, default: [:]].merge(levels, uniquingKeysWith: +) }
        identityTypes.merge(other.identityTypes, uniquingKeysWith: +)
        pairs.merge(other.pairs, uniquingKeysWith: +)
    }

    private mutating func keepLowConfidence(_ record: PostingAnalysis, role: String, confidence: Double) {
        let runnerUp = record.ranking?.first { $0.role != role }?.role
        keepLowConfidence(LowConfidence(source: record.source, title: record.title, role: role, confidence: confidence, runnerUp: runnerUp))
    }

    /// Keeps the `lowConfidenceLimit` least confident, ties by source, so the list is the same
    /// whatever order records arrive in.
    private mutating func keepLowConfidence(_ entry: LowConfidence) {
        let index = lowConfidence.firstIndex {
            $0.confidence > entry.confidence || ($0.confidence == entry.confidence && $0.source > entry.source)
        } ?? lowConfidence.count
        guard index < lowConfidenceLimit else { return }
        lowConfidence.insert(entry, at: index)
        if lowConfidence.count > lowConfidenceLimit { lowConfidence.removeLast() }
    }
}
