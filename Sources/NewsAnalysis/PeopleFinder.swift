import NewsModel

/// Finds the named people of a story: candidate names are runs of capitalised words; a run
/// is a person when the gazetteer knows its given or family name, or when the context says
/// so (a title before it, a speech verb or a description after it). Later mentions by family
/// name, with a title, or in the possessive are then linked to the person.
struct PeopleFinder {
    let shared: SharedGazetteer
    let paragraphs: [Paragraph]

    /// The people, and for each paragraph, which person each token belongs to.
    private(set) var people: [Person] = []
    private(set) var owner: [[Int?]]
    /// For each person, the lowercased forms that refer to them alone ("takaichi").
    private var shortFormIndex = WordMap<[Int]>()
    /// Each person's name as a phrase key ("sanae takaichi").
    private var nameKeys: [String] = []
    private var givenNames = WordMap<[Int]>()
    /// The first words of the short forms, and the most words a short form has: a story has
    /// few people, so a list is searched faster than a set is hashed.
    private var shortFormFirstWords: [String] = []
    private var longestShortForm = 1
    /// Whether some short form or name starts with a particle ("van der Linde"): only then
    /// can a lower-case word begin a mention, and most stories spare every such word a look-up.
    private var formsStartWithParticle = false
    /// For each person, where they were last mentioned: (paragraph, token).
    private(set) var lastMention: [(Int, Int)] = []

    static let particles: WordSet = ["von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le",
                                         "bin", "binti", "ibn", "al", "el", "dos", "das", "ten", "ter", "y"]
    static let roleModifiers: WordSet = ["former", "deputy", "vice", "acting", "chief", "senior", "top", "then",
                                             "assistant", "associate", "interim", "outgoing", "incoming", "new", "veteran",
                                             "foreign", "defence", "defense", "finance", "trade", "interior", "economy",
                                             "industry", "commerce", "health", "education", "justice", "energy", "security",
                                             "ministry", "government", "state", "national", "party", "cabinet", "army",
                                             "navy", "military", "space", "agency", "affairs", "general", "executive",
                                             "prime", "federal", "regional", "provincial", "city", "opposition", "ruling",
                                             "presidential", "white", "house", "press", "coast", "guard", "maritime",
                                             "environment", "transport", "labour", "labor", "science", "technology",
                                             "culture", "agriculture", "fisheries", "economic", "unification", "police"]

    /// Whether the token's `form` is a particle; the length test spares most words a look-up.
    @inline(__always) static func isParticle(_ form: String, _ token: Token) -> Bool {
        token.end - token.start <= 5 && particles.contains(form)
    }

    init(shared: SharedGazetteer, paragraphs: [Paragraph]) {
        self.shared = shared
        self.paragraphs = paragraphs
        owner = paragraphs.map { [Int?](repeating: nil, count: $0.tokens.count) }
    }

    mutating func find() {
        for paragraph in paragraphs { findNames(in: paragraph) }
        findGivenNamesAlone()
        givenNames = makeGivenNameIndex()
        for paragraph in paragraphs { linkShortMentions(in: paragraph) }
        for index in people.indices {
            people[index].mentions.sort { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        }
    }

    // MARK: Candidate names

    private mutating func findNames(in paragraph: Paragraph) {
        let tokens = paragraph.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i + 1
            if tokens[i].nameEnd == tokens[i].end {
                while j < tokens.count, tokens[j].kind == .word {
                    if tokens[j].isCapitalized {
                        j += 1
                        if tokens[j - 1].nameEnd < tokens[j - 1].end { break }
                    } else if PeopleFinder.isParticle(tokens[j].text, tokens[j]), j + 1 < tokens.count,
                              tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized || PeopleFinder.isParticle(tokens[j + 1].text, tokens[j + 1]) {
                        j += 1
                    } else {
                        break
                    }
                }
            }
            while j > i + 1, PeopleFinder.isParticle(tokens[j - 1].text, tokens[j - 1]) { j -= 1 }
            classify(paragraph, i..<j)
            i = j
        }
    }

