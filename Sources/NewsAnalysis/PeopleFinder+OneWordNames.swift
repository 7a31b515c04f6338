/// People the story names by one word, as wire copy names witnesses who give only their first
/// name: a description of a person sets the word off (`Fatima, a 34-year-old mother of three,`,
/// `a fisherman, Devon, said`), or a noun for a person stands before a known given name (`his
/// wife Mary`). The tagger weighs a word by its own run, and such a run says little.
extension PeopleFinder {
    static let possessivesAndArticles: WordSet = ["a", "an", "the", "his", "her", "their", "our", "my", "its"]

    mutating func findPeopleNamedByOneWord(in paragraph: Paragraph) {
        let tokens = paragraph.tokens
        let owners = owner[paragraph.index]
        for i in tokens.indices where tokens[i].isCapitalized && owners[i] == nil && isSetOff(tokens, i) && isLoneWord(tokens, i) {
            let given = isGivenName(tokens[i])
            let described = given && describedAfter(tokens, i) || agedAfter(tokens, i) || describedBefore(tokens, i, given: given) || namedOnlyThus(tokens, i)
            guard described else { continue }
            if let existing = person(withShortForm: tokens[i].key) {
                addMention(existing, paragraph, i..<i + 1)
                continue
            }
            let index = addPerson(name: tokens[i].name, paragraph, i..<i + 1)
            people[index].role = appositiveRole(after: i + 1, in: paragraph) ?? lowercaseRole(before: i, in: paragraph)
            people[index].gender = kinshipGender(before: i, in: tokens) ?? pronounGender(after: i + 1, in: paragraph)
        }
    }

    /// A comma after the word, or a word for a person before it: the marks of the descriptions
    /// below, cheap to see, so that most capitalised words are spared the lists.
    private func isSetOff(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].mark == "," || i > 0 && (tokens[i - 1].mark == "," || tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized)
    }

    /// A capitalised word alone, that no list calls anything but a name.
    private func isLoneWord(_ tokens: [Token], _ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, token.end - token.start >= 2, token.nameEnd == token.end,
              !PeopleFinder.isAllCapitals(token) else { return false }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized { return false }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized { return false }
        let key = token.key
        if shared.gazetteer.countryForms.contains(key) || shared.gazetteer.organisations.contains(key.text) || shared.gazetteer.titles[key] != nil
            || shared.gazetteer.roleNouns[key] != nil || shared.gazetteer.organisationWords.contains(key)
            || shared.gazetteer.personNouns.contains(key) { return false }
        return !shared.gazetteer.notNames.contains(token.lower) || isGivenName(token)
    }

    private func isGivenName(_ token: Token) -> Bool {
        shared.gazetteer.givenNames.contains(token.name) || shared.gazetteer.ambiguousGivenNames.contains(token.name)
    }

    /// A noun for a person, in lower case.
    func isPersonNoun(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized
            && (shared.gazetteer.personNouns.contains(token.key) || shared.gazetteer.roleNouns[token.key] != nil)
    }

    /// `Amal, 34, who had been sheltering`: a given name and an age set off by commas.
    private func agedAfter(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 3 < tokens.count, tokens[i + 1].mark == ",", tokens[i + 3].mark == "," else { return false }
        let age = tokens[i + 2].text.utf8
        return (1...3).contains(age.count) && age.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static let placePrepositions: WordSet = ["in", "from", "at", "near", "of", "to", "outside", "around"]
    static let givingWords: WordSet = ["gave", "gives", "give", "giving", "identified", "known", "named", "called"]

    /// `who gave only her first name, Marie-Ange,`, `identified only as Ahmad`, `Choi, who gave
    /// only her family name,`: the wire's words for someone it names by one word on purpose.
    private func namedOnlyThus(_ tokens: [Token], _ i: Int) -> Bool {
        if i >= 3, tokens[i - 1].mark == "," && tokens[i - 2].lower == "name" || tokens[i - 1].lower == "as" && (tokens[i - 2].lower == "only" || tokens[i - 2].lower == "name"),
           tokens[max(0, i - 6)..<i - 1].contains(where: { PeopleFinder.givingWords.contains($0.lower) }) { return true }
        // Not `A herder in Tinzaouatene, who gave only his first name, Ibrahim,`: a place.
        guard i + 4 < tokens.count, tokens[i + 1].mark == ",", tokens[i + 2].lower == "who",
              i == 0 || !PeopleFinder.placePrepositions.contains(tokens[i - 1].lower) else { return false }
        return tokens[(i + 3)..<min(tokens.count, i + 9)].prefix { $0.kind == .word }.contains { $0.lower == "name" }
            && PeopleFinder.givingWords.contains(tokens[i + 3].lower)
    }

    /// `Fatima, a 34-year-old mother of three`: a comma, `a` or `an`, and a noun for a person
    /// before the next mark.
    private func describedAfter(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 3 < tokens.count, tokens[i + 1].mark == ",", tokens[i + 2].lower == "a" || tokens[i + 2].lower == "an" else { return false }
        var k = i + 3
        while k < min(tokens.count, i + 9), tokens[k].kind == .word {
            if isPersonNoun(tokens[k]) { return true }
            k += 1
        }
        return false
    }

    /// `a fisherman, Devon, said`: a noun for a person after an article or a possessive, then
    /// the word set off by commas (or followed by its verb); `his wife Mary`: the noun right
    /// before a known given name.
    private func describedBefore(_ tokens: [Token], _ i: Int, given: Bool) -> Bool {
        guard i >= 2 else { return false }
        if given, isPersonNoun(tokens[i - 1]), PeopleFinder.possessivesAndArticles.contains(tokens[i - 2].lower) { return true }
        guard i >= 3, tokens[i - 1].mark == ",", isPersonNoun(tokens[i - 2]) else { return false }
        let after = i + 1 < tokens.count ? tokens[i + 1] : nil
        guard let after, after.mark == "," || after.kind == .word && shared.gazetteer.speechVerbs.contains(after.lower) else { return false }
        var k = i - 3
        while k >= max(0, i - 7), tokens[k].kind == .word, !tokens[k].isCapitalized {
            if PeopleFinder.possessivesAndArticles.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }
}
