import Foundation
import NewsModel

/// A text with its people's names marked, to train the name tagger on.
public struct NameTrainingText: Sendable {
    public var paragraphs: [String]
    /// For each paragraph, the ranges (Unicode scalars) of the person names in it.
    public var names: [[Range<Int>]]
    /// The marks may open with a title (`President Obama`, as GUM marks a person): the
    /// tagger leaves titles out of names, so leading title words are not counted as name.
    public var marksHoldTitles: Bool

    public init(paragraphs: [String], names: [[Range<Int>]], marksHoldTitles: Bool = false) {
        self.paragraphs = paragraphs
        self.names = names
        self.marksHoldTitles = marksHoldTitles
    }
}

extension NameModel {
    public struct Training {
        public var model: NameModel
        /// The weights as `Data/models/person-names.tsv` writes them.
        public var tsv: String
        /// Words of runs labelled right on the training texts after the last pass.
        public var accuracy: Double
    }

    /// An averaged perceptron over the words of the texts' candidate runs, `epochs` passes in
    /// the texts' order; or, with `seeds`, one for each seed, the examples shuffled anew each
    /// pass, their weights averaged. The same texts give the same weights either way. With
    /// `minimumTexts`, a feature seen in fewer texts is left out: a word one text repeats is
    /// learnt by heart there, and a text the tagger has not seen has none of them.
    /// The shipped tagger averages five: cross-validated (`newswire-train people --folds 5`),
    /// names found F1 0.884 with one perceptron, 0.893 with five, better on each source.
    public static let defaultSeeds = 5

    public static func train(_ texts: [NameTrainingText], gazetteer: Gazetteer, epochs: Int = 10, seeds: Int = defaultSeeds,
                             minimumTexts: Int = 1, minimumWeight: Double = 0.005) -> Training {
        let perText = texts.map { runs(of: $0, gazetteer: gazetteer) }
        let examples = perText.flatMap { $0 }
        let textOfExample = perText.enumerated().flatMap { t, e in [Int](repeating: t, count: e.count) }
        // A word's features do not change from pass to pass: their keys are made once.
        var emissionKeys: [[[String]]] = []
        // For each word, the step's keys after no label, outside, begin, inside.
        var stepKeys: [[[[String]]]] = []
        for example in examples {
            let phrases = example.extractor.phrases(example.tokens, run: example.run)
            let facts = example.extractor.facts(example.tokens, run: example.run, lists: example.extractor.lists(example.tokens, run: example.run))
            var runKeys = FeatureKeys()
            example.extractor.runFeatures(example.tokens, run: example.run, into: &runKeys)
            emissionKeys.append(example.run.enumerated().map { offset, t in
                var keys = runKeys
                example.extractor.features(example.tokens, run: example.run, at: t, knownName: example.known[offset],
                                           phrase: phrases[offset], facts: facts, into: &keys)
                return keys.keys
            })
            stepKeys.append(example.run.map { t in
                ([nil] + NameLabel.allCases.map { Optional($0) }).map { previous in
                    var keys = FeatureKeys()
                    example.extractor.transitionFeatures(facts[t], previous: previous, into: &keys)
                    return keys.keys
                }
            })
        }
        if minimumTexts > 1 { pruneRare(&emissionKeys, textOfExample: textOfExample, minimumTexts: minimumTexts) }
        var right = 0, total = 0
        var averaged: [String: [Double]] = [:]
        for seed in 0..<max(1, seeds) {
            var perceptron = Perceptron()
            (right, total) = perceptron.learn(examples, emissionKeys: emissionKeys, stepKeys: stepKeys, epochs: epochs,
                                              seed: seeds == 0 ? nil : 20_261_203 &+ UInt64(seed))
            for (key, w) in perceptron.averaged() {
                var sum = averaged[key] ?? [0, 0, 0]
                for l in 0..<3 { sum[l] += w[l] / Double(max(1, seeds)) }
                averaged[key] = sum
            }
        }
        var lines = ["# Name tagger weights: template<TAB>value<TAB>outside<TAB>begin<TAB>inside.",
                     "# Made by `newswire-train people`; see Data/models/README.md for the data and licences."]
        var model = NameModel(capacity: averaged.count)
        for (key, w) in averaged.sorted(by: { $0.key < $1.key }) where w.contains(where: { abs($0) >= minimumWeight }) {
            let rounded = w.map { Float(String(format: "%.4f", $0))! }
            lines.append("\(key)\t\(rounded.map { String(format: "%.4f", $0) }.joined(separator: "\t"))")
            let parts = key.split(separator: "\t", maxSplits: 1)
            model.set(NameFeature.hash(NameFeature.Template.byName[String(parts[0])]!, Word.hash(String(parts[1]))),
                      LabelScores(rounded[0], rounded[1], rounded[2]))
        }
        return Training(model: model, tsv: lines.joined(separator: "\n") + "\n", accuracy: total == 0 ? 1 : Double(right) / Double(total))
    }

