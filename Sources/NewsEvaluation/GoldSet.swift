import Foundation
import NewsAnalysis
import NewsModel
import WireImport

/// The team's own gold set: Tests/NewsAnalysisTests/Gold/{dev,test} (see its README).
public struct GoldSet {
    struct Gold: Decodable {
        struct GoldPerson: Decodable { var name: String; var role: String?; var mentions: [String] }
        struct GoldQuote: Decodable { var text: String; var speaker: String?; var speaker_kind: String; var partial: Bool }
        var people: [GoldPerson]
        var quotes: [GoldQuote]
        var topics: [String]
    }

    public let analyzer: Analyzer

    public init(analyzer: Analyzer) { self.analyzer = analyzer }

    func evaluate(story: Story, gold: Gold, name: String) -> StoryFigures {
        let analysis = analyzer.analyze(story)
        var result = StoryFigures()
        result.stories = 1
        // People, by name.
        let predictedNames = analysis.people.map { normalized($0.name) }
        let goldNames = gold.people.map { normalized($0.name) }
        let peopleMatched = matched(predictedNames, goldNames)
        result.people = Score(truePositives: peopleMatched, predicted: predictedNames.count, gold: goldNames.count, found: peopleMatched)
        for name in Set(predictedNames).subtracting(goldNames).sorted() { result.mistakes.append("extra person \(name)") }
        for name in Set(goldNames).subtracting(predictedNames).sorted() { result.mistakes.append("missed person \(name)") }
        // Mentions, as (person, surface) pairs.
        var predictedMentions: [String] = []
        for person in analysis.people {
            for mention in person.mentions {
                predictedMentions.append(normalized(person.name) + "|" + story.paragraphs[mention.paragraph].scalars(mention.start..<mention.end))
            }
        }
        let goldMentions = gold.people.flatMap { person in person.mentions.map { normalized(person.name) + "|" + $0 } }
        let mentionsMatched = matched(predictedMentions, goldMentions)
        result.mentions = Score(truePositives: mentionsMatched, predicted: predictedMentions.count, gold: goldMentions.count, found: mentionsMatched)
        if mentionsMatched != goldMentions.count || mentionsMatched != predictedMentions.count {
            result.mistakes.append("mentions: got \(predictedMentions.sorted()) want \(goldMentions.sorted())")
        }
        // Roles of the people found.
        for person in gold.people {
            guard let found = analysis.people.first(where: { normalized($0.name) == normalized(person.name) }) else { continue }
            let ok = found.role.map(normalized) == person.role.map(normalized)
            result.roles.add(ok)
            if !ok { result.mistakes.append("role of \(person.name): got \(found.role ?? "nil") want \(person.role ?? "nil")") }
        }
        // Quotations by text; then their speakers and partial flags.
        let predictedQuotes = analysis.quotes.map { (quote: $0, text: normalized($0.text(in: story.paragraphs))) }
        var unmatched = gold.quotes
        var quoteHits = 0
        for predicted in predictedQuotes {
            guard let index = unmatched.firstIndex(where: { normalized($0.text) == predicted.text }) else {
                result.mistakes.append("extra quote: \(predicted.text.prefix(60))")
                continue
            }
            let goldQuote = unmatched.remove(at: index)
            quoteHits += 1
            let speaker = predicted.quote.speaker
            let ok = StoryFigures.sameSpeaker(speaker, kind: goldQuote.speaker_kind, name: goldQuote.speaker)
            result.speakers.add(ok)
            if !ok {
                result.mistakes.append("speaker of \"\(goldQuote.text.prefix(40))\": got \(speaker.kind.rawValue) \(speaker.text ?? "-") want \(goldQuote.speaker_kind) \(goldQuote.speaker ?? "-")")
            }
            result.partial.add(predicted.quote.partial == goldQuote.partial)
            if predicted.quote.partial != goldQuote.partial { result.mistakes.append("partial of \"\(goldQuote.text.prefix(40))\": got \(predicted.quote.partial)") }
        }
        for missed in unmatched { result.mistakes.append("missed quote: \(missed.text.prefix(60))") }
        result.quotes = Score(truePositives: quoteHits, predicted: predictedQuotes.count, gold: gold.quotes.count, found: quoteHits)
        result.mistakes = result.mistakes.map { "\(name): \($0)" }
        result.score(topics: analysis, gold: gold.topics, story: name)
        return result
    }

    /// Every NNN-*.txt of `folder` with its .json; `000-example.json` is the seed story's
    /// gold, whose text is read from `seeds` when that folder is there (skipped otherwise).
    /// The seed story's figures are also returned apart.
    public func run(folder: URL, seeds: URL?, only: (String) -> Bool = { _ in true }) throws -> (all: StoryFigures, example: StoryFigures?) {
        var all = StoryFigures()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var example: StoryFigures?
        for name in names {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let base = String(name.dropLast(5))
            guard only(base) else { continue }
            var textURL = folder.appendingPathComponent(base + ".txt")
            if base == "000-example" {
                guard let seeds, let seed = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix("000_") }) else {
                    continue
                }
                textURL = seeds.appendingPathComponent(seed)
            }
            let text = try WireText(decoding: Data(contentsOf: textURL))
            guard let story = WireParser.stories(in: text.bytes).stories.first else {
                throw EvaluationError("\(textURL.path): no story")
            }
            let result = evaluate(story: story, gold: gold, name: base)
            if base == "000-example" { example = result }
            all += result
        }
        return (all, example)
    }
}

public struct EvaluationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension String {
    /// The Unicode scalars of `range`, as a string.
    func scalars(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        let clamped = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
        return String(String.UnicodeScalarView(scalars[clamped]))
    }
}

extension GoldSet {
    /// The stories of `folder` with their people's mentions marked, to train the name
    /// tagger on (only a split the analysis may be tuned on: dev).
    public static func trainingTexts(folder: URL) throws -> [(name: String, text: NameTrainingText)] {
        var texts: [(name: String, text: NameTrainingText)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".json") }).sorted() {
            let textURL = folder.appendingPathComponent(String(name.dropLast(5)) + ".txt")
            guard FileManager.default.fileExists(atPath: textURL.path) else { continue }
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let text = try WireText(decoding: Data(contentsOf: textURL))
            guard let story = WireParser.stories(in: text.bytes).stories.first else { continue }
            let forms = Set(gold.people.flatMap(\.mentions)).sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
            let marks = story.paragraphs.map { paragraph in wholeWordOccurrences(of: forms, in: Array(paragraph.unicodeScalars)) }
            texts.append((String(name.dropLast(5)), NameTrainingText(paragraphs: story.paragraphs, names: marks)))
        }
        return texts
    }

    /// Where the forms occur as whole words, longest first, none inside another.
    static func wholeWordOccurrences(of forms: [String], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" }
        var claimed: [Range<Int>] = []
        for form in forms {
            let pattern = Array(form.unicodeScalars)
            guard !pattern.isEmpty, pattern.count <= scalars.count else { continue }
            var i = 0
            while i + pattern.count <= scalars.count {
                let range = i..<i + pattern.count
                if scalars[range].elementsEqual(pattern), i == 0 || !isWordScalar(scalars[i - 1]),
                   range.upperBound == scalars.count || !isWordScalar(scalars[range.upperBound]),
                   !claimed.contains(where: { $0.overlaps(range) }) {
                    claimed.append(range)
                    i = range.upperBound
                } else {
                    i += 1
                }
            }
        }
        return claimed.sorted { $0.lowerBound < $1.lowerBound }
    }
}
