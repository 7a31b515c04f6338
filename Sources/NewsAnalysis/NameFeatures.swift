/// What the name tagger knows of a word of a candidate run: the word itself, its shape and
/// ending, which lists hold it, its neighbours, where it stands in the run, whether the
/// story also writes it in lower case, and whether it already names someone in the story.
/// A feature is a template and a value; its weights are looked up by their combined hash,
/// and the model file writes them as text (`Data/models/person-names.tsv`): `template<TAB>value`.
enum NameFeature {
    enum Template: UInt8, CaseIterable {
        case bias, word, shape, suffix, list, first, last, length, sentenceStart, previousWord, nextWord,
             previousClass, nextClass, beforeRun, afterRun, afterRun2, previousLabel, labelShape, lowercaseInStory,
             knownName, possessive, classPair, wordClassNext, phrase, beforeRun2, story, afterPair, beforePair

        var name: String {
            switch self {
            case .bias: "bias"
            case .word: "w"
            case .shape: "shape"
            case .suffix: "suf"
            case .list: "list"
            case .first: "first"
            case .last: "last"
            case .length: "len"
            case .sentenceStart: "sent"
            case .previousWord: "pw"
            case .nextWord: "nw"
            case .previousClass: "pc"
            case .nextClass: "nc"
            case .beforeRun: "before"
            case .afterRun: "after"
            case .afterRun2: "after2"
            case .previousLabel: "pl"
            case .labelShape: "pl|shape"
            case .lowercaseInStory: "lower"
            case .knownName: "known"
            case .possessive: "poss"
            case .classPair: "pc|c"
            case .wordClassNext: "c|nc"
            case .phrase: "phrase"
            case .beforeRun2: "before2"
            case .story: "story"
            case .afterPair: "after|after2"
            case .beforePair: "before2|before"
            }
        }

        static let byName: [String: Template] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
    }

    /// The hash the weights are kept under: the template's and the value's, mixed.
    @inline(__always) static func hash(_ template: Template, _ value: Int) -> UInt64 {
        var h = UInt64(bitPattern: Int64(value)) &+ UInt64(template.rawValue) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 29)
    }
}

/// The story around the runs: which words it writes in lower case somewhere (a set of bits
/// by hash: a story's few hundred words, without allocating a set), and how it uses each
/// capitalised word anywhere: after "the", after a preposition, before a speech verb,
/// after a title.
struct StoryWords {
    private var bits = [UInt64](repeating: 0, count: 256)
    /// The uses of each capitalised word, by hash (a story's few dozen words seldom share one).
    private var uses = [UInt8](repeating: 0, count: 4096)

    static let afterThe: UInt8 = 1, afterPreposition: UInt8 = 2, beforeSpeechVerb: UInt8 = 4, afterTitle: UInt8 = 8
    static let prepositions: WordSet = ["in", "at", "from", "to", "near", "into", "of", "on", "across", "towards", "via"]

    init(_ paragraphs: [Paragraph], gazetteer: Gazetteer) {
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            // By index, not by element: a copy of a token retains its strings.
            for t in tokens.indices where tokens[t].kind == .word {
                guard tokens[t].isCapitalized else {
                    let h = UInt(bitPattern: tokens[t].key.hash) & 0x3FFF
                    bits[Int(h >> 6)] |= 1 << (h & 63)
                    continue
                }
                var use: UInt8 = 0
                if t > 0, !tokens[t].startsSentence {
                    if tokens[t - 1].lower == "the" { use |= StoryWords.afterThe }
                    if StoryWords.prepositions.contains(tokens[t - 1].lower) { use |= StoryWords.afterPreposition }
                    if gazetteer.titles[tokens[t - 1].key] != nil { use |= StoryWords.afterTitle }
                }
                if t + 1 < tokens.count, gazetteer.speechVerbs.contains(tokens[t + 1].lower) { use |= StoryWords.beforeSpeechVerb }
                if use != 0 { uses[Int(UInt(bitPattern: tokens[t].key.hash) & 4095)] |= use }
            }
        }
    }

    init() {}

    func contains(_ word: Word) -> Bool {
        let h = UInt(bitPattern: word.hash) & 0x3FFF
        return bits[Int(h >> 6)] & (1 << (h & 63)) != 0
    }

    func uses(of word: Word) -> UInt8 { uses[Int(UInt(bitPattern: word.hash) & 4095)] }
}

