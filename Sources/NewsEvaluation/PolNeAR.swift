import Foundation
import NewsAnalysis
import NewsModel

/// PolNeAR (Newell, Margolin & Ruths 2018): direct quotations are the Content spans that
/// open and close with a quotation mark. A quotation interrupted by its cue (`"A," she said.
/// "B."`) is one discontinuous span there and two quotations here, so each piece counts: a
/// found (full, not partial) quotation matches a piece when they overlap by at least 80% of
/// the longer. The speaker is right when our speaker's mention overlaps the gold Source span.
public struct PolNeAR {
    public let analyzer: Analyzer
    public var debug = false

    public init(analyzer: Analyzer, debug: Bool = false) {
        self.analyzer = analyzer
        self.debug = debug
    }
    static let marks: Set<Character> = ["\"", "“", "”", "«", "»"]

    public struct Result: Sendable {
        public var quotes = Score()
        public var speakers = Accuracy()
        public var texts = 0
    }

    public func run(folder: URL) throws -> Result {
        var result = Result()
        let annotations = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("attributions").path)
            .filter { $0.hasSuffix(".ann") }.sorted()
        var seen = Set<String>()
        for name in annotations {
            // NAME_ANNOTATOR.ann: several annotators may have done one text; the first counts.
            let base = String(name.dropLast(4))
            guard let underscore = base.lastIndex(of: "_") else { continue }
            let textName = String(base[..<underscore])
            guard seen.insert(textName).inserted else { continue }
            let textURL = folder.appendingPathComponent("text/\(textName).txt")
            guard let text = try? String(contentsOf: textURL, encoding: .utf8) else { continue }
            let ann = try String(contentsOf: folder.appendingPathComponent("attributions/\(name)"), encoding: .utf8)
            result.texts += 1
            evaluate(text: text, annotation: ann, into: &result)
        }
        return result
    }

    private func evaluate(text: String, annotation: String, into result: inout Result) {
        var spans: [String: (type: String, pieces: [Range<Int>], text: String)] = [:]
        var sources: [String: [Range<Int>]] = [:]
        for line in annotation.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            if fields[0].hasPrefix("T"), fields.count >= 3 {
                let head = fields[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                let pieces = head[1].split(separator: ";").compactMap { piece -> Range<Int>? in
                    let numbers = piece.split(separator: " ").compactMap { Int($0) }
                    return numbers.count == 2 && numbers[0] <= numbers[1] ? numbers[0]..<numbers[1] : nil
                }
                guard !pieces.isEmpty else { continue }
                spans[fields[0]] = (String(head[0]), pieces, fields[2])
            } else if fields[0].hasPrefix("E") {
                var content: String?, source: String?
                for part in fields[1].split(separator: " ") {
                    let pair = part.split(separator: ":")
                    guard pair.count == 2 else { continue }
                    if pair[0].hasPrefix("Content") { content = String(pair[1]) }
                    if pair[0].hasPrefix("Source") { source = String(pair[1]) }
                }
                if let content, let source, let pieces = spans[source]?.pieces { sources[content, default: []] += pieces }
            }
        }
        let scalars = Array(text.unicodeScalars)
        var gold: [(range: Range<Int>, sources: [Range<Int>])] = []
        for (id, span) in spans where span.type == "Content" {
            guard span.pieces.allSatisfy({ $0.upperBound <= scalars.count }) else { continue }
            let texts = span.pieces.map { String(String.UnicodeScalarView(scalars[$0])) }
            let content = texts.joined().trimmingCharacters(in: .whitespaces)
            guard let first = content.first, let last = content.last, PolNeAR.marks.contains(first),
                  PolNeAR.marks.contains(last), content.count > 2 else { continue }
            for piece in span.pieces {
                // The piece without its quotation marks (and the space or punctuation beside them).
                var low = piece.lowerBound, high = piece.upperBound
                while low < high, " \"“”«»".unicodeScalars.contains(scalars[low]) { low += 1 }
                while high > low, " \"“”«»".unicodeScalars.contains(scalars[high - 1]) { high -= 1 }
                if high > low { gold.append((low..<high, sources[id] ?? [])) }
            }
        }
        let document = OffsetText(lines: text)
        let analysis = analyzer.analyze(document.story)
        let direct = analysis.quotes.filter { !$0.partial }
        let ours = direct.map(document.absolute)
        var score = Score(truePositives: 0, predicted: direct.count, gold: gold.count, found: 0)
        func excerpt(_ range: Range<Int>) -> String { String(String(String.UnicodeScalarView(scalars[range])).prefix(100)) }
        for (quote, range) in zip(direct, ours) {
            // Right when at least 80% of it lies in gold quotation pieces.
            guard covered(range, by: gold.map(\.range)) * 5 >= 4 * range.count else {
                if debug { print("EXTRA: \(excerpt(range))") }
                continue
            }
            score.truePositives += 1
            let sources = gold.filter { overlap(range, $0.range) > 0 }.flatMap(\.sources)
            guard !sources.isEmpty else { continue }
            var mentions: [Range<Int>] = []
            if let cue = quote.speaker.cue { mentions.append(document.absolute(cue)) }
            if let person = quote.speaker.person { mentions += analysis.people[person].mentions.map(document.absolute) }
            let ok = mentions.contains { mention in sources.contains { overlap(mention, $0) > 0 } }
            result.speakers.add(ok)
            if debug && !ok {
                print("SPEAKER: \(excerpt(range).prefix(50)) -> \(quote.speaker.kind) \(quote.speaker.text ?? "-") want \(sources.map(excerpt))")
            }
        }
        // A gold piece is found when at least 80% of it lies in found quotations.
        for piece in gold {
            if covered(piece.range, by: ours) * 5 >= 4 * piece.range.count { score.found += 1 }
            else if debug { print("MISSED: \(excerpt(piece.range))") }
        }
        result.quotes += score
    }
}

/// How many positions of `range` lie in any of `spans`.
func covered(_ range: Range<Int>, by spans: [Range<Int>]) -> Int {
    var inside = IndexSet()
    for span in spans where span.overlaps(range) { inside.insert(integersIn: max(span.lowerBound, range.lowerBound)..<min(span.upperBound, range.upperBound)) }
    return inside.count
}
