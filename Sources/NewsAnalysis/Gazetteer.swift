import NewsModel

/// The word lists the analysis knows the world by: names, countries, titles, organisations.
/// Built from the text of the data files in Data/gazetteers (read by the caller: the
/// analysis does no I/O).
public struct Gazetteer: Sendable {
    public struct Country: Sendable, Hashable {
        public var name: String
        /// Names, aliases, demonyms and metonyms, each as the words a text writes.
        public var forms: [String]
    }

    var givenNames = WordSet()
    var surnames = WordSet()
    /// Given names that are also common words ("Hope", "Mark"): a name only with other evidence.
    var ambiguousGivenNames = WordSet()
    /// Family names that are also common words, places or brands ("Brown", "May", "Ford").
    var ambiguousSurnames = WordSet()
    var countries: [Country] = []
    /// Every form of every country, lowercased, to the country's index.
    var countryForms = PhraseTable<Int>()
    /// Honorifics (Mr, Dr) and role titles (President, Prime Minister), lowercased, with kind.
    var titles = PhraseTable<TitleKind>()
    /// The role titles that are ranks (`Colonel`, `Rear Admiral`): a role only when nothing else is.
    var ranks = PhraseTable<Bool>()
    /// Lowercased role nouns used anaphorically ("the minister") to the titles they stand for.
    var roleNouns = WordMap<[String]>()
    /// Lowercased known organisations, as word sequences.
    var organisations = PhraseTable<Bool>()
    var organisationWords = WordSet()
    var notNames = WordSet()
    /// Entries of not-names written in capitals (USS, HMS): matched as written, so "US" the
    /// country is not "us" the pronoun.
    var notNameAcronyms = WordSet()
    /// Every form of every speech verb, lowercased.
    var speechVerbs = WordSet()
    /// For every word of the lists, lowercased, the lists that hold it: the name tagger asks
    /// this of every capitalised word, and one look-up serves where eleven would.
    var nameLists = WordMap<NameLists>()
    /// Places that are not countries (cities, regions, islands, seas ...), lowercased, to
    /// whether the name is also a common given name or surname ("Houston", "Florence").
    var places = PhraseTable<Bool>()
    /// Lower-case nouns for people: occupations, roles, relations, groups ("fisherman", "residents").
    var personNouns = WordSet()
    /// Nouns for animals, singular and plural (`pandas`, `cub`).
    var animalNouns = WordSet()

    enum TitleKind: String, Sendable { case honorific, role }

    public init() {}

    public var countryNames: [String] { countries.map(\.name) }
}

extension Gazetteer {
    /// A problem in a data file, naming the file and line.
    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The files of Data/gazetteers by name (`given-names.txt`, `countries.tsv`, ...) to their text.
    public init(files: [String: String]) throws {
        for line in Gazetteer.lines(files["given-names.txt"]) { givenNames.insert(line.text) }
        for line in Gazetteer.lines(files["surnames.txt"]) { surnames.insert(line.text) }
        for line in Gazetteer.lines(files["ambiguous-given-names.txt"]) { ambiguousGivenNames.insert(line.text) }
        for line in Gazetteer.lines(files["ambiguous-surnames.txt"]) { ambiguousSurnames.insert(line.text) }
        for line in Gazetteer.lines(files["not-names.txt"]) {
            notNames.insert(line.text.lowercased())
            if line.text.count > 1, line.text.allSatisfy({ $0.isUppercase || $0 == "." }) { notNameAcronyms.insert(line.text) }
        }
        for line in Gazetteer.lines(files["organisation-words.txt"]) { organisationWords.insert(line.text.lowercased()) }
        for line in Gazetteer.lines(files["organisations.txt"]) {
            organisations.insert(Gazetteer.phraseKey(line.text), true)
        }
        for line in Gazetteer.lines(files["countries.tsv"]) {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 1, !fields[0].isEmpty else {
                throw FormatError(file: "countries.tsv", line: line.number, message: "expected name<TAB>aliases<TAB>demonyms<TAB>metonyms")
            }
            let forms = [fields[0]] + fields.dropFirst().flatMap { $0.split(separator: ";").map { $0.trimmed() } }
            addCountry(Country(name: fields[0], forms: forms.filter { !$0.isEmpty }))
        }
        for line in Gazetteer.lines(files["titles.tsv"]) {
            let fields = line.text.split(separator: "\t").map(String.init)
            let isRank = fields.count == 2 && fields[1].trimmed() == "rank"
            guard fields.count == 2, let kind = isRank ? .role : TitleKind(rawValue: fields[1].trimmed()) else {
                throw FormatError(file: "titles.tsv", line: line.number, message: "expected title<TAB>honorific|role|rank")
            }
            titles.insert(Gazetteer.phraseKey(fields[0]), kind)
            if isRank { ranks.insert(Gazetteer.phraseKey(fields[0]), true) }
        }
        for line in Gazetteer.lines(files["role-nouns.txt"]) {
            let fields = line.text.split(separator: "\t").map(String.init)
            roleNouns[fields[0].lowercased()] = fields.count > 1 ? fields[1].split(separator: ";").map { $0.trimmed().lowercased() } : []
        }
        var alsoNames = false
        for line in Gazetteer.lines(files["places.txt"]) { places.insert(Gazetteer.phraseKey(line.text), false) }
        for raw in (files["places.txt"] ?? "").split(separator: "\n") {
            if raw.hasPrefix("# --- places that are also common") { alsoNames = true; continue }
            if alsoNames, !raw.hasPrefix("#"), !raw.trimmed().isEmpty { places.insert(Gazetteer.phraseKey(String(raw).trimmed()), true) }
        }
        for line in Gazetteer.lines(files["person-nouns.txt"]) { personNouns.insert(line.text.lowercased()) }
        for line in Gazetteer.lines(files["animal-nouns.txt"]) { animalNouns.insert(line.text.lowercased()) }
        defer { nameLists = Gazetteer.nameLists(files, countries: countries) }
        for line in Gazetteer.lines(files["speech-verbs.txt"]) {
            let fields = line.text.split(separator: "\t").map(String.init)
            speechVerbs.insert(fields[0].lowercased())
            if fields.count > 1 {
                for form in fields[1].split(separator: ";") { speechVerbs.insert(form.trimmed().lowercased()) }
            }
        }
    }