/// Labels of the tagger: outside a name, its first word, a later word.
enum NameLabel: Int, CaseIterable {
    case outside, begin, inside

    var word: Word { NameLabel.words[rawValue] }
    static let words = [Word("O"), Word("B"), Word("I")]
}

/// Where the features of a word go: the scores of the labels while tagging (`NameModel`), the
/// features' text while training.
protocol NameFeatureSink {
    mutating func add(_ template: NameFeature.Template, _ value: Word)
    /// The value `first|second`.
    mutating func add(_ template: NameFeature.Template, _ first: Word, _ second: Word)
}

/// The word lists that hold a word, as bits, most telling first.
struct NameLists: OptionSet {
    let rawValue: UInt16

    static let role = NameLists(rawValue: 1), honorific = NameLists(rawValue: 2), given = NameLists(rawValue: 4),
               surname = NameLists(rawValue: 8), ambiguousGiven = NameLists(rawValue: 16), ambiguousSurname = NameLists(rawValue: 32),
               country = NameLists(rawValue: 64), organisationWord = NameLists(rawValue: 128), roleNoun = NameLists(rawValue: 256),
               notName = NameLists(rawValue: 512), particle = NameLists(rawValue: 1024), roleModifier = NameLists(rawValue: 2048),
               place = NameLists(rawValue: 4096)

    /// The feature value of each bit, in bit order.
    static let words = ["title", "honorific", "given", "surname", "ambiguous", "ambigsurname", "country", "orgword", "rolenoun",
                        "notname", "particle", "modifier", "place"].map(Word.init)

    /// The first list's word, if any.
    var first: Word? { rawValue == 0 ? nil : NameLists.words[rawValue.trailingZeroBitCount] }

    /// Whether any name list holds it.
    var isName: Bool { !isDisjoint(with: [.given, .surname, .ambiguousSurname]) }

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The shared gazetteer, not a `Gazetteer`: a struct read out of its class and passed on
    /// is copied, which retains each of its tables.
    init(_ token: Token, _ shared: SharedGazetteer) {
        self = shared.gazetteer.nameLists[token.key] ?? []
    }
}

/// What the features need of each word near a run, worked out once for the run.
struct NameWordFacts {
    var shape: Word
    var lists: NameLists
    /// What the word is, seen from a neighbour: its list, its mark, or its shape.
    var neighbourClass: Word
    /// What the word is in pairs with its neighbours: its first list or its shape.
    var ownClass: Word { lists.first ?? shape }
}

/// The facts of a run's words and of one word either side.
struct RunFacts {
    let window: Range<Int>
    let words: [NameWordFacts]

    subscript(t: Int) -> NameWordFacts { words[t - window.lowerBound] }
}

/// Extracts the features of each word of a run. A class: it is handed to the tagger for
/// every run of a story, and a copy of the struct would retain each of the gazetteer's tables.
final class NameFeatureExtractor {
    /// The gazetteer behind its shared reference: read in place, never copied.
    let shared: SharedGazetteer
    let lowercase: StoryWords
    /// The steps' weights for each shape of word, after no label, outside, begin, inside: a
    /// story has a handful of shapes, and the model gives them the same weights each time.
    var steps: [Int: [LabelScores]] = [:]

    init(shared: SharedGazetteer, lowercase: StoryWords) {
        self.shared = shared
        self.lowercase = lowercase
    }

    private static let bias = Word("1")
    private static let yes = Word("1")
    private static let bar = Word("|")

