import NewsModel

/// A story's analysis with the user's corrections applied on top. The stored analysis stays
/// what the analysis computed, so a correction added, undone or re-anchored takes effect on
/// the next read, and a re-analysis never loses one.
struct CorrectedAnalysis: Sendable, Hashable {
    var analysis: StoryAnalysis
    /// Each quotation's number in its id: its index in the analysis as computed.
    var quoteNumbers: [Int]
    /// Indexes of `analysis.quotes` whose speaker a correction set or changed.
    var correctedSpeakers: Set<Int> = []

    init(_ analysis: StoryAnalysis) {
        self.analysis = analysis
        quoteNumbers = Array(analysis.quotes.indices)
    }

    /// The story's own corrections: quotations hidden, speakers set. A person named as speaker
    /// is found among the story's people by name, or joins them (without mentions) when the
    /// analysis missed them, so that they are counted and listed with the quotation.
    func applying(_ corrections: [QuotationCorrection], paragraphs: [String]) -> CorrectedAnalysis {
        let onQuote = QuotationAnchor.assign(corrections, to: analysis.quotes, paragraphs: paragraphs)
        guard !onQuote.isEmpty else { return self }
        var result = self
        result.analysis.quotes = []
        result.quoteNumbers = []
        for (index, quote) in analysis.quotes.enumerated() {
            var quote = quote
            if let c = onQuote[index] {
                switch corrections[c].change {
                case .notAQuote:
                    continue
                case .speaker(let kind, let text):
                    quote.speaker = Speaker(kind: kind, text: kind == .unknown ? nil : text)
                    if kind == .person, let text {
                        quote.speaker.person = result.personIndex(named: text)
                    }
                    result.correctedSpeakers.insert(result.analysis.quotes.count)
                }
            }
            result.analysis.quotes.append(quote)
            result.quoteNumbers.append(quoteNumbers[index])
        }
        return result
    }

    /// The cache-wide corrections of people: names that are no person leave the story (their
    /// quotations lose their speaker), names of one person become one, with every mention.
    func applying(_ people: PersonCorrections) -> CorrectedAnalysis {
        guard !people.isEmpty, analysis.people.contains(where: { people.touches(NewsStore.personKey($0.name)) })
                || analysis.quotes.contains(where: { $0.speaker.kind == .person && $0.speaker.person == nil
                    && people.touches(NewsStore.personKey($0.speaker.text ?? "")) })
        else { return self }
        var result = self
        var merged: [Person] = []
        var newIndex: [Int?] = []
        var byKey: [String: Int] = [:]
        for person in analysis.people {
            guard let target = people.person(NewsStore.personKey(person.name), name: person.name) else {
                newIndex.append(nil)
                continue
            }
            if let existing = byKey[target.key] {
                merged[existing].mentions += person.mentions
                merged[existing].mentions.sort { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
                merged[existing].role = merged[existing].role ?? person.role
                merged[existing].gender = merged[existing].gender ?? person.gender
                newIndex.append(existing)
            } else {
                byKey[target.key] = merged.count
                newIndex.append(merged.count)
                merged.append(Person(name: target.name, role: person.role, mentions: person.mentions, gender: person.gender))
            }
        }
        result.analysis.people = merged
        for index in result.analysis.quotes.indices {
            let speaker = result.analysis.quotes[index].speaker
            guard speaker.kind == .person else { continue }
            var corrected = speaker
            if let person = speaker.person, newIndex.indices.contains(person) {
                if let moved = newIndex[person] {
                    corrected.person = moved
                    corrected.text = merged[moved].name
                } else {
                    corrected = .unknown
                }
            } else if let text = speaker.text {
                if let target = people.person(NewsStore.personKey(text), name: text) {
                    corrected.text = target.name
                    corrected.person = byKey[target.key]
                } else {
                    corrected = .unknown
                }
            }
            if corrected != speaker {
                if (corrected.kind, corrected.text) != (speaker.kind, speaker.text) { result.correctedSpeakers.insert(index) }
                result.analysis.quotes[index].speaker = corrected
            }
        }
        return result
    }

    /// The index of the story's person with this name, added when there is none.
    private mutating func personIndex(named name: String) -> Int {
        let key = NewsStore.personKey(name)
        if let index = analysis.people.firstIndex(where: { NewsStore.personKey($0.name) == key }) { return index }
        analysis.people.append(Person(name: name))
        return analysis.people.count - 1
    }
}
