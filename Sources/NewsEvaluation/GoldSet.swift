import Foundation
import NewsAnalysis
import NewsModel
import WireImport

/// The team's own gold set: Tests/NewsAnalysisTests/Gold (see its README for the format).
struct GoldSet {
    struct Gold: Decodable {
        struct GoldPerson: Decodable { var name: String; var role: String?; var mentions: [String] }
        struct GoldQuote: Decodable { var text: String; var speaker: String?; var speaker_kind: String; var partial: Bool }
        var people: [GoldPerson]
        var quotes: [GoldQuote]
        var topics: [String]
    }

    struct Result {
        var people = Score(), mentions = Score(), quotes = Score(), topics = Score()
        var roles = Accuracy(), speakers = Accuracy(), partial = Accuracy()
        var stories = 0
        var mistakes: [String] = []

        static func += (a: inout Result, b: Result) {
            a.people += b.people; a.mentions += b.mentions; a.quotes += b.quotes; a.topics += b.topics
            a.roles.correct += b.roles.correct; a.roles.total += b.roles.total
            a.speakers.correct += b.speakers.correct; a.speakers.total += b.speakers.total
            a.partial.correct += b.partial.correct; a.partial.total += b.partial.total
            a.stories += b.stories; a.mistakes += b.mistakes
        }

        /// Everything overall: people, mentions, quotations, speakers and topics pooled.
        var overall: Score {
            var all = Score()
            for score in [people, mentions, quotes, topics] { all += score }
            all.truePositives += speakers.correct; all.predicted += speakers.total
            all.found += speakers.correct; all.gold += speakers.total
            return all
        }
    }

    let analyzer: Analyzer

    func evaluate(story: Story, gold: Gold, name: String) -> Result {
        let analysis = analyzer.analyze(story)
        var result = Result()
        result.stories = 1
        // People, by name.
        let predictedNames = analysis.people.map { normalized($0.name) }
        let goldNames = gold.people.map { normalized($0.name) }
        let peopleMatched = matched(predictedNames, goldNames)
        result.people = Score(truePositives: peopleMatched, predicted: predictedNames.count, gold: goldNames.count, found: peopleMatched)
        for name in Set(predictedNames).subtracting(goldNames) { result.mistakes.append("extra person \(name)") }
        for name in Set(goldNames).subtracting(predictedNames) { result.mistakes.append("missed person \(name)") }
        // Mentions, as (person, surface) pairs.
        var predictedMentions: [String] = []
        for person in analysis.people {
            for mention in person.mentions {
                let surface = Array(story.paragraphs[mention.paragraph].unicodeScalars)[mention.start..<mention.end]
                predictedMentions.append(normalized(person.name) + "|" + String(String.UnicodeScalarView(surface)))
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
            let ok: Bool
            if goldQuote.speaker_kind == "person" {
                ok = speaker.kind == .person && speaker.text.map(normalized) == goldQuote.speaker.map(normalized)
            } else {
                ok = speaker.kind.rawValue == goldQuote.speaker_kind
            }
            result.speakers.add(ok)
            if !ok {
                result.mistakes.append("speaker of \"\(goldQuote.text.prefix(40))\": got \(speaker.kind.rawValue) \(speaker.text ?? "-") want \(goldQuote.speaker_kind) \(goldQuote.speaker ?? "-")")
            }
            result.partial.add(predicted.quote.partial == goldQuote.partial)
            if predicted.quote.partial != goldQuote.partial { result.mistakes.append("partial of \"\(goldQuote.text.prefix(40))\": got \(predicted.quote.partial)") }
        }
        for missed in unmatched { result.mistakes.append("missed quote: \(missed.text.prefix(60))") }
        result.quotes = Score(truePositives: quoteHits, predicted: predictedQuotes.count, gold: gold.quotes.count, found: quoteHits)
        // Pair topics.
        let predictedTopics = analysis.topics.filter { $0.kind == .relations }.map(\.key)
        let goldTopics = gold.topics.map(Topic.key)
        let topicHits = matched(predictedTopics, goldTopics)
        result.topics = Score(truePositives: topicHits, predicted: predictedTopics.count, gold: goldTopics.count, found: topicHits)
        if topicHits != goldTopics.count || topicHits != predictedTopics.count {
            result.mistakes.append("topics: got \(analysis.topics.filter { $0.kind == .relations }.map(\.name)) want \(gold.topics)")
        }
        result.mistakes = result.mistakes.map { "\(name): \($0)" }
        return result
    }

    /// Every NNN-*.txt with its .json, plus the example story from the seeds when present.
    func run(gold folder: URL, seeds: URL?) throws -> (all: Result, example: Result?) {
        var all = Result()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var example: Result?
        for name in names {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let base = String(name.dropLast(5))
            var textURL = folder.appendingPathComponent(base + ".txt")
            if base == "000-example" {
                guard let seeds, let seed = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix("000_") }) else {
                    print("gold set: skipping 000-example (../shared/seeds not present)")
                    continue
                }
                textURL = seeds.appendingPathComponent(seed)
            }
            let text = try WireText(decoding: Data(contentsOf: textURL))
            guard let story = WireParser.stories(in: text.bytes).stories.first else {
                throw EvalError("\(textURL.path): no story")
            }
            let result = evaluate(story: story, gold: gold, name: base)
            if base == "000-example" { example = result }
            all += result
        }
        return (all, example)
    }
}

struct EvalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