    /// Which words of the run lie in a country's, an organisation's or a title's name of
    /// several words ("Hong Kong", "Human Rights Watch", "Chief Executive"): a phrase the
    /// lists know, each word with its place in it.
    func phrases(_ tokens: [Token], run: Range<Int>) -> [Word?] {
        var marks = [Word?](repeating: nil, count: run.count)
        var k = run.lowerBound
        while k < run.upperBound {
            let found: (Int, Int)?
            if let match = shared.gazetteer.countryForms.longestMatch(tokens, at: k, limit: run.upperBound), match.length > 1 {
                found = (match.length, 0)
            } else if let match = shared.gazetteer.organisations.longestMatch(tokens, at: k, limit: run.upperBound), match.length > 1 {
                found = (match.length, 1)
            } else if let match = shared.gazetteer.titles.longestMatch(tokens, at: k, limit: run.upperBound), match.length > 1 {
                found = (match.length, 2)
            } else if let match = shared.gazetteer.places.longestMatch(tokens, at: k, limit: run.upperBound), match.length > 1, !match.value {
                found = (match.length, 3)
            } else {
                found = nil
            }
            guard let (length, kind) = found else { k += 1; continue }
            for i in 0..<length {
                marks[k - run.lowerBound + i] = NameFeatureExtractor.phraseWords[kind][i == 0 ? 0 : i == length - 1 ? 2 : 1]
            }
            k += length
        }
        return marks
    }

    private static let phraseWords = ["country", "organisation", "title", "place"].map { kind in
        ["first", "inside", "last"].map { Word(kind + "-" + $0) }
    }

    /// The lists of each word of the run.
    func lists(_ tokens: [Token], run: Range<Int>) -> [NameLists] {
        run.map { NameLists(tokens[$0], shared) }
    }

    /// The facts of the run's words (their lists given) and of one word either side.
    func facts(_ tokens: [Token], run: Range<Int>, lists: [NameLists]) -> RunFacts {
        let window = max(0, run.lowerBound - 1)..<min(tokens.count, run.upperBound + 1)
        return RunFacts(window: window, words: window.map { t in
            let token = tokens[t]
            let shape = token.kind == .word ? NameFeatureExtractor.shape(token.name) : token.lower
            let own = run.contains(t) ? lists[t - run.lowerBound] : token.kind == .word && token.isCapitalized ? NameLists(token, shared) : []
            return NameWordFacts(shape: shape, lists: own, neighbourClass: neighbourClass(token, lists: own))
        })
    }

    /// The features of the step from the previous word's label to this word's: its label, and
    /// its label with this word's shape.
    func transitionFeatures<Sink: NameFeatureSink>(_ facts: NameWordFacts, previous: NameLabel?, into sink: inout Sink) {
        let label = previous?.word ?? NameFeatureExtractor.edge
        sink.add(.previousLabel, label)
        sink.add(.labelShape, label, facts.shape)
    }

    /// The features every word of the run shares: its length, and the words around it.
    func runFeatures<Sink: NameFeatureSink>(_ tokens: [Token], run: Range<Int>, into sink: inout Sink) {
        sink.add(.length, NameFeatureExtractor.lengths[min(run.count, 5)])
        if run.lowerBound > 0 { sink.add(.beforeRun, tokens[run.lowerBound - 1].key) }
        if run.upperBound < tokens.count { sink.add(.afterRun, tokens[run.upperBound].key) }
        if run.upperBound + 1 < tokens.count { sink.add(.afterRun2, tokens[run.upperBound + 1].key) }
        if run.lowerBound > 1 {
            sink.add(.beforeRun2, tokens[run.lowerBound - 2].key)
            sink.add(.beforePair, tokens[run.lowerBound - 2].key, tokens[run.lowerBound - 1].key)
        }
        if run.upperBound + 1 < tokens.count {
            let second = tokens[run.upperBound + 1]
            sink.add(.afterPair, tokens[run.upperBound].key, second.text.first?.isNumber == true ? NameFeatureExtractor.number : second.key)
        }
    }

