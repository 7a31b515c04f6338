import NewsModel

/// Countries a story is about, weighed by where they appear (the title counts most, then the
/// lead), and the topics that follow: salient countries, pairs of them, the wire's
/// section and category, and the user's own topics.
struct TopicTagger {
    let shared: SharedGazetteer
    let relations: RelationTopics
    let userTopics: [UserTopic]

    static let titleWeight = 3.0
    static let leadWeight = 2.0
    static let uncuratedPairWeight = 4.0
    static let heavyWeight = 8.0

    func topics(for story: Story, paragraphs: [Paragraph], people: [Person]) -> [Topic] {
        var weight = [Double](repeating: 0, count: shared.gazetteer.countries.count)
        var mentions = [Int](repeating: 0, count: shared.gazetteer.countries.count)
        var sentences = SentenceCountries()
        let title = Paragraph(index: -1, text: story.title)
        count(title, TopicTagger.titleWeight, &weight, &mentions, &sentences)
        for paragraph in paragraphs {
            count(paragraph, paragraph.index == 0 ? TopicTagger.leadWeight : 1, &weight, &mentions, &sentences)
        }
        let isSalientCountry = weight.indices.map { isSalient(weight[$0], mentions[$0]) }
        let salient = weight.indices.filter { isSalientCountry[$0] }
        // Ties in index order: a Set's order changes from run to run.
        let byWeight = salient.sorted(by: { (weight[$0], -$0) > (weight[$1], -$1) })
        var topics = pairTopics(byWeight, weight, sentences)
        for index in byWeight { topics.append(shared.countryTopics[index]) }
        if let section = story.section { topics.append(Topic(name: section, kind: .section)) }
        if let category = story.category { topics.append(Topic(name: category, kind: .category)) }
        let salientNames: Set<String> = userTopics.isEmpty ? [] : Set(salient.map { shared.gazetteer.countries[$0].name })
        let text = userTopics.isEmpty ? "" : ([story.title] + story.paragraphs).joined(separator: "\n").lowercased()
        for rule in userTopics {
            if !rule.keywords.isEmpty && !rule.keywords.contains(where: { text.containsBytes(of: $0) }) { continue }
            if !rule.countries.allSatisfy(salientNames.contains) { continue }
            if !rule.people.isEmpty && !rule.people.contains(where: { name in people.contains { $0.name.lowercased() == name.lowercased() } }) { continue }
            topics.append(Topic(name: rule.name, kind: .user))
        }
        var seen: [String] = []  // a handful: a list is searched faster than a set is hashed
        return topics.filter { topic in
            let key = topic.key
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
    }

    /// Any two salient countries named together as parties in at least two sentences (in one,
    /// for a curated pair whose countries both weigh `heavyWeight`): the curated pairs first,
    /// in the curated order and with their names, then the others, heaviest country first. A pair the list does not vouch for needs each country named
    /// more than the least that makes it salient: a "US President" in one sentence and a
    /// "Washington agreement" in another do not make a story about US relations.
    private func pairTopics(_ salient: [Int], _ weight: [Double], _ sentences: SentenceCountries) -> [Topic] {
        guard salient.count > 1 else { return [] }
        var curated: [Int] = []
        var others: [Topic] = []
        for (n, a) in salient.enumerated() {
            for b in salient[(n + 1)...] {
                let index = relations.curatedIndex(a, b)
                let needed = index != nil && min(weight[a], weight[b]) >= TopicTagger.heavyWeight ? 1 : 2
                guard sentences.countTogether(a, b) >= needed else { continue }
                if let index {
                    curated.append(index)
                } else if weight[a] >= TopicTagger.uncuratedPairWeight && weight[b] >= TopicTagger.uncuratedPairWeight {
                    others.append(RelationTopics.uncuratedTopic(shared.gazetteer.countries[a].name, shared.gazetteer.countries[b].name))
                }
            }
        }
        return curated.sorted().map { relations.pairs[$0].topic } + others
    }

    /// Nouns of events, matters and borders that a country before them only locates or names:
    /// "a Taiwan crisis", "the Taiwan question", "on the Belarus border".
    static let sceneNouns: WordSet = ["crisis", "conflict", "war", "contingency", "emergency", "question", "issue",
                                      "border", "frontier", "borders"]

    /// Whether the country at `range` names where something happens ("a conflict in Taiwan",
    /// "a Taiwan crisis", "on the Belarus border") rather than a party to it. Such a mention
    /// still makes the country salient, but pairs it with no other country: the stories about
    /// Japan and the United States in a Taiwan crisis are not about their relations with Taiwan.
    static func namesScene(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        if range.lowerBound > 0, tokens[range.lowerBound - 1].lower == "in" { return true }
        return range.upperBound < tokens.count && tokens[range.upperBound].kind == .word
            && sceneNouns.contains(tokens[range.upperBound].lower)
    }

    static let waters: WordSet = ["strait", "straits", "sea", "gulf", "channel", "bay", "ocean", "peninsula"]

    /// `the Taiwan Strait`, `the South China Sea`, `the Sea of Japan`: waters and lands named
    /// after a country, not the country.
    static func namesWaters(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        if range.upperBound < tokens.count, tokens[range.upperBound].isCapitalized, waters.contains(tokens[range.upperBound].lower) { return true }
        let k = range.lowerBound
        return k >= 2 && tokens[k - 1].lower == "of" && tokens[k - 2].isCapitalized && waters.contains(tokens[k - 2].lower)
    }

    private func isSalient(_ weight: Double, _ mentions: Int) -> Bool {
        weight >= 4 || weight >= 3 && mentions >= 2
    }

    /// Adds the weight of every country form in the paragraph: names, aliases, demonyms,
    /// capitals standing for governments and the forms for topics only ("Hamas"), parts of
    /// hyphenated words (`Japan-US`) included.
    private func count(_ paragraph: Paragraph, _ w: Double, _ weight: inout [Double], _ mentions: inout [Int],
                       _ sentences: inout SentenceCountries) {
        let tokens = paragraph.tokens
        var i = 0
        sentences.startSentence()
        while i < tokens.count {
            if tokens[i].startsSentence { sentences.startSentence() }
            // A word against a word compares hashes first, a word against a string compares text.
            guard tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].lower == Word.the else { i += 1; continue }
            var matched = 0
            if let (length, country) = shared.topicCountryForms.longestMatch(tokens, at: i, limit: tokens.count) {
                matched = length
                if TopicTagger.namesWaters(tokens, i..<i + length) { i += length; continue }
                weight[country] += w
                mentions[country] += 1
                if !TopicTagger.namesScene(tokens, i..<i + length) { sentences.add(country) }
            }
            if matched == 0, tokens[i].text.utf8.contains(UInt8(ascii: "-")) {
                for part in tokens[i].name.split(separator: "-") {
                    if let country = shared.topicCountryForms[part.lowercased()], part.first!.isUppercase {
                        weight[country] += w
                        mentions[country] += 1
                        sentences.add(country)
                    }
                }
            }
            i += max(1, matched)
        }
    }
}

/// Which countries each sentence names, as a flat list: a set per sentence would cost an
/// allocation for each of the story's sentences.
struct SentenceCountries {
    private var sentence = 0
    private var entries: [(sentence: Int, country: Int)] = []

    /// Later countries go in a new sentence (the current one, if it has none yet).
    mutating func startSentence() {
        if let last = entries.last, last.sentence == sentence { sentence += 1 }
    }

    mutating func add(_ country: Int) { entries.append((sentence, country)) }

    /// How many sentences name both countries.
    func countTogether(_ a: Int, _ b: Int) -> Int {
        var count = 0
        var start = 0
        while start < entries.count {
            var end = start
            var hasA = false, hasB = false
            while end < entries.count && entries[end].sentence == entries[start].sentence {
                hasA = hasA || entries[end].country == a
                hasB = hasB || entries[end].country == b
                end += 1
            }
            if hasA && hasB { count += 1 }
            start = end
        }
        return count
    }
}