    /// Leaves out of each word's keys those seen in fewer than `minimumTexts` texts.
    private static func pruneRare(_ emissionKeys: inout [[[String]]], textOfExample: [Int], minimumTexts: Int) {
        var texts: [String: (last: Int, count: Int)] = [:]
        for (e, keys) in emissionKeys.enumerated() {
            for key in keys.joined() {
                let seen = texts[key]
                if seen?.last != textOfExample[e] { texts[key] = (textOfExample[e], (seen?.count ?? 0) + 1) }
            }
        }
        emissionKeys = emissionKeys.map { $0.map { $0.filter { texts[$0]!.count >= minimumTexts } } }
    }

    struct Example {
        var tokens: [Token]
        var run: Range<Int>
        var labels: [NameLabel]
        var known: [Bool]
        var extractor: NameFeatureExtractor
        /// Which words may be names at all (`NameModel.canBeName`).
        var allowed: [Bool]
    }

    /// Every candidate run of the text with the gold label of each of its words.
    static func runs(of text: NameTrainingText, gazetteer: Gazetteer) -> [Example] {
        let paragraphs = text.paragraphs.enumerated().map { Paragraph(index: $0.offset, text: $0.element) }
        let extractor = NameFeatureExtractor(shared: SharedGazetteer(gazetteer: gazetteer, nameModel: NameModel()), lowercase: StoryWords(paragraphs, gazetteer: gazetteer))
        var examples: [Example] = []
        var nameWords = Set<Word>()
        for (p, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            let marks = p < text.names.count ? text.names[p] : []
            for run in NameRuns.runs(in: tokens, titles: gazetteer.titles) {
                var labels: [NameLabel] = []
                var known: [Bool] = []
                var previousMark: Int?
                for t in run {
                    known.append(nameWords.contains(tokens[t].key))
                    let span = tokens[t].start..<max(tokens[t].start + 1, tokens[t].nameEnd)
                    guard let mark = marks.firstIndex(where: { $0.overlaps(span) }) else {
                        labels.append(.outside); previousMark = nil; continue
                    }
                    labels.append(previousMark == mark ? .inside : .begin)
                    previousMark = mark
                }
                if text.marksHoldTitles { dropTitles(&labels, tokens, run, gazetteer) }
                let phrases = extractor.phrases(tokens, run: run)
                let lists = extractor.lists(tokens, run: run)
                let allowed = NameModel.allowed(tokens, run: run, lists: lists, phrases: phrases)
                // What the tagger may not say is not asked of it.
                for offset in labels.indices where !allowed[offset] { labels[offset] = .outside }
                for offset in labels.indices where labels[offset] == .inside && (offset == 0 || labels[offset - 1] == .outside) {
                    labels[offset] = .begin
                }
                for (offset, t) in run.enumerated() where labels[offset] != .outside { nameWords.insert(tokens[t].key) }
                examples.append(Example(tokens: tokens, run: run, labels: labels, known: known, extractor: extractor, allowed: allowed))
            }
        }
        return examples
    }

    /// `President Barack Obama` marked whole: the title words before the name are outside it.
    private static func dropTitles(_ labels: inout [NameLabel], _ tokens: [Token], _ run: Range<Int>, _ gazetteer: Gazetteer) {
        var offset = 0
        while offset < labels.count {
            guard labels[offset] == .begin else { offset += 1; continue }
            var end = offset + 1
            while end < labels.count, labels[end] == .inside { end += 1 }
            var k = offset
            while k < end - 1 {
                let token = tokens[run.lowerBound + k]
                guard gazetteer.titles[token.key] != nil || gazetteer.roleNouns[token.key] != nil
                        || gazetteer.countryForms.contains(token.key) || gazetteer.organisationWords.contains(token.key) else { break }
                labels[k] = .outside
                k += 1
            }
            if k > offset { labels[k] = .begin }
            offset = end
        }
    }
}

/// The features' text, as the model file writes them: `template<TAB>value`.
private struct FeatureKeys: NameFeatureSink {
    var keys: [String] = []
    mutating func add(_ template: NameFeature.Template, _ value: Word) { keys.append("\(template.name)\t\(value.text)") }
    mutating func add(_ template: NameFeature.Template, _ first: Word, _ second: Word) {
        keys.append("\(template.name)\t\(first.text)|\(second.text)")
    }
}

/// Weights by feature text for the three labels, with the running sums that average them.
private struct Perceptron {
    private var weights: [String: [Double]] = [:]
    private var totals: [String: [Double]] = [:]
    private var stamps: [String: Int] = [:]
    private var step = 0