    /// The lists of each word (`nameLists`), from the files the gazetteer was read from.
    private static func nameLists(_ files: [String: String], countries: [Country]) -> WordMap<NameLists> {
        var table: [String: NameLists] = [:]
        func add(_ word: String, _ list: NameLists) { table[word.lowercased().replacingApostrophes(), default: []].insert(list) }
        for (file, list) in [("given-names.txt", NameLists.given), ("surnames.txt", .surname), ("ambiguous-given-names.txt", .ambiguousGiven),
                             ("ambiguous-surnames.txt", .ambiguousSurname), ("not-names.txt", .notName), ("organisation-words.txt", .organisationWord)] {
            for line in lines(files[file]) { add(line.text, list) }
        }
        for line in lines(files["titles.tsv"]) {
            let fields = line.text.split(separator: "\t").map(String.init)
            guard fields.count == 2, !fields[0].contains(" ") else { continue }
            add(fields[0], fields[1].trimmed() == "honorific" ? .honorific : .role)
        }
        for line in lines(files["role-nouns.txt"]) {
            let noun = String(line.text.split(separator: "\t").first ?? "")
            if !noun.contains(" ") { add(noun, .roleNoun) }
        }
        for country in countries {
            for form in country.forms where !form.contains(" ") { add(form, .country) }
        }
        for line in lines(files["places.txt"]) where !line.text.contains(" ") { add(line.text, .place) }
        for word in NameRuns.particleWords { add(word, .particle) }
        for word in PeopleFinder.roleModifierWords { add(word, .roleModifier) }
        var map = WordMap<NameLists>()
        for (word, lists) in table { map[word] = lists }
        return map
    }

    mutating func addCountry(_ country: Country) {
        let index = countries.count
        countries.append(country)
        for form in country.forms {
            countryForms.insert(Gazetteer.phraseKey(form), index, replacing: false)
        }
    }

    /// Lower case, words separated by one space, curly apostrophes straightened.
    static func phraseKey(_ text: String) -> String {
        // ASCII text, most of it, in one pass over its bytes: speakers and names are keyed
        // several times a story.
        if let key = asciiPhraseKey(text) { return key }
        return text.lowercased().replacingApostrophes().split(separator: " ").joined(separator: " ")
    }

    private static func asciiPhraseKey(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0
            for byte in utf8 {
                if byte == 0x20 {
                    if n > 0, buffer[n - 1] != 0x20 { buffer[n] = 0x20; n += 1 }
                    continue
                }
                buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                n += 1
            }
            if n > 0, buffer[n - 1] == 0x20 { n -= 1 }
            return n
        }
    }

    struct Line { var number: Int; var text: String }

    static func lines(_ text: String?) -> [Line] {
        guard let text else { return [] }
        var result: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed([" ", "\r", "\t"])
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append(Line(number: index + 1, text: line))
        }
        return result
    }
}

extension StringProtocol {
    func trimmed(_ set: Set<Character> = [" ", "\t", "\r"]) -> String {
        let start = firstIndex { !set.contains($0) } ?? endIndex
        let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }

    func replacingApostrophes() -> String {
        // ’ is E2 80 99 in UTF-8; most text has none.
        guard utf8.contains(0x99) else { return String(self) }
        return String(map { $0 == "’" ? "'" : $0 })
    }
}

extension String {
    /// The words between spaces, found by bytes: `split(separator: " ")` walks characters,
    /// several times slower, and names and their forms are split many times a story.
    var wordsBetweenSpaces: [Substring] {
        utf8.split(separator: 0x20).map { Substring($0) }
    }
}