    private mutating func classify(_ paragraph: Paragraph, _ run: Range<Int>) {
        let tokens = paragraph.tokens
        var first = run.lowerBound
        let end = run.upperBound
        // Words that are never names ("The", "On Tuesday") open many capitalised runs; a
        // title or a country ("Trade Minister", "South Korean") is kept, it may be a role.
        while first < end, isNotName(tokens[first]), countryLength(at: first, in: tokens, limit: end) == 0,
              title(at: first, in: tokens, limit: end) == nil, !PeopleFinder.roleModifiers.contains(tokens[first].lower) {
            // USS Ronald Reagan, HMS Queen Elizabeth: a ship, not a person.
            if shared.gazetteer.notNameAcronyms.contains(tokens[first].text) { return }
            first += 1
        }
        // Demonyms, countries, titles and role words before the name are its role.
        var titleKind: Gazetteer.TitleKind?
        var roleStart: Int?
        var k = first
        while k < end - 1 {
            if let (length, kind) = title(at: k, in: tokens, limit: end - 1) {
                roleStart = roleStart ?? k
                titleKind = kind
                k += length
            } else if countryLength(at: k, in: tokens, limit: end - 1) > 0 {
                roleStart = roleStart ?? k
                k += countryLength(at: k, in: tokens, limit: end - 1)
            } else if PeopleFinder.roleModifiers.contains(tokens[k].lower) || shared.gazetteer.organisationWords.contains(tokens[k].lower) {
                roleStart = roleStart ?? k
                k += 1
            } else {
                break
            }
        }
        if titleKind == nil { k = first; roleStart = nil }
        let nameTokens = k..<end
        guard !nameTokens.isEmpty else { return }
        if nameTokens.count > 5 { return }
        // Most runs are one capitalised word with no title: never a new person (the checks
        // below only rule runs out, so they can be skipped).
        if nameTokens.count == 1 && titleKind == nil { return }
        let firstName = tokens[nameTokens.lowerBound].name
        let startsLikeName = shared.gazetteer.givenNames.contains(firstName) || shared.gazetteer.surnames.contains(firstName)
            || shared.gazetteer.ambiguousGivenNames.contains(firstName)
        // "Fudan University", "Liberal Democratic Party": an organisation word at the end, or
        // anywhere in a run that does not start with a name.
        if shared.gazetteer.organisationWords.contains(tokens[nameTokens.upperBound - 1].lower) { return }
        if !startsLikeName, nameTokens.contains(where: { shared.gazetteer.organisationWords.contains(tokens[$0].lower) }) { return }
        if nameTokens.count == 1, isNotName(tokens[nameTokens.lowerBound]) { return }
        var nameText: String { paragraph.text(tokens[nameTokens.lowerBound].start..<tokens[nameTokens.upperBound - 1].nameEnd) }
        let key = nameTokens.map { tokens[$0].key.text }.joined(separator: " ")
        if shared.gazetteer.countryForms[key] != nil || shared.gazetteer.organisations.contains(key) { return }
        // "Valeska Paris" and "Israel Katz" are names; "Beijing Daily" is not.
        if nameTokens.contains(where: { isDemonymOrCountry(tokens[$0]) })
            && !(startsLikeName && !isDemonymOrCountry(tokens[nameTokens.lowerBound])) { return }
        if isKnownOrganisation(tokens, nameTokens) { return }

        // One word: a known person's short form (linked later), or a new person after a title.
        if nameTokens.count == 1 {
            guard titleKind != nil, !shared.gazetteer.notNames.contains(key) else { return }
            let role = roleStart.flatMap { roleText(paragraph, $0, titleEnd: nameTokens.lowerBound, titleKind: titleKind) }
            if let existing = person(withShortForm: tokens[nameTokens.lowerBound].key.text) {
                addMention(existing, paragraph, nameTokens)
                applyTitle(existing, role: role, honorific: tokens[k - 1].lower.text)
                return
            }
            let index = addPerson(name: nameText, paragraph, nameTokens)
            applyTitle(index, role: role, honorific: tokens[k - 1].lower.text)
            return
        }
        guard titleKind != nil || looksLikeName(tokens, nameTokens) || hasContextCue(paragraph, nameTokens)
                || lowercaseRole(before: nameTokens.lowerBound, in: paragraph) != nil else { return }
        let index: Int
        if let existing = nameKeys.firstIndex(of: key) ?? person(withShortForm: key) {
            index = existing
            addMention(existing, paragraph, nameTokens)
        } else {
            index = addPerson(name: nameText, paragraph, nameTokens)
        }
        if titleKind != nil, let roleStart {
            applyTitle(index, role: roleText(paragraph, roleStart, titleEnd: nameTokens.lowerBound, titleKind: titleKind),
                       honorific: tokens[nameTokens.lowerBound - 1].lower.text)
        }
        if people[index].role == nil {
            // Before honorifics too: `military spokesman Lt. Col. Avner Shaltiel`.
            people[index].role = lowercaseRole(before: roleStart ?? nameTokens.lowerBound, in: paragraph)
                ?? appositiveRole(after: nameTokens.upperBound, in: paragraph)
        }
        if people[index].gender == nil { people[index].gender = pronounGender(after: nameTokens.upperBound, in: paragraph) }
    }

