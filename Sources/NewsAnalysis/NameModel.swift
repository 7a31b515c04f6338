/// The name tagger's weights: for each feature, a weight for each label (outside, begin,
/// inside). Trained by `newswire-train people` (an averaged perceptron over the words of
/// candidate runs) and shipped in `Data/models/person-names.tsv`.
public struct NameModel: Sendable {
    /// Open addressing by feature hash: a story looks up a few thousand features, and a
    /// flat table costs one probe for most of them.
    /// The table, behind a reference: tagging holds it for every word of a story, and a copy
    /// of the struct would retain both arrays each time.
    private final class Table: @unchecked Sendable {
        // Raw storage, not arrays: reading an array held by a class retains and releases its
        // buffer, and the tagger reads the table a few thousand times a story.
        let keys: UnsafeMutableBufferPointer<UInt64>
        let weights: UnsafeMutableBufferPointer<Float>
        let mask: Int

        init(size: Int) {
            keys = .allocate(capacity: size)
            keys.initialize(repeating: 0)
            weights = .allocate(capacity: size * 3)
            weights.initialize(repeating: 0)
            mask = size - 1
        }

        deinit {
            keys.deallocate()
            weights.deallocate()
        }

        @inline(__always) func lookup(_ hash: UInt64) -> LabelScores? {
            let hash = hash == 0 ? 1 : hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let key = keys[slot]
                if key == hash { return LabelScores(weights[slot * 3], weights[slot * 3 + 1], weights[slot * 3 + 2]) }
                if key == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    private var table: Table

    public var featureCount: Int { table.keys.count { $0 != 0 } }

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        table = Table(size: size)
    }

    /// An empty model labels every word outside a name.
    public init() { self.init(capacity: 0) }

    /// Only while the model is being made: the table is shared once it is.
    mutating func set(_ hash: UInt64, _ values: LabelScores) {
        let hash = hash == 0 ? 1 : hash
        let table = self.table
        var slot = Int(truncatingIfNeeded: hash) & table.mask
        while table.keys[slot] != 0 && table.keys[slot] != hash { slot = (slot + 1) & table.mask }
        table.keys[slot] = hash
        table.weights[slot * 3] = values.outside
        table.weights[slot * 3 + 1] = values.begin
        table.weights[slot * 3 + 2] = values.inside
    }

    /// The weights of the feature with this hash, if the model has it.
    @inline(__always) func weights(_ hash: UInt64) -> LabelScores? { table.lookup(hash) }

    /// Adds up the weights of the features it is given.
    struct Scores: NameFeatureSink {
        private unowned(unsafe) let model: Table
        var sum = LabelScores()

        init(_ model: NameModel) { self.model = model.table }

        mutating func add(_ template: NameFeature.Template, _ value: Word) {
            add(NameFeature.hash(template, value.hash))
        }

        mutating func add(_ template: NameFeature.Template, _ first: Word, _ second: Word) {
            add(NameFeature.hash(template, Word.hash(first.text, joinedTo: second.text)))
        }

        @inline(__always) private mutating func add(_ hash: UInt64) {
            guard let w = model.lookup(hash) else { return }
            sum.outside += w.outside; sum.begin += w.begin; sum.inside += w.inside
        }
    }

    /// Labels for the words of `run`: the best sequence under the weights (Viterbi), where
    /// `inside` only follows a name's word. `known(t)` says whether token `t` already names
    /// someone of the story.
    func labels(_ tokens: [Token], run: Range<Int>, extractor: NameFeatureExtractor, known: (Int) -> Bool) -> [NameLabel] {
        labelsOfCandidate(tokens, run: run, extractor: extractor, known: known) ?? [NameLabel](repeating: .outside, count: run.count)
    }

    /// `labels`, or nil when no word of the run can be a name: most runs are a word that can
    /// be none ("The", "China", "Ministry"), and they are answered without an allocation.
    func labelsOfCandidate(_ tokens: [Token], run: Range<Int>, extractor: NameFeatureExtractor, known: (Int) -> Bool) -> [NameLabel]? {
        guard run.contains(where: { NameModel.canBeName(tokens[$0], NameLists(tokens[$0], extractor.shared), phrase: nil) }) else { return nil }
        let lists = extractor.lists(tokens, run: run)
        let phrases = extractor.phrases(tokens, run: run)
        let allowed = NameModel.allowed(tokens, run: run, lists: lists, phrases: phrases)
        guard allowed.contains(true) else { return nil }
        let facts = extractor.facts(tokens, run: run, lists: lists)
        var shared = Scores(self)
        extractor.runFeatures(tokens, run: run, into: &shared)
        var emissions: [LabelScores] = []
        // For each word, the step's weights after no label (the first word), outside, begin, inside.
        var steps: [[LabelScores]] = []
        emissions.reserveCapacity(run.count)
        steps.reserveCapacity(run.count)
        for (offset, t) in run.enumerated() {
            var scores = shared
            extractor.features(tokens, run: run, at: t, knownName: known(t), phrase: phrases[offset], facts: facts, into: &scores)
            emissions.append(scores.sum)
            let own = facts[t]
            if let known = extractor.steps[own.shape.hash] {
                steps.append(known)
                continue
            }
            let step = NameModel.previousLabels.map { previous in
                var step = Scores(self)
                extractor.transitionFeatures(own, previous: previous, into: &step)
                return step.sum
            }
            extractor.steps[own.shape.hash] = step
            steps.append(step)
        }
        var labels = NameModel.viterbi(count: run.count, allowed: allowed) { offset, previous in
            NameModel.add(emissions[offset], steps[offset][previous.map { $0.rawValue + 1 } ?? 0])
        }
        NameModel.complete(&labels, tokens, run: run, phrases: phrases, shared: extractor.shared)
        return labels
    }

