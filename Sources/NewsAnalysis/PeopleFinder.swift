import NewsModel
import Foundation

/// Finds the named people of a story: candidate names are runs of capitalised words; a run
/// is a person when the gazetteer knows its given or family name, or when the context says
/// so (a title before it, a speech verb or a description after it). Later mentions by family
/// name, with a title, or in the possessive are then linked to the person.
struct PeopleFinder {
    let shared: SharedGazetteer
    let paragraphs: [Paragraph]

    /// The people, and for each paragraph, which person each token belongs to.
    var people: [Person] = []
    private(set) var owner: [[Int?]]
    /// The rank a title gives someone whose role is another (`Lieutenant Colonel`, for `the
    /// colonel said`), by person.
    private(set) var ranks: [Int: String] = [:]
    /// For each person, the lowercased forms that refer to them alone ("takaichi").
    private var shortFormIndex = WordMap<[Int]>()
    /// Each person's name as a phrase key ("sanae takaichi").
    private var nameKeys: [String] = []
    private var givenNames = WordMap<[Int]>()
    private var givenNameWords: [String] = []
    /// The first words of the short forms, and the most words a short form has: a story has
    /// few people, so a list is searched faster than a set is hashed.
    private var shortFormFirstWords: [Word] = []
    private var longestShortForm = 1
    /// Whether some short form or name starts with a particle ("van der Linde"): only then
    /// can a lower-case word begin a mention, and most stories spare every such word a look-up.
    private var formsStartWithParticle = false
    /// For each person, where they were last mentioned: (paragraph, token).
    private(set) var lastMention: [(Int, Int)] = []
    /// Every word of every name found so far: the tagger is told a word already names someone.
    private var nameWords = Set<Word>()
    /// The people by the first word of their name.
    private var firstWords = WordMap<[Int]>()
    private let extractor: NameFeatureExtractor
    /// Words the story writes before a noun for a place (`Quang Ngai province`), as name keys.
    private var placesNamedByNoun: Set<String> = []