    /// The features of token `t` of `run` that do not depend on the labels, besides the run's
    /// own (`runFeatures`); `facts` from `facts(tokens, run:)`.
    func features<Sink: NameFeatureSink>(_ tokens: [Token], run: Range<Int>, at t: Int, knownName: Bool, phrase: Word?,
                                         facts: RunFacts, into sink: inout Sink) {
        let token = tokens[t]
        let own = facts[t]
        sink.add(.bias, NameFeatureExtractor.bias)
        sink.add(.word, token.key)
        sink.add(.shape, own.shape)
        if token.key.text.utf8.count >= 5 { sink.add(.suffix, Word(String(token.key.text.unicodeScalars.suffix(3)))) }
        var bits = own.lists.rawValue
        while bits != 0 {
            sink.add(.list, NameLists.words[bits.trailingZeroBitCount])
            bits &= bits - 1
        }
        if t == run.lowerBound { sink.add(.first, NameFeatureExtractor.yes) }
        if t == run.upperBound - 1 { sink.add(.last, NameFeatureExtractor.yes) }
        if token.startsSentence { sink.add(.sentenceStart, NameFeatureExtractor.yes) }
        if t > 0 { sink.add(.previousWord, tokens[t - 1].key) }
        if t + 1 < tokens.count { sink.add(.nextWord, tokens[t + 1].key) }
        let previousClass = t > 0 ? facts[t - 1].neighbourClass : NameFeatureExtractor.edge
        let nextClass = t + 1 < tokens.count ? facts[t + 1].neighbourClass : NameFeatureExtractor.edge
        sink.add(.previousClass, previousClass)
        sink.add(.nextClass, nextClass)
        sink.add(.classPair, previousClass, own.ownClass)
        sink.add(.wordClassNext, own.ownClass, nextClass)
        if lowercase.contains(token.key) { sink.add(.lowercaseInStory, NameFeatureExtractor.yes) }
        if knownName { sink.add(.knownName, NameFeatureExtractor.yes) }
        if token.nameEnd < token.end { sink.add(.possessive, NameFeatureExtractor.yes) }
        if let phrase { sink.add(.phrase, phrase) }
        let uses = lowercase.uses(of: token.key)
        if uses != 0 {
            for (bit, name) in NameFeatureExtractor.useNames where uses & bit != 0 { sink.add(.story, name) }
        }
    }

    private static let useNames: [(UInt8, Word)] = [
        (StoryWords.afterThe, Word("the")), (StoryWords.afterPreposition, Word("prep")),
        (StoryWords.beforeSpeechVerb, Word("said")), (StoryWords.afterTitle, Word("title")),
    ]

    private static let lengths = (0...5).map { Word(String($0)) }
    static let edge = Word("edge")
    private static let number = Word("num")
    private static let names = (roleNoun: Word("rolenoun"), lower: Word("low"), number: Word("num"))

    /// What a neighbour is, in a word: its list, its mark, or its shape.
    private func neighbourClass(_ token: Token, lists: NameLists) -> Word {
        if token.kind == .punctuation {
            return Marks.doubleQuotes.contains(token.mark) ? NameFeatureExtractor.quote : token.lower
        }
        if !token.isCapitalized {
            if token.text.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true { return NameFeatureExtractor.names.number }
            if shared.gazetteer.speechVerbs.contains(token.lower) { return NameFeatureExtractor.verb }
            if shared.gazetteer.roleNouns[token.key] != nil || shared.gazetteer.titles[token.key] != nil || shared.gazetteer.personNouns.contains(token.key) {
                return NameFeatureExtractor.names.roleNoun
            }
            return NameFeatureExtractor.names.lower
        }
        return lists.subtracting([.roleModifier]).first ?? NameFeatureExtractor.capital
    }

    private static let quote = Word("q")
    private static let verb = Word("verb")
    private static let capital = Word("cap")

    /// `Xx`, `X.`, `XX`, `Xx-Xx`, `x-Xx`: each scalar's class, a run of one class kept to two.
    static func shape(_ text: String) -> Word {
        var bytes: (UInt64, UInt64) = (0, 0)
        var count = 0
        var last: UInt8 = 0, repeats = 0
        for c in text.unicodeScalars {
            let b: UInt8
            if Tokenizer.isUpper(c) || Tokenizer.isIdeograph(c) { b = UInt8(ascii: "X") }
            else if Tokenizer.isLetter(c) { b = UInt8(ascii: "x") }
            else if c.properties.numericType != nil { b = UInt8(ascii: "d") }
            else if c == "’" || c == "'" { b = UInt8(ascii: "'") }
            else if c.value < 0x80 { b = UInt8(c.value) }
            else { b = UInt8(ascii: "~") }
            if b == last { repeats += 1; if repeats >= 2 { continue } } else { repeats = 0 }
            last = b
            if count < 8 { bytes.0 |= UInt64(b) << (8 * count) } else { bytes.1 |= UInt64(b) << (8 * (count - 8)) }
            count += 1
            if count == 12 { break }
        }
        let text = withUnsafeBytes(of: &bytes) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
        return Word(text)
    }
}