    /// The longest title (`Prime Minister`, `Mr`) starting at token `k`, ending before `limit`.
    private func title(at k: Int, in tokens: [Token], limit: Int) -> (Int, Gazetteer.TitleKind)? {
        shared.gazetteer.titles.longestMatch(tokens, at: k, limit: limit).map { ($0.length, $0.value) }
    }

    private func isDemonymOrCountry(_ token: Token) -> Bool {
        shared.gazetteer.countryForms.contains(token.key)
    }

    private func isKnownOrganisation(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { shared.gazetteer.organisations.longestMatch(tokens, at: $0, limit: range.upperBound) != nil }
    }

    /// Words that are never names; an acronym (US) is not the word (us).
    private func isNotName(_ token: Token) -> Bool {
        let text = token.text
        if token.end - token.start > 1, text.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }) {
            return shared.gazetteer.notNameAcronyms.contains(text)
        }
        return shared.gazetteer.notNames.contains(token.lower)
    }

    /// How many tokens from `k` form a country's name, alias or demonym (`South Korean`).
    private func countryLength(at k: Int, in tokens: [Token], limit: Int) -> Int {
        shared.gazetteer.countryForms.longestMatch(tokens, at: k, limit: limit)?.length ?? 0
    }

    /// Two to five capitalised words with a known given or family name, or an initial.
    private func looksLikeName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let words = range.map { tokens[$0].name }
        if words.contains(where: { $0.count <= 3 && $0.hasSuffix(".") && $0.first!.isUppercase }) { return true }
        let first = words.first!, last = words.last!
        if shared.gazetteer.givenNames.contains(first) || shared.gazetteer.surnames.contains(last) { return true }
        // "Mark Rathbun": a given name that is also a word, before a name no list holds.
        if shared.gazetteer.ambiguousGivenNames.contains(first), !tokens[range.lowerBound].startsSentence, words.count == 2,
           !shared.gazetteer.notNames.contains(last.lowercased()), shared.gazetteer.countryForms[last.lowercased()] == nil {
            return true
        }
        if shared.gazetteer.surnames.contains(first) && (words.count == 2 || words.count == 3) { return true }
        let firstPart = first.split(separator: "-").first.map(String.init) ?? first
        return shared.gazetteer.givenNames.contains(firstPart)
    }

    /// `X said`, `said X`, `X, a fisherman in ...,`, `X, 54,`.
    private func hasContextCue(_ paragraph: Paragraph, _ range: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        if range.upperBound < tokens.count, shared.gazetteer.speechVerbs.contains(tokens[range.upperBound].lower) { return true }
        if range.lowerBound > 0, shared.gazetteer.speechVerbs.contains(tokens[range.lowerBound - 1].lower) { return true }
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].mark == ",",
           ["a", "an", "the", "who", "whose"].contains(tokens[range.upperBound + 1].lower.text) || tokens[range.upperBound + 1].text.allSatisfy(\.isNumber) {
            return true
        }
        return false
    }

    /// People the story calls by their given name only ("Gloria"), at least twice, when no
    /// one already found has that name.
    private mutating func findGivenNamesAlone() {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized && owner[paragraph.index][i] == nil {
                let name = tokens[i].name
                if shared.gazetteer.givenNames.contains(name) { counts[name, default: 0] += 1 }
            }
        }
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) where count >= 2 {
            let lower = name.lowercased()
            guard !shared.gazetteer.surnames.contains(name), !shared.gazetteer.notNames.contains(lower), shared.gazetteer.countryForms[lower] == nil,
                  !shared.gazetteer.organisations.contains(lower), person(withShortForm: lower) == nil,
                  !people.contains(where: { $0.name.split(separator: " ").first.map(String.init) == name }) else { continue }
            appendPerson(Person(name: name), shortForms: [lower], lastMention: (0, 0))
        }
    }

    // MARK: Roles and gender

    private func roleText(_ paragraph: Paragraph, _ start: Int, titleEnd: Int, titleKind: Gazetteer.TitleKind?) -> String? {
        guard titleKind == .role, start < titleEnd else { return nil }
        let lowered = lowercaseRole(before: start, in: paragraph)
        let text = paragraph.text(tokens: start, through: titleEnd - 1)
        if let lowered { return lowered + " " + text }
        return text
    }

    private mutating func applyTitle(_ index: Int, role: String?, honorific: String) {
        if people[index].role == nil, let role { people[index].role = role }
        switch honorific.trimmed(["."]) {
        case "mr", "sir", "lord", "king", "prince": people[index].gender = people[index].gender ?? .male
        case "ms", "mrs", "miss", "madam", "dame", "lady", "queen", "princess": people[index].gender = people[index].gender ?? .female
        default: break
        }
    }

    /// `Chinese foreign ministry spokesman Gao Wenjun`, `Kremlin spokesman X`, `Japan's
    /// ambassador in Beijing, X`: the role words before a name, around a head noun.
    private func lowercaseRole(before index: Int, in paragraph: Paragraph) -> String? {
        let tokens = paragraph.tokens
        // The role's text ends before `textEnd`; its words are read back from `scanEnd`.
        var textEnd = index, scanEnd = index
        // `Japan's ambassador in Beijing, Tetsuya Oginome`: a role set off by a comma, which
        // may end in a place.
        if index > 1, tokens[index - 1].kind == .punctuation, tokens[index - 1].mark == "," {
            textEnd = index - 1
            scanEnd = textEnd
            var place = textEnd
            while place > 0, tokens[place - 1].kind == .word, tokens[place - 1].isCapitalized { place -= 1 }
            if place < textEnd, place > 1, ["in", "at", "to", "of"].contains(tokens[place - 1].lower.text), isRoleHead(tokens[place - 2]) {
                scanEnd = place - 1
            } else if !isRoleHead(tokens[textEnd - 1]) {
                return nil
            }
        }
        var start = scanEnd
        var hasHead = false
        func isPossessive(_ t: Int) -> Bool { t >= 0 && tokens[t].kind == .word && tokens[t].nameEnd < tokens[t].end }
        while start > 0 {
            let token = tokens[start - 1]
            guard token.kind == .word else { break }
            let lower = token.lower
            if start >= 2, countryLength(at: start - 2, in: tokens, limit: start) == 2 {
                // `South Korean`, `South Korea's`
                start -= 2
                if isPossessive(start + 1) { break }
                continue
            }
            if isRoleHead(token) {
                hasHead = true
            } else if PeopleFinder.roleModifiers.contains(lower) || isDemonymOrCountry(token)
                        || shared.gazetteer.organisationWords.contains(lower) {
                // a modifier: `foreign`, `Chinese`, `ministry`
            } else if hasHead, token.isCapitalized, !isNotName(token), owner[paragraph.index][start - 1] == nil {
                // a name as modifier: `Kremlin`, `Keidanren`, `Democratic Progressive`
            } else if hasHead, !token.isCapitalized, isPossessive(start - 1) {
                // `The island's mayor`: the possessive and its article open the role.
                start -= 1
                if start > 0, ["the", "a", "an"].contains(tokens[start - 1].lower.text) { start -= 1 }
                break
            } else if hasHead, !token.isCapitalized, isPossessive(start - 2), tokens[start - 2].isCapitalized {
                // `Japan's tourism minister`: one more word after a name's possessive.
            } else {
                break
            }
            start -= 1
            // `Wong's wife`, `Taiwan's economy minister`: a possessive opens the role.
            if token.nameEnd < token.end { break }
        }
        guard hasHead, start < scanEnd else { return nil }
        return paragraph.text(tokens: start, through: textEnd - 1)
    }

    private func isRoleHead(_ token: Token) -> Bool {
        token.kind == .word && (shared.gazetteer.roleNouns[token.lower] != nil || shared.gazetteer.titles[token.lower] == .role)
    }

    /// `Li Qiang, a professor at Fudan University,`: a description after the name.
    private func appositiveRole(after index: Int, in paragraph: Paragraph) -> String? {
        let tokens = paragraph.tokens
        var index = index
        // `Sumie Kakizaki, 88, a former resident`: past the age.
        if index + 3 < tokens.count, tokens[index].mark == ",", tokens[index + 1].kind == .word,
           tokens[index + 1].text.allSatisfy(\.isNumber), tokens[index + 2].mark == "," {
            index += 2
        }
        guard index + 1 < tokens.count, tokens[index].mark == "," else { return nil }
        let first = tokens[index + 1]
        let opensDescription = ["a", "an", "the"].contains(first.lower.text) || shared.gazetteer.roleNouns[first.lower] != nil
            || shared.gazetteer.titles[first.lower] == .role || PeopleFinder.roleModifiers.contains(first.lower)
            || isDemonymOrCountry(first) && index + 2 < tokens.count && tokens[index + 2].kind == .word
        guard opensDescription else { return nil }
        var end = index + 1
        var who: Int?
        while end < tokens.count, end - index < 18 {
            let token = tokens[end]
            if token.kind == .punctuation && (token.mark == "," || Marks.sentenceEnds.contains(token.mark)
                                              || Marks.doubleQuotes.contains(token.mark) || token.mark == ";") {
                break
            }
            if token.kind == .word && (token.lower == "said" || token.lower == "says") { return nil }
            if token.kind == .word && token.lower == "who" && who == nil { who = end }
            end += 1
        }
        // A long description, or one a quotation cuts into: up to its relative clause.
        if let who, end - index >= 18 || end < tokens.count && Marks.doubleQuotes.contains(tokens[end].mark) { end = who }
        guard end > index + 1, end < tokens.count else { return nil }
        return paragraph.text(tokens: index + 1, through: end - 1)
    }

    /// The first he/she/his/her after a name in its sentence, when no other name comes between.
    private func pronounGender(after index: Int, in paragraph: Paragraph) -> Gender? {
        let tokens = paragraph.tokens
        var i = index
        if i < tokens.count, tokens[i].mark == "," { i += 1 }
        while i < tokens.count, !(tokens[i].startsSentence && i > index) {
            if tokens[i].kind == .word {
                switch tokens[i].lower.text {
                case "she", "her", "hers", "herself": return .female
                case "he", "his", "him", "himself": return .male
                default: if tokens[i].isCapitalized && !tokens[i].startsSentence { return nil }  // another name between
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: People and mentions

    private mutating func addPerson(name: String, _ paragraph: Paragraph, _ range: Range<Int>) -> Int {
        let index = people.count
        appendPerson(Person(name: name), shortForms: PeopleFinder.shortForms(of: name, gazetteer: shared.gazetteer),
                     lastMention: (paragraph.index, range.lowerBound))
        addMention(index, paragraph, range)
        return index
    }

    /// A new person with the indexes that find them: short forms, name key, last mention.
    private mutating func appendPerson(_ person: Person, shortForms: [String], lastMention mention: (Int, Int)) {
        for form in shortForms {
            shortFormIndex[form, default: []].append(people.count)
            let words = form.split(separator: " ")
            let first = String(words.first ?? "")
            if !shortFormFirstWords.contains(first) { shortFormFirstWords.append(first) }
            longestShortForm = max(longestShortForm, words.count)
            if PeopleFinder.particles.contains(first.lowercased()) { formsStartWithParticle = true }
        }
        if let first = person.name.split(separator: " ").first, PeopleFinder.particles.contains(first.lowercased()) {
            formsStartWithParticle = true
        }
        nameKeys.append(Gazetteer.phraseKey(person.name))
        lastMention.append(mention)
        people.append(person)
    }

    private mutating func addMention(_ person: Int, _ paragraph: Paragraph, _ range: Range<Int>) {
        let tokens = paragraph.tokens
        people[person].mentions.append(TextSpan(paragraph: paragraph.index, start: tokens[range.lowerBound].start,
                                                end: tokens[range.upperBound - 1].nameEnd))
        for t in range { owner[paragraph.index][t] = person }
        if (paragraph.index, range.lowerBound) > lastMention[person] { lastMention[person] = (paragraph.index, range.lowerBound) }
    }

    /// "takaichi" for Sanae Takaichi; "xi" for Xi Jinping; "van der linde" for Marta van der Linde.
    static func shortForms(of name: String, gazetteer: Gazetteer) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [name.lowercased()] }
        var forms: [String] = []
        if let particle = words.firstIndex(where: { particles.contains($0.lowercased()) }), particle > 0 {
            forms.append(words[particle...].joined(separator: " ").lowercased())
        }
        forms.append(words.last!.lowercased())
        // Family name first (Xi Jinping, Park Seo-yeon, Fang Zhenyu): the first word alone.
        let first = words[0], last = words.last!
        if words.count <= 3, gazetteer.surnames.contains(first), !first.hasSuffix("."),
           !gazetteer.givenNames.contains(first) || last.contains("-") || !gazetteer.surnames.contains(last) {
            forms.append(first.lowercased())
        }
        return forms
    }

    private func person(withShortForm form: String) -> Int? {
        // The most recently mentioned person wins when two share a family name.
        var best: Int?
        for index in shortFormIndex[form] ?? [] {
            if best == nil || lastMention[index] > lastMention[best!] { best = index }
        }
        return best
    }

    /// People by their given name, for those called so later ("Mark" for Mark Rathbun).
    private func makeGivenNameIndex() -> WordMap<[Int]> {
        var index = WordMap<[Int]>()
        for (person, value) in people.enumerated() {
            let words = value.name.split(separator: " ")
            if words.count > 1 { index[String(words[0]), default: []].append(person) }
        }
        return index
    }

    /// The one person whose given name this is, when it is a known given name.
    private func person(withGivenName name: String) -> Int? {
        guard shared.gazetteer.givenNames.contains(name) || shared.gazetteer.ambiguousGivenNames.contains(name),
              let matches = givenNames[name], matches.count == 1 else { return nil }
        return matches[0]
    }

    private mutating func linkShortMentions(in paragraph: Paragraph) {
        let tokens = paragraph.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .word, tokens[i].isCapitalized || formsStartWithParticle && PeopleFinder.isParticle(tokens[i].lower.text, tokens[i]),
                  owner[paragraph.index][i] == nil else { continue }
            guard shortFormFirstWords.contains(tokens[i].key.text) || givenNames[tokens[i].name] != nil else { continue }
            // Longest first: "van der Linde" before "Linde".
            for length in stride(from: min(4, longestShortForm, tokens.count - i), through: 1, by: -1) {
                let range = i..<i + length
                guard range.allSatisfy({ tokens[$0].kind == .word && owner[paragraph.index][$0] == nil }) else { continue }
                let form = length == 1 ? tokens[i].key.text : range.map { tokens[$0].key.text }.joined(separator: " ")
                if let person = person(withShortForm: form) ?? (length == 1 ? person(withGivenName: tokens[i].name) : nil) {
                    if length == 1 && tokens[i].startsSentence && shared.gazetteer.notNames.contains(form) { continue }
                    addMention(person, paragraph, range)
                    i += length - 1
                    break
                }
            }
        }
    }
}