    static var particles: WordSet { NameRuns.particles }
    static let roleModifierWords = ["former", "deputy", "vice", "acting", "chief", "senior", "top", "then",
                                             "assistant", "associate", "interim", "outgoing", "incoming", "new", "veteran",
                                             "foreign", "defence", "defense", "finance", "trade", "interior", "economy",
                                             "industry", "commerce", "health", "education", "justice", "energy", "security",
                                             "ministry", "government", "state", "national", "party", "cabinet", "army",
                                             "navy", "military", "space", "agency", "affairs", "general", "executive",
                                             "prime", "federal", "regional", "provincial", "city", "opposition", "ruling",
                                             "presidential", "white", "house", "press", "coast", "guard", "maritime",
                                             "environment", "transport", "labour", "labor", "science", "technology",
                                             "culture", "agriculture", "fisheries", "economic", "unification", "police"]
    static let roleModifiers = WordSet(roleModifierWords)
    /// A word shaped like a noun for someone who does something: `geologist`, `winemaker`,
    /// `rifleman`, `librarian`, `consultant`, `trainee`.
    static func isAgentNoun(_ token: Token) -> Bool {
        let word = token.lower.text
        guard token.kind == .word, word.utf8.count >= 5, !token.isCapitalized || token.startsSentence else { return false }
        return agentEndings.contains { word.hasSuffix($0) }
    }
    static let agentEndings = ["er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "ess"]
    /// Words after which a description has said what its person is: `a professor at`, `the visit by`.
    static let descriptionEnds: WordSet = ["of", "at", "by", "for", "in", "from", "to", "with", "on", "who", "that", "which"]

    init(shared: SharedGazetteer, paragraphs: [Paragraph]) {
        self.shared = shared
        self.paragraphs = paragraphs
        owner = paragraphs.map { [Int?](repeating: nil, count: $0.tokens.count) }
        extractor = NameFeatureExtractor(shared: shared, lowercase: StoryWords(paragraphs, gazetteer: shared.gazetteer))
    }

    mutating func find() {
        placesNamedByNoun = PeopleFinder.placesNamedByNoun(in: paragraphs)
        for paragraph in paragraphs { findNames(in: paragraph) }
        for paragraph in paragraphs { findPeopleNamedByOneWord(in: paragraph) }
        findGivenNamesAlone()
        (givenNames, givenNameWords) = makeGivenNameIndex()
        for paragraph in paragraphs { linkShortMentions(in: paragraph) }
        for index in people.indices {
            people[index].mentions.sort { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        }
        dropNamedAnimals()
    }

    /// Takes these people out of `people`, `owner` and `lastMention`, renumbering the others.
    /// Only once the people are found: the indexes that find them are not renumbered.
    mutating func removePeople(_ removed: Set<Int>) {
        let kept = people.indices.filter { !removed.contains($0) }
        var renumbered = [Int?](repeating: nil, count: people.count)
        for (new, old) in kept.enumerated() { renumbered[old] = new }
        for p in owner.indices {
            for t in owner[p].indices where owner[p][t] != nil { owner[p][t] = renumbered[owner[p][t]!] }
        }
        people = kept.map { people[$0] }
        lastMention = kept.map { lastMention[$0] }
    }

    // MARK: Candidate names

    private mutating func findNames(in paragraph: Paragraph) {
        let tokens = paragraph.tokens
        for run in NameRuns.runs(in: tokens, titles: shared.gazetteer.titles) {
            if isShipOrAircraft(tokens, run) || PeopleFinder.namesAThing(tokens, run) { continue }
            guard let labels = shared.nameModel.labelsOfCandidate(tokens, run: run, extractor: extractor, known: { nameWords.contains(tokens[$0].key) }) else { continue }
            if !labels.contains(.begin), let name = nameAfterRoleTitle(tokens, run) {
                classify(paragraph, run: run, name: name)
                continue
            }
            var k = 0
            while k < labels.count {
                guard labels[k] == .begin else { k += 1; continue }
                var end = k + 1
                while end < labels.count, labels[end] == .inside { end += 1 }
                classify(paragraph, run: run, name: run.lowerBound + k..<run.lowerBound + end)
                k = end
            }
        }
    }

    /// `Deputy Mayor Oren Talmi`: two or three words no list knows, or knows only as names, after
    /// a role title that opens the run, are a name even where the tagger doubts them.
    private func nameAfterRoleTitle(_ tokens: [Token], _ run: Range<Int>) -> Range<Int>? {
        guard let (length, kind) = title(at: run.lowerBound, in: tokens, limit: run.upperBound), kind == .role,
              (2...3).contains(run.count - length) else { return nil }
        let name = run.lowerBound + length..<run.upperBound
        let onlyNames = name.allSatisfy { t in
            let lists = shared.gazetteer.nameLists[tokens[t].key] ?? []
            return tokens[t].kind == .word && tokens[t].isCapitalized && lists.isSubset(of: [.given, .surname])
                && tokens[t].text.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "-" }
        }
        return onlyNames ? name : nil
    }

    /// Where the title starts that ends with the `of` or `for` just before `start`.
    private func titleBefore(_ start: Int, in tokens: [Token]) -> Int? {
        let link = start - 1
        guard link >= 1, tokens[link].lower == "of" || tokens[link].lower == "for" else { return nil }
        var start: Int?
        for k in stride(from: link - 1, through: max(0, link - 4), by: -1) where tokens[k].kind == .word {
            if let (length, kind) = title(at: k, in: tokens, limit: link), k + length == link, kind == .role { start = k }
        }
        return start
    }

    private func isNameWord(_ token: Token) -> Bool {
        shared.gazetteer.surnames.contains(token.name) || shared.gazetteer.ambiguousSurnames.contains(token.name)
            || shared.gazetteer.givenNames.contains(token.name)
    }

    private func isOrganisationWord(_ token: Token) -> Bool {
        shared.gazetteer.organisationWords.contains(token.key) && !shared.gazetteer.surnames.contains(token.name)
    }

    /// Acronyms are capitals (and periods): a word whose second letter is lower case is none,
    /// and spares a look-up by its text, which is not hashed yet.
    static func mayBeAcronym(_ token: Token) -> Bool {
        var bytes = token.text.utf8.makeIterator()
        _ = bytes.next()
        guard let second = bytes.next() else { return false }
        return second >= 0x80 || second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z") || second == UInt8(ascii: ".")
    }

    /// `UN`, `NATO`, `UN's`: a word of two capitals or more and nothing else.
    static func isAllCapitals(_ token: Token) -> Bool {
        token.nameEnd - token.start >= 2 && token.text.utf8.prefix(token.nameEnd - token.start).allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// USS Ronald Reagan, HMS Queen Elizabeth: a ship, not a person.
    private func isShipOrAircraft(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        run.prefix(2).contains { tokens[$0].end - tokens[$0].start > 2 && PeopleFinder.mayBeAcronym(tokens[$0]) && shared.gazetteer.notNameAcronyms.contains(tokens[$0].text) }
    }

    /// A name the tagger found: a mention of someone already found, or a new person, with the
    /// role the words before it give.
    private mutating func classify(_ paragraph: Paragraph, run: Range<Int>, name found: Range<Int>) {
        let tokens = paragraph.tokens
        // Names hold no titles: `Prime Minister Tuilaepa`, `Mayor de Blasio` are the role and the name.
        var nameTokens = found
        while let (length, _) = title(at: nameTokens.lowerBound, in: tokens, limit: nameTokens.upperBound) {
            nameTokens = nameTokens.lowerBound + length..<nameTokens.upperBound
        }
        // `Jr. Day` of `Martin Luther King Jr. Day`, `, Jr.`: a generation ends a name, opens none.
        if !nameTokens.isEmpty, PeopleFinder.generations.contains(tokens[nameTokens.lowerBound].lower) { return }
        // `Actor Tomas Rydell`, `Filmmaker ...`: a noun for a person that opens the name is its role.
        if nameTokens.count >= 3, shared.gazetteer.personNouns.contains(tokens[nameTokens.lowerBound].key),
           !shared.gazetteer.givenNames.contains(tokens[nameTokens.lowerBound].name),
           shared.gazetteer.givenNames.contains(tokens[nameTokens.lowerBound + 1].name) || shared.gazetteer.surnames.contains(tokens[nameTokens.lowerBound + 1].name)
            || shared.gazetteer.surnames.contains(tokens[nameTokens.upperBound - 1].name) {
            nameTokens = nameTokens.lowerBound + 1..<nameTokens.upperBound
        }
        // `Kiryat Shmona Mayor Israel Amsalem`, `Vice Commerce Minister Ling Jiahui`: a name
        // starts after the last title inside it.
        if let last = nameTokens.dropLast().last(where: { shared.gazetteer.titles[tokens[$0].key] == .role }) {
            nameTokens = last + 1..<nameTokens.upperBound
        }
        // `Director of Safety Operations Ingrid Sollberger`, `Vice Minister for International
        // Affairs Hironobu Tamaki`: the run after a title's `of` or `for` names the office
        // first, up to the given name.
        let officeStart = titleBefore(run.lowerBound, in: tokens)
        if officeStart != nil, nameTokens.lowerBound == run.lowerBound,
           let given = nameTokens.dropFirst().first(where: { shared.gazetteer.givenNames.contains(tokens[$0].name) }) {
            nameTokens = given..<nameTokens.upperBound
        }
        guard !nameTokens.isEmpty, nameTokens.count <= 6 else { return }
        // `Chair In Global Islamic Politics`: what a capitalised word of grammar opens is no name.
        if PeopleFinder.grammarWords.contains(tokens[nameTokens.lowerBound].key) { return }
        if namesSomethingAfterThem(nameTokens, in: tokens) { return }
        if nameTokens.allSatisfy({ shared.gazetteer.roleNouns[tokens[$0].key] != nil }) { return }
        // `General Staff`, `Ben Franklin Technology Partners`, `Marine Bulletin`: an organisation.
        if isOrganisationWord(tokens[nameTokens.upperBound - 1]) { return }
        if nameTokens.upperBound < run.upperBound, isOrganisationWord(tokens[nameTokens.upperBound]) { return }
        // `Martin Luther King Jr. Day`: a generation before more capitals names a thing after the person.
        if let generation = run.dropLast().first(where: { PeopleFinder.generations.contains(tokens[$0].lower) }), tokens[generation + 1].isCapitalized { return }
        // The name's key as a word, hashed once for the look-ups below (a one-word name's is the token's).
        let key = nameTokens.count == 1 ? tokens[nameTokens.lowerBound].key : Word(Word.joined(nameTokens.map { tokens[$0].key.text }))
        // `the Singapore-based consultancy Meridian Asia`: a noun for an organisation names one.
        if nameTokens.lowerBound > 0, tokens[nameTokens.lowerBound - 1].kind == .word, !tokens[nameTokens.lowerBound - 1].isCapitalized,
           shared.gazetteer.organisationWords.contains(tokens[nameTokens.lowerBound - 1].lower) { return }
        // `Pan told reporters`, after `Pan Xiaoyu`: a family name that is also an organisation
        // (`PAN`) is the person the story has already named.
        if nameTokens.count == 1, shared.gazetteer.countryForms[key] == nil, isNameWord(tokens[nameTokens.lowerBound]),
           shared.gazetteer.organisations.contains(key), let existing = person(withShortForm: key) ?? person(withFirstWord: tokens[nameTokens.lowerBound].key) {
            addMention(existing, paragraph, nameTokens)
            return
        }
        // `General Staff`: a noun for people after a title, no name.
        if nameTokens.count == 1, shared.gazetteer.personNouns.contains(key), !isNameWord(tokens[nameTokens.lowerBound]) { return }
        // By definition not a person: a country, a known organisation, a place the story names so.
        if placesNamedByNoun.contains(key.text) { return }
        if shared.gazetteer.countryForms[key] != nil || shared.gazetteer.organisations.contains(key) || shared.gazetteer.places[key] == false { return }
        // An organisation opening the name (`Human Rights Watch Asia`), unless it is one word that
        // is also a family or given name before more of the name (`PAN` and `Pan Xiaoyu`).
        if let match = shared.gazetteer.organisations.longestMatch(tokens, at: nameTokens.lowerBound, limit: nameTokens.upperBound),
           match.length > 1 || nameTokens.count == 1 || !isNameWord(tokens[nameTokens.lowerBound]) { return }
        // `Human Rights Watch Asia`, `Amnesty International Australia`: a word right after an
        // organisation's name, with no title between, goes on naming it.
        if nameTokens.count == 1, (run.lowerBound..<nameTokens.lowerBound).contains(where: { k in
            shared.gazetteer.organisations.longestMatch(tokens, at: k, limit: nameTokens.lowerBound)?.length == nameTokens.lowerBound - k
        }) { return }
        var (roleStart, titleKind) = rolePrefix(tokens, run: run, nameStart: nameTokens.lowerBound)
        var nameText: String { paragraph.text(tokens[nameTokens.lowerBound].start..<tokens[nameTokens.upperBound - 1].nameEnd) }
        let honorific = nameTokens.lowerBound > 0 ? tokens[nameTokens.lowerBound - 1].lower.text : ""
        var titleRole = titleKind == nil ? nil : roleStart.flatMap { roleText(paragraph, $0, titleEnd: nameTokens.lowerBound, titleKind: titleKind) }
        if let officeStart, nameTokens.lowerBound > run.lowerBound {
            titleRole = roleText(paragraph, officeStart, titleEnd: nameTokens.lowerBound, titleKind: .role)
            (roleStart, titleKind) = (officeStart, .role)
        }
        let role = titleRole?.text

        let index: Int
        if nameTokens.count == 1 {
            if let existing = person(withShortForm: key) ?? person(withGivenName: tokens[nameTokens.lowerBound].name)
                ?? person(withFirstWord: tokens[nameTokens.lowerBound].key) {
                addMention(existing, paragraph, nameTokens)
                applyTitle(existing, role: role, honorific: honorific)
                return
            }
            // A lone word the lists call no name needs a title to be someone ("Police" opens many sentences).
            guard titleKind != nil || !shared.gazetteer.notNames.contains(key) || !tokens[nameTokens.lowerBound].startsSentence else { return }
            // A place alone is no one, even one that is also a family name (`hotels in Osaka`,
            // `Osaka Castle`), until a title or the full name says otherwise.
            guard titleKind != nil || shared.gazetteer.places[key] == nil else { return }
            // `Joanne and Edward Corr`: a given name before another's full name shares its family name.
            if let family = sharedFamilyName(after: nameTokens.upperBound, in: tokens, given: tokens[nameTokens.lowerBound]) {
                index = addPerson(name: nameText + " " + tokens[family].name, paragraph, nameTokens)
            } else {
                index = addPerson(name: nameText, paragraph, nameTokens)
            }
        } else if let existing = nameKeys.firstIndex(of: key.text) ?? person(withShortForm: key) ?? person(withFirstAndLastWordsOf: key.text) {
            index = existing
            addMention(existing, paragraph, nameTokens)
        } else {
            index = addPerson(name: nameText, paragraph, nameTokens)
        }
        if titleKind != nil { applyTitle(index, role: role, honorific: honorific) }
        if let rank = titleRole?.rank, ranks[index] == nil { ranks[index] = rank }
        if people[index].role == nil {
            // Before honorifics too: `military spokesman Lt. Col. Avner Shaltiel`.
            people[index].role = lowercaseRole(before: roleStart ?? nameTokens.lowerBound, in: paragraph)
                ?? appositiveRole(after: nameTokens.upperBound, in: paragraph)
        }
        if people[index].gender == nil {
            people[index].gender = kinshipGender(before: roleStart ?? nameTokens.lowerBound, in: tokens)
                ?? pronounGender(after: nameTokens.upperBound, in: paragraph)
        }
    }

    /// `the Trump administration`, `the Assad regime`, `the Vanderbilt family`: a name before
    /// these nouns names the body, not the person (`Trump's administration` does name him).
    static let eponymNouns: WordSet = ["administration", "regime", "government", "campaign", "presidency", "era", "family",
                                       "years", "cabinet", "doctrine", "dynasty", "clan"]

    func namesSomethingAfterThem(_ name: Range<Int>, in tokens: [Token]) -> Bool {
        name.upperBound < tokens.count && tokens[name.upperBound - 1].nameEnd == tokens[name.upperBound - 1].end
            && tokens[name.upperBound].kind == .word && !tokens[name.upperBound].isCapitalized
            && PeopleFinder.eponymNouns.contains(tokens[name.upperBound].lower)
    }

    static let grammarWords: WordSet = ["in", "of", "for", "and", "the", "on", "at", "to", "by", "with", "from", "a", "an",
                                        "or", "but", "as", "into", "over", "under", "about"]

    /// The family name of `Edward Corr` in `Joanne and Edward Corr`, for `Joanne` (a given name
    /// and no family name) before `and`: two capitalised words, the first a given name.
    private func sharedFamilyName(after end: Int, in tokens: [Token], given: Token) -> Int? {
        let family = end + 2
        guard family < tokens.count, tokens[end].lower == Word.and, shared.gazetteer.givenNames.contains(given.name),
              !shared.gazetteer.surnames.contains(given.name),
              tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized, shared.gazetteer.givenNames.contains(tokens[end + 1].name),
              tokens[family].kind == .word, tokens[family].isCapitalized,
              family + 1 == tokens.count || !(tokens[family + 1].kind == .word && tokens[family + 1].isCapitalized) else { return nil }
        return family
    }

    /// Where the role words just before a name start in its run (`Japanese Prime Minister`,
    /// `US Deputy Secretary of State`, `Kiryat Shmona Mayor`, `Dr`), and the kind of the last
    /// title among them: from the first word that can open a role (not "The", "On Tuesday").
    private func rolePrefix(_ tokens: [Token], run: Range<Int>, nameStart: Int) -> (Int?, Gazetteer.TitleKind?) {
        var start = run.lowerBound
        while start < nameStart, isNotName(tokens[start]), countryLength(at: start, in: tokens, limit: nameStart) == 0,
              title(at: start, in: tokens, limit: nameStart) == nil, !PeopleFinder.roleModifiers.contains(tokens[start].lower) {
            start += 1
        }
        var k = start
        var kind: Gazetteer.TitleKind?
        while k < nameStart {
            if let (length, found) = title(at: k, in: tokens, limit: nameStart) {
                kind = found
                k += length
            } else {
                // `Actress Denise Crosby`, `Inventor Franky Zapata`: a noun for a person is a role too.
                if shared.gazetteer.personNouns.contains(tokens[k].key) { kind = .role }
                k += 1
            }
        }
        return kind == nil || start == nameStart ? (nil, nil) : (start, kind)
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

    /// People the story calls by their given name only ("Gloria"), at least twice, when no
    /// one already found has that name.
    private mutating func findGivenNamesAlone() {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized && owner[paragraph.index][i] == nil {
                // The lists by lower case first (its hash is known): most words are no given name.
                guard shared.gazetteer.nameLists[tokens[i].key]?.contains(.given) == true else { continue }
                // Alone: `Quang` of `Quang Ngai province`, `Diego` of `San Diego` are part of a place's name.
                if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized { continue }
                if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i - 1].nameEnd == tokens[i - 1].end { continue }
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

    /// The role the title words `start..<titleEnd` give, with the lower-case role words before
    /// them, and the rank among them (`Military spokesman Lieutenant Colonel X`, `Defence
    /// Minister General X`: a rank after a role is a title, not the role; alone it is the role).
    private func roleText(_ paragraph: Paragraph, _ start: Int, titleEnd: Int, titleKind: Gazetteer.TitleKind?) -> (text: String, rank: String?)? {
        guard titleKind == .role, start < titleEnd else { return nil }
        let tokens = paragraph.tokens
        let lowered = lowercaseRole(before: start, in: paragraph)
        // By whole titles, so that `Attorney General` keeps its `General`.
        var titles: [Range<Int>] = []
        var k = start
        while k < titleEnd {
            let length = shared.gazetteer.titles.longestMatch(tokens, at: k, limit: titleEnd)?.length ?? 1
            titles.append(k..<k + length)
            k += length
        }
        var end = titleEnd
        while let last = titles.last, shared.gazetteer.ranks.longestMatch(tokens, at: last.lowerBound, limit: last.upperBound)?.length == last.count {
            end = last.lowerBound
            titles.removeLast()
        }
        let rank = end < titleEnd ? paragraph.text(tokens: end, through: titleEnd - 1) : nil
        if lowered == nil, !(start..<end).contains(where: { isRoleHead(tokens[$0]) }) { end = titleEnd }
        let text = [lowered, end > start ? paragraph.text(tokens: start, through: end - 1) : nil].compactMap { $0 }.joined(separator: " ")
        return (text, rank)
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
    func lowercaseRole(before index: Int, in paragraph: Paragraph) -> String? {
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
        // `the captain, Hung Chin-fa,`, `its spokesman, Zhu Fenglian,`: a role set off by a
        // comma is an appositive, which keeps its article (a premodifier loses it).
        if textEnd < index, start > 0, SpeakerFinder.determiners.contains(tokens[start - 1].lower) { start -= 1 }
        return paragraph.text(tokens: start, through: textEnd - 1)
    }

    private func isRoleHead(_ token: Token) -> Bool {
        token.kind == .word && (shared.gazetteer.roleNouns[token.lower] != nil || shared.gazetteer.titles[token.lower] == .role)
    }

    /// `Li Qiang, a professor at Fudan University,`: a description after the name.
    func appositiveRole(after index: Int, in paragraph: Paragraph) -> String? {
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
        // `Reiko Hanazawa, the first visit by a Japanese minister`: a description of someone
        // names what they are before its first preposition.
        var head = index + 1
        var namesSomeone = false
        while head < tokens.count, head - index < 10, tokens[head].mark != ",", !Marks.sentenceEnds.contains(tokens[head].mark),
              !PeopleFinder.descriptionEnds.contains(tokens[head].lower) {
            if shared.gazetteer.roleNouns[tokens[head].lower] != nil || shared.gazetteer.personNouns.contains(tokens[head].lower)
                || shared.gazetteer.titles[tokens[head].lower] != nil || PeopleFinder.isAgentNoun(tokens[head]) || tokens[head].lower.text.hasSuffix("year-old") {
                namesSomeone = true
                break
            }
            head += 1
        }
        guard namesSomeone else { return nil }
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
    static let femaleKin: WordSet = ["sister", "mother", "wife", "daughter", "widow", "aunt", "grandmother", "niece",
                                     "granddaughter", "stepmother", "fiancee", "fiancée", "girlfriend", "sister-in-law", "mother-in-law"]
    static let maleKin: WordSet = ["brother", "father", "husband", "son", "widower", "uncle", "grandfather", "nephew",
                                   "grandson", "stepfather", "fiance", "fiancé", "boyfriend", "brother-in-law", "father-in-law"]

    /// `His sister, Camille Ferrand, who led a campaign for his release`: a noun for kin just
    /// before the name says who the person is, where a pronoun after it may be someone else's.
    func kinshipGender(before index: Int, in tokens: [Token]) -> Gender? {
        var k = index - 1
        if k >= 0, tokens[k].mark == "," { k -= 1 }
        guard k >= 0, tokens[k].kind == .word else { return nil }
        if PeopleFinder.femaleKin.contains(tokens[k].lower) { return .female }
        if PeopleFinder.maleKin.contains(tokens[k].lower) { return .male }
        return nil
    }

    static let femalePronouns: WordSet = ["she", "her", "hers", "herself"]
    static let malePronouns: WordSet = ["he", "his", "him", "himself"]

    func pronounGender(after index: Int, in paragraph: Paragraph) -> Gender? {
        let tokens = paragraph.tokens
        var i = index
        if i < tokens.count, tokens[i].mark == "," { i += 1 }
        while i < tokens.count, !(tokens[i].startsSentence && i > index) {
            if tokens[i].kind == .word {
                // By the word's hash: a switch over strings compares each case's text.
                if PeopleFinder.femalePronouns.contains(tokens[i].lower) { return .female }
                if PeopleFinder.malePronouns.contains(tokens[i].lower) { return .male }
                if tokens[i].isCapitalized && !tokens[i].startsSentence { return nil }  // another name between
            }
            i += 1
        }
        return nil
    }

    // MARK: People and mentions

    mutating func addPerson(name: String, _ paragraph: Paragraph, _ range: Range<Int>) -> Int {
        let index = people.count
        appendPerson(Person(name: name), shortForms: PeopleFinder.shortForms(of: name, gazetteer: shared.gazetteer),
                     lastMention: (paragraph.index, range.lowerBound))
        addMention(index, paragraph, range)
        return index
    }

    /// A new person with the indexes that find them: short forms, name key, last mention.
    private mutating func appendPerson(_ person: Person, shortForms: [String], lastMention mention: (Int, Int)) {
        // Short forms are lower case already.
        // `Erdogan` after `Recep Tayyip Erdoğan`: a form is also found without its diacritics.
        for form in shortForms + shortForms.compactMap(PeopleFinder.withoutDiacritics) {
            shortFormIndex[form, default: []].append(people.count)
            let words = form.wordsBetweenSpaces
            let first = String(words.first ?? "")
            if !shortFormFirstWords.contains(Word(first)) { shortFormFirstWords.append(Word(first)) }
            longestShortForm = max(longestShortForm, words.count)
            if PeopleFinder.particles.contains(first) { formsStartWithParticle = true }
        }
        let key = Gazetteer.phraseKey(person.name)
        let keyWords = key.wordsBetweenSpaces
        if let first = keyWords.first, PeopleFinder.particles.contains(String(first)) { formsStartWithParticle = true }
        nameKeys.append(key)
        if keyWords.count > 1 { firstWords[String(keyWords[0]), default: []].append(people.count) }
        lastMention.append(mention)
        people.append(person)
    }

    mutating func addMention(_ person: Int, _ paragraph: Paragraph, _ range: Range<Int>) {
        let tokens = paragraph.tokens
        people[person].mentions.append(TextSpan(paragraph: paragraph.index, start: tokens[range.lowerBound].start,
                                                end: tokens[range.upperBound - 1].nameEnd))
        for t in range {
            owner[paragraph.index][t] = person
            nameWords.insert(tokens[t].key)
        }
        if (paragraph.index, range.lowerBound) > lastMention[person] { lastMention[person] = (paragraph.index, range.lowerBound) }
    }

    static let generations: WordSet = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// A name's words without the generation that ends it: `John James Conyers Jr.` is
    /// `John James Conyers`, a name of two words keeps both.
    static func withoutGeneration<S: StringProtocol>(_ words: [S]) -> [S] {
        words.count > 2 && generations.contains(words.last!.lowercased()) ? Array(words.dropLast()) : words
    }

    /// "takaichi" for Sanae Takaichi; "xi" for Xi Jinping; "van der linde" for Marta van der Linde.
    static func shortForms(of name: String, gazetteer: Gazetteer) -> [String] {
        let words = withoutGeneration(name.wordsBetweenSpaces.map(String.init))
        guard words.count > 1 else { return [name.lowercased()] }
        var forms: [String] = []
        if let particle = words.firstIndex(where: { particles.contains($0.lowercased()) }), particle > 0 {
            forms.append(words[particle...].joined(separator: " ").lowercased())
        }
        let last = words.last!
        forms.append(last.lowercased())
        // `Villaseñor Ortega`, `Abu Sneineh`: the last two words of a longer name.
        if words.count >= 3, !words[words.count - 2].hasSuffix(".") {
            forms.append(words.suffix(2).joined(separator: " ").lowercased())
        }
        // `Hernán Osorio Vélez`: a father's family name before a mother's is the name alone.
        if words.count >= 3, case let middle = words[words.count - 2], gazetteer.givenNames.contains(words[0]), !gazetteer.givenNames.contains(middle),
           !middle.hasSuffix("."), !words.contains(where: { particles.contains($0.lowercased()) }) {
            forms.append(middle.lowercased())
        }
        // `Abu Hatem al-Halabi` is `Abu Hatem`: a kunya is the name alone.
        if words.count >= 3, ["abu", "umm"].contains(words[0].lowercased()) {
            forms.append(words.prefix(2).joined(separator: " ").lowercased())
        }
        // `al-Assad`, `el-Sisi`: also the name without its article.
        if let dash = words.last!.firstIndex(of: "-"), ["al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ed"].contains(words.last![..<dash].lowercased()) {
            forms.append(words.last![words.last!.index(after: dash)...].lowercased())
        }
        // Family name first (Xi Jinping, Park Seo-yeon, Fang Zhenyu): the first word alone.
        let first = words[0]
        // Not a given name that is also a country or place: `Israel Navarro` is not "Israel".
        if words.count <= 3, gazetteer.surnames.contains(first), !first.hasSuffix("."),
           !gazetteer.givenNames.contains(first) || last.contains("-") || !gazetteer.surnames.contains(last),
           !gazetteer.ambiguousGivenNames.contains(first) || !isCountryOrPlace(first, gazetteer) {
            forms.append(first.lowercased())
        }
        return forms
    }

    /// `John Conyers` after `John James Conyers Jr.`: a name of two words, the first and the
    /// last of a longer one's (its generation aside).
    private func person(withFirstAndLastWordsOf key: String) -> Int? {
        let words = key.wordsBetweenSpaces
        guard words.count == 2, let candidates = firstWords[String(words[0])] else { return nil }
        let found = candidates.filter { index in
            let own = PeopleFinder.withoutGeneration(nameKeys[index].wordsBetweenSpaces)
            return own.count > 2 && own.last == words[1]
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The one person whose name starts with this word ("Jamal" for Jamal Khashoggi, "Fang"
    /// for Fang Zhenyu).
    private func person(withFirstWord word: Word) -> Int? {
        guard let matches = firstWords[word], matches.count == 1 else { return nil }
        return matches[0]
    }

    func person(withShortForm form: String) -> Int? { person(withShortForm: Word(form)) }

    func person(withShortForm form: Word) -> Int? {
        // The most recently mentioned person wins when two share a family name.
        var best: Int?
        for index in shortFormIndex[form] ?? [] {
            if best == nil || lastMention[index] > lastMention[best!] { best = index }
        }
        if best == nil, let plain = PeopleFinder.withoutDiacritics(form.text) { return person(withShortForm: Word(plain)) }
        return best
    }

    /// `erdogan` for `erdoğan`; nil for a word in ASCII, which most are (they are not folded).
    static func withoutDiacritics(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let plain = text.folding(options: .diacriticInsensitive, locale: nil)
        return plain == text ? nil : plain
    }

    /// People by their given name, for those called so later ("Mark" for Mark Rathbun).
    /// Also as a list: a story has few, and a list is searched faster than a word is hashed.
    private func makeGivenNameIndex() -> (WordMap<[Int]>, [String]) {
        var index = WordMap<[Int]>()
        var names: [String] = []
        for (person, value) in people.enumerated() {
            guard let first = PeopleFinder.firstWord(ofName: value.name) else { continue }
            index[first, default: []].append(person)
            names.append(first)
        }
        return (index, names)
    }

    /// `Mark` of `Mark Rathbun`; nil for a name of one word.
    static func firstWord(ofName name: String) -> String? {
        guard let space = name.utf8.firstIndex(of: 0x20), space > name.startIndex else { return nil }
        return String(name[..<space])
    }

    /// The one person whose given name this is, when it is a known given name and not also a
    /// country or place: after `Israel Navarro`, "Israel" alone is still the country.
    private func person(withGivenName name: String) -> Int? {
        guard shared.gazetteer.givenNames.contains(name)
                || shared.gazetteer.ambiguousGivenNames.contains(name) && !PeopleFinder.isCountryOrPlace(name, shared.gazetteer),
              let matches = givenNames[name], matches.count == 1 else { return nil }
        return matches[0]
    }

    static func isCountryOrPlace(_ word: String, _ gazetteer: Gazetteer) -> Bool {
        let key = Gazetteer.phraseKey(word)
        return gazetteer.countryForms[key] != nil || gazetteer.places[key] != nil
    }

    private mutating func linkShortMentions(in paragraph: Paragraph) {
        let tokens = paragraph.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .word, tokens[i].isCapitalized || formsStartWithParticle && NameRuns.isParticle(tokens[i]),
                  owner[paragraph.index][i] == nil else { continue }
            guard shortFormFirstWords.contains(tokens[i].key) || givenNameWords.contains(tokens[i].name)
                    || PeopleFinder.withoutDiacritics(tokens[i].key.text).map({ shortFormFirstWords.contains(Word($0)) }) == true else { continue }
            // Longest first: "van der Linde" before "Linde".
            for length in stride(from: min(4, longestShortForm, tokens.count - i), through: 1, by: -1) {
                let range = i..<i + length
                guard range.allSatisfy({ tokens[$0].kind == .word && owner[paragraph.index][$0] == nil }) else { continue }
                let form = length == 1 ? tokens[i].key.text : Word.joined(range.map { tokens[$0].key.text })
                if let person = person(withShortForm: form) ?? (length == 1 ? person(withGivenName: tokens[i].name) : nil) {
                    if length == 1 && tokens[i].startsSentence && shared.gazetteer.notNames.contains(form) { continue }
                    // `the UN official` is no mention of Kim Jong Un: an acronym names someone
                    // only as their name writes it.
                    if length == 1, PeopleFinder.isAllCapitals(tokens[i]), !people[person].name.wordsBetweenSpaces.contains(Substring(tokens[i].name)) { continue }
                    if namesSomethingAfterThem(range, in: tokens) { break }
                    addMention(person, paragraph, range)
                    i += length - 1
                    break
                }
            }
        }
    }
}