    /// Which words of the run may be names: `canBeName`, a country or place that is also a
    /// given name when a family name follows it (`Mayor Israel Amsalem`, `Chad Whitfield`), and
    /// a place before the family name that ends the run (`Amara Lindqvist`).
    static func allowed(_ tokens: [Token], run: Range<Int>, lists: [NameLists], phrases: [Word?]) -> [Bool] {
        var allowed = (0..<run.count).map { canBeName(tokens[run.lowerBound + $0], lists[$0], phrase: phrases[$0]) }
        for offset in 0..<max(0, run.count - 1) where !allowed[offset] && phrases[offset] == nil
            && (lists[offset].contains(.ambiguousGiven) && !lists[offset].isDisjoint(with: [.country, .place])
                || isPlaceOnly(lists[offset]) && offset + 2 == run.count && lists[offset + 1].contains(.surname))
            && (lists[offset + 1].contains(.surname) || endsRunWithUnknownWord(tokens, run: run, at: offset + 1, lists: lists))
            && phrases[offset + 1] == nil {
            allowed[offset] = true
        }
        return allowed
    }

    /// `Amara Lindqvist`: a word the lists know only as a place, before a family name that ends
    /// the run, may be a given name no list holds.
    private static func isPlaceOnly(_ lists: NameLists) -> Bool {
        lists.contains(.place) && lists.isDisjoint(with: [.country, .role, .honorific, .organisationWord, .roleModifier, .notName])
    }

    /// `Chad Whitfield`: the run's last word, which no list knows, not after `the` (`The Brooklyn Paper`).
    private static func endsRunWithUnknownWord(_ tokens: [Token], run: Range<Int>, at offset: Int, lists: [NameLists]) -> Bool {
        let t = run.lowerBound + offset
        return offset + 1 == run.count && lists[offset].isEmpty && tokens[t].nameEnd == tokens[t].end && (t < 2 || tokens[t - 2].lower != "the")
    }

    /// Whether a word may be part of a name at all. By the convention of the gold (names hold
    /// no titles, and countries, organisations and titles are not people), words of a phrase
    /// the lists know and lone titles, countries, role modifiers and organisation words are
    /// not, unless they are also known names (`Chad`, `Israel`, `King`, `Temple`); nor is a
    /// word that opens a sentence and that the lists call no name.
    static func canBeName(_ token: Token, _ lists: NameLists, phrase: Word?) -> Bool {
        if phrase != nil { return false }
        // `R-Ky.`: a party and a state, no name (looked at only for a capital and a hyphen).
        if token.mark == "R" || token.mark == "D" || token.mark == "I", token.text.utf8.dropFirst().first == UInt8(ascii: "-"),
           Tokenizer.isPartyAndState(token.text.unicodeScalars.dropLast(token.text.hasSuffix(".") ? 1 : 0)) { return false }
        if !lists.isDisjoint(with: [.role, .honorific, .country, .organisationWord, .roleModifier, .place]) { return lists.isName }
        // "The", "But", "Monday": a word the lists call no name, where a sentence starts.
        if token.startsSentence, lists.contains(.notName) { return lists.isName || lists.contains(.ambiguousGiven) }
        return true
    }

    /// No label (before the first word), then each label.
    static let previousLabels: [NameLabel?] = [nil, .outside, .begin, .inside]

    static func add(_ a: LabelScores, _ b: LabelScores) -> LabelScores {
        LabelScores(a.outside + b.outside, a.begin + b.begin, a.inside + b.inside)
    }

