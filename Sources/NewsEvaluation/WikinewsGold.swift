import Foundation
import NewsAnalysis
import NewsModel

/// Hand annotations of real Wikinews articles (Tests/NewsAnalysisTests/Wikinews): the text
/// is read from the corpus CSV, the annotations point into it by offsets.
public struct WikinewsGold {
    struct Annotation: Decodable {
        struct Person: Decodable { var name: String; var mentions: [[Int]] }
        struct Quote: Decodable { var start: Int; var end: Int; var speaker: String?; var speaker_kind: String; var partial: Bool }
        var row: Int
        var url: String
        var people: [Person]
        var quotes: [Quote]
        var topics: [String]
    }

    public struct Article: Sendable {
        public var row: Int
        public var url: String
        public var text: OffsetText
    }

    public let analyzer: Analyzer
    public init(analyzer: Analyzer) { self.analyzer = analyzer }

    /// The corpus's articles by row: the first line (the article's date) is left out.
    public static func articles(csv: URL) throws -> [Article] {
        let records = CSV.records(try String(contentsOf: csv, encoding: .utf8))
        return records.enumerated().map { row, record in
            let text = OffsetText(lines: record["text"] ?? "", title: record["title"] ?? "", skippingFirst: isDateLine)
            return Article(row: row, url: record["url"] ?? "", text: text)
        }
    }

    /// "Friday, January 4, 2019".
    static func isDateLine(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0.isWhitespace })
        return words.count == 4 && words[0].hasSuffix("day") && Int(words[3]) != nil
    }

    /// Every annotation of `folder` against its article.
    public func run(folder: URL, articles: [Article], only: (String) -> Bool = { _ in true }) throws -> StoryFigures {
        var all = StoryFigures()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".json") }).sorted() where only(String(name.dropLast(5))) {
            let gold = try JSONDecoder().decode(Annotation.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            guard articles.indices.contains(gold.row), articles[gold.row].url == gold.url else {
                throw EvaluationError("\(folder.path)/\(name): row \(gold.row) is not \(gold.url) in the corpus")
            }
            all += evaluate(articles[gold.row].text, gold, name: "wikinews \(String(name.dropLast(5)))")
        }
        return all
    }

    func evaluate(_ text: OffsetText, _ gold: Annotation, name: String) -> StoryFigures {
        let analysis = analyzer.analyze(text.story)
        var result = StoryFigures()
        result.stories = 1
        var mistakes: [String] = []
        let predictedNames = analysis.people.map { normalized($0.name) }
        let goldNames = gold.people.map { normalized($0.name) }
        let peopleMatched = matched(predictedNames, goldNames)
        result.people = Score(truePositives: peopleMatched, predicted: predictedNames.count, gold: goldNames.count, found: peopleMatched)
        for name in Set(predictedNames).subtracting(goldNames).sorted() { mistakes.append("extra person \(name)") }
        for name in Set(goldNames).subtracting(predictedNames).sorted() { mistakes.append("missed person \(name)") }
        // Mentions by span, whoever they are given to.
        let predicted = analysis.people.flatMap { $0.mentions.map(text.absolute) }
        let goldMentions = gold.people.flatMap { $0.mentions.compactMap { $0.count == 2 ? $0[0]..<$0[1] : nil } }
        let right = predicted.filter { p in goldMentions.contains { overlap(p, $0) > 0 } }.count
        let found = goldMentions.filter { g in predicted.contains { overlap($0, g) > 0 } }.count
        result.mentions = Score(truePositives: right, predicted: predicted.count, gold: goldMentions.count, found: found)
        // Quotations by span: one to one, overlapping by at least 80% of the longer.
        var unmatched = Array(gold.quotes.indices)
        var hits = 0
        for quote in analysis.quotes {
            let range = text.absolute(quote)
            guard let index = unmatched.firstIndex(where: { g in
                let goldRange = gold.quotes[g].start..<gold.quotes[g].end
                return overlap(range, goldRange) * 5 >= 4 * max(range.count, goldRange.count)
            }) else {
                mistakes.append("extra quote: \(text.excerpt(range, context: 0).prefix(60))")
                continue
            }
            let goldQuote = gold.quotes[unmatched.remove(at: index)]
            hits += 1
            let ok = StoryFigures.sameSpeaker(quote.speaker, kind: goldQuote.speaker_kind, name: goldQuote.speaker)
            result.speakers.add(ok)
            let excerpt = text.excerpt(range, context: 0).prefix(40)
            if !ok {
                mistakes.append("speaker of \(excerpt): got \(quote.speaker.kind.rawValue) \(quote.speaker.text ?? "-") want \(goldQuote.speaker_kind) \(goldQuote.speaker ?? "-")")
            }
            result.partial.add(quote.partial == goldQuote.partial)
            if quote.partial != goldQuote.partial { mistakes.append("partial of \(excerpt): got \(quote.partial)") }
        }
        for index in unmatched {
            mistakes.append("missed quote: \(text.excerpt(gold.quotes[index].start..<gold.quotes[index].end, context: 0).prefix(60))")
        }
        result.quotes = Score(truePositives: hits, predicted: analysis.quotes.count, gold: gold.quotes.count, found: hits)
        result.mistakes = mistakes.map { "\(name): \($0)" }
        result.score(topics: analysis, gold: gold.topics, story: name)
        return result
    }
}

extension WikinewsGold {
    /// The annotated articles of `folder` with their people's mentions marked, to train the
    /// name tagger on (only a split the analysis may be tuned on: dev).
    public static func trainingTexts(folder: URL, articles: [Article]) throws -> [(name: String, text: NameTrainingText)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map { name in
            let gold = try JSONDecoder().decode(Annotation.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let text = articles[gold.row].text
            let spans = gold.people.flatMap { $0.mentions.compactMap { $0.count == 2 ? $0[0]..<$0[1] : nil } }
            let marks = text.offsets.indices.map { p in
                let start = text.offsets[p], end = start + text.paragraphs[p].unicodeScalars.count
                return spans.filter { $0.lowerBound >= start && $0.upperBound <= end }.map { ($0.lowerBound - start)..<($0.upperBound - start) }
                    .sorted { $0.lowerBound < $1.lowerBound }
            }
            return (String(name.dropLast(5)), NameTrainingText(paragraphs: text.paragraphs, names: marks))
        }
    }
}