    func scores(_ keys: [String]) -> LabelScores {
        var s = (0.0, 0.0, 0.0)
        for key in keys {
            guard let w = weights[key] else { continue }
            s.0 += w[0]; s.1 += w[1]; s.2 += w[2]
        }
        return LabelScores(Float(s.0), Float(s.1), Float(s.2))
    }

    mutating func tick() { step += 1 }

    /// `epochs` passes over the examples, in their order or, with a seed, shuffled anew each
    /// pass (Fisher–Yates, by the seed's own generator: the same on every platform); the words
    /// labelled right in the last pass.
    mutating func learn(_ examples: [NameModel.Example], emissionKeys: [[[String]]], stepKeys: [[[[String]]]],
                        epochs: Int, seed: UInt64?) -> (right: Int, total: Int) {
        func transitionKeys(_ e: Int, _ offset: Int, _ previous: NameLabel?) -> [String] {
            stepKeys[e][offset][previous.map { $0.rawValue + 1 } ?? 0]
        }
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed ?? 0)
        var right = 0, total = 0
        for _ in 0..<epochs {
            right = 0; total = 0
            if seed != nil {
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            }
            for e in order {
                let example = examples[e]
                let predicted = NameModel.viterbi(count: example.run.count, allowed: example.allowed) { offset, previous in
                    NameModel.add(scores(emissionKeys[e][offset]), scores(transitionKeys(e, offset, previous)))
                }
                let gold = example.labels
                for offset in gold.indices {
                    total += 1
                    let goldPrevious: NameLabel? = offset == 0 ? nil : gold[offset - 1]
                    let predictedPrevious: NameLabel? = offset == 0 ? nil : predicted[offset - 1]
                    if predicted[offset] == gold[offset] {
                        right += 1
                        if goldPrevious == predictedPrevious { continue }
                    } else {
                        add(emissionKeys[e][offset], gold[offset], 1)
                        add(emissionKeys[e][offset], predicted[offset], -1)
                    }
                    add(transitionKeys(e, offset, goldPrevious), gold[offset], 1)
                    add(transitionKeys(e, offset, predictedPrevious), predicted[offset], -1)
                }
                tick()
            }
        }
        return (right, total)
    }

    mutating func add(_ keys: [String], _ label: NameLabel, _ amount: Double) {
        for key in keys {
            var w = weights[key] ?? [0, 0, 0]
            var total = totals[key] ?? [0, 0, 0]
            // Bring the sum up to date for the steps the weights stood still.
            let idle = Double(step - (stamps[key] ?? 0))
            for l in 0..<3 { total[l] += idle * w[l] }
            w[label.rawValue] += amount
            weights[key] = w
            totals[key] = total
            stamps[key] = step
        }
    }

    /// Each weight averaged over every step.
    func averaged() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for (key, w) in weights {
            let idle = Double(step - (stamps[key] ?? 0))
            let total = totals[key]!
            result[key] = (0..<3).map { (total[$0] + idle * w[$0]) / Double(max(1, step)) }
        }
        return result
    }
}

extension NameModel {
    /// Names the tagger finds in `texts` against the marked ones, exactly by span: found,
    /// marked and right. The tagger is told a word names someone when it found it so before.
    public func spanCounts(_ texts: [NameTrainingText], gazetteer: Gazetteer, mistakes: ((String) -> Void)? = nil) -> (found: Int, marked: Int, right: Int) {
        var counts = (found: 0, marked: 0, right: 0)
        for text in texts {
            let examples = NameModel.runs(of: text, gazetteer: gazetteer)
            var nameWords = Set<Word>()
            for example in examples {
                let known = example.run.map { nameWords.contains(example.tokens[$0].key) }
                let labels = self.labels(example.tokens, run: example.run, extractor: example.extractor, known: { known[$0 - example.run.lowerBound] })
                for (offset, t) in example.run.enumerated() where labels[offset] != .outside { nameWords.insert(example.tokens[t].key) }
                let found = NameModel.spans(labels), marked = NameModel.spans(example.labels)
                counts.found += found.count
                counts.marked += marked.count
                counts.right += found.filter(marked.contains).count
                if let mistakes, found != marked {
                    let tokens = example.tokens
                    func text(_ r: Range<Int>) -> String { r.map { tokens[example.run.lowerBound + $0].text }.joined(separator: " ") }
                    let context = max(0, example.run.lowerBound - 3)..<min(tokens.count, example.run.upperBound + 3)
                    let around = context.map { tokens[$0].text }.joined(separator: " ")
                    mistakes("found \(found.map(text)) marked \(marked.map(text)) in: \(around)")
                }
            }
        }
        return counts
    }

    static func spans(_ labels: [NameLabel]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var k = 0
        while k < labels.count {
            guard labels[k] == .begin else { k += 1; continue }
            var end = k + 1
            while end < labels.count, labels[end] == .inside { end += 1 }
            spans.append(k..<end)
            k = end
        }
        return spans
    }
}