    /// The best labels for `count` words, `score(i, previous)` giving word `i`'s score for
    /// each label after `previous` (nil before the first word).
    static func viterbi(count: Int, allowed: [Bool], score: (Int, NameLabel?) -> LabelScores) -> [NameLabel] {
        guard count > 0 else { return [] }
        let minus = -Float.greatestFiniteMagnitude
        // Best score ending in each label so far, and for each word the label before each.
        var best = (minus, minus, minus)
        var back = [UInt8](repeating: 0, count: count * 3)
        for i in 0..<count {
            var next = (minus, minus, minus)
            func consider(_ previous: NameLabel?, _ base: Float) {
                guard base != minus else { return }
                let s = score(i, previous)
                let from = UInt8(previous?.rawValue ?? 0)
                if base + s.outside > next.0 { next.0 = base + s.outside; back[i * 3] = from }
                guard allowed[i] else { return }
                if base + s.begin > next.1 { next.1 = base + s.begin; back[i * 3 + 1] = from }
                if let previous, previous != .outside, base + s.inside > next.2 { next.2 = base + s.inside; back[i * 3 + 2] = from }
            }
            if i == 0 {
                consider(nil, 0)
            } else {
                consider(.outside, best.0)
                consider(.begin, best.1)
                consider(.inside, best.2)
            }
            best = next
        }
        var label = best.1 > best.0 ? (best.2 > best.1 ? 2 : 1) : (best.2 > best.0 ? 2 : 0)
        var labels = [NameLabel](repeating: .outside, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) {
            labels[i] = NameLabel(rawValue: label)!
            label = Int(back[i * 3 + label])
        }
        return labels
    }

    /// A name takes in the capitalised words around it that cannot be anything else: the
    /// tagger often keeps `Fang` of `Fang Zhenyu` or `Whitfield` of `Chad Whitfield`. Words
    /// that are titles, countries, organisation words or common words stay out, but a known
    /// given name just before a name is its first word (`Chad`, `Israel`, `Jordan`). Words of
    /// a phrase the lists know ("Hong Kong", "Chief Executive") are never taken in.
    static func complete(_ labels: inout [NameLabel], _ tokens: [Token], run: Range<Int>, phrases: [Word?], shared: SharedGazetteer) {
        func token(_ offset: Int) -> Token { tokens[run.lowerBound + offset] }
        func isNameWord(_ offset: Int) -> Bool {
            let t = token(offset)
            if phrases[offset] != nil || shared.gazetteer.titles[t.key] != nil || shared.gazetteer.roleNouns[t.key] != nil || PeopleFinder.roleModifiers.contains(t.lower)
                || shared.gazetteer.organisationWords.contains(t.key) { return false }
            if shared.gazetteer.surnames.contains(t.name) || shared.gazetteer.givenNames.contains(t.name) || shared.gazetteer.ambiguousSurnames.contains(t.name) {
                return !shared.gazetteer.countryForms.contains(t.key)
            }
            return !shared.gazetteer.countryForms.contains(t.key) && !shared.gazetteer.notNames.contains(t.lower) && !t.startsSentence
        }
        var k = 0
        while k < labels.count {
            guard labels[k] == .begin else { k += 1; continue }
            var end = k + 1
            while end < labels.count, labels[end] == .inside { end += 1 }
            // Forwards over name words and particles, unless the name ended in a possessive.
            while end < labels.count, token(end - 1).nameEnd == token(end - 1).end,
                  labels[end] == .outside, isNameWord(end) || NameRuns.isParticle(token(end)) && end + 1 < labels.count {
                labels[end] = .inside
                end += 1
            }
            if end > k + 1, NameRuns.isParticle(token(end - 1)) { end -= 1; labels[end] = .outside }
            // Backwards over a known given name, even one that is also a country, and over the
            // particles that open names (`Abu Salah`, `Al Gore`, `Bin Salman`).
            var start = k
            while start > 0, labels[start - 1] == .outside, token(start - 1).nameEnd == token(start - 1).end, phrases[start - 1] == nil,
                  shared.gazetteer.givenNames.contains(token(start - 1).name) && shared.gazetteer.titles[token(start - 1).key] == nil
                    || NameRuns.isParticle(token(start - 1)) {
                start -= 1
            }
            if start < k {
                labels[start] = .begin
                for i in start + 1...k { labels[i] = .inside }
            }
            k = end
        }
    }
}

extension NameModel {
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// `template<TAB>value<TAB>outside<TAB>begin<TAB>inside` lines; `#` comments.
    public init(tsv text: String) throws {
        let lines = Gazetteer.lines(text)
        self.init(capacity: lines.count)
        for line in lines {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5, let template = NameFeature.Template.byName[String(fields[0])],
                  let o = Float(fields[2]), let b = Float(fields[3]), let i = Float(fields[4]) else {
                throw FormatError(line: line.number, message: "expected template<TAB>value<TAB>three weights")
            }
            set(NameFeature.hash(template, Word.hash(String(fields[1]))), LabelScores(o, b, i))
        }
    }
}


/// A score for each label.
struct LabelScores {
    var outside: Float = 0, begin: Float = 0, inside: Float = 0

    init() {}
    init(_ outside: Float, _ begin: Float, _ inside: Float) {
        self.outside = outside
        self.begin = begin
        self.inside = inside
    }
}
