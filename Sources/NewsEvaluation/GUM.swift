import Foundation
import NewsAnalysis
import NewsModel

/// GUM news (Zeldes 2017): named-person mentions are the person entities whose span holds a
/// proper noun (NP in the XML) of their own, not one of an entity nested inside them ("the
/// curator at the University of Arkansas" holds only the university's). One of ours is right
/// when it overlaps one of them; one of them is found when one of ours overlaps it.
struct GUM {
    let analyzer: Analyzer

    func run(folder: URL) throws -> Score {
        var total = Score()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tsv").path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        for name in names {
            let tsv = try String(contentsOf: folder.appendingPathComponent("tsv/\(name)"), encoding: .utf8)
            let xmlURL = folder.appendingPathComponent("xml/\(name.dropLast(4)).xml")
            let xml = (try? String(contentsOf: xmlURL, encoding: .utf8)) ?? ""
            total += evaluate(tsv: tsv, xml: xml)
        }
        return total
    }

    private func evaluate(tsv: String, xml: String) -> Score {
        let tags = xml.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t")
            return fields.count >= 2 && !line.hasPrefix("<") ? String(fields[1]) : nil
        }
        var document = OffsetText()
        var tokenIndex = 0
        // Every entity's extent and type; the proper nouns (position ranges) of the text.
        var entities: [String: (range: Range<Int>, person: Bool)] = [:]
        var tokenEntities: [(range: Range<Int>, proper: Bool, ids: [String])] = []
        var sentence: (text: String, offset: Int)?
        func flush() {
            if let sentence { document.paragraphs.append(sentence.text); document.offsets.append(sentence.offset) }
            sentence = nil
        }
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#Text=") { flush(); sentence = (String(line.dropFirst(6)), -1); continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, fields[0].contains("-"), let dash = fields[1].firstIndex(of: "-"),
                  let start = Int(fields[1][..<dash]), let end = Int(fields[1][fields[1].index(after: dash)...]) else { continue }
            if sentence?.offset == -1 { sentence?.offset = start }
            let tag = tokenIndex < tags.count ? tags[tokenIndex] : ""
            tokenIndex += 1
            var ids: [String] = []
            if fields[3] != "_" {
                for (n, entity) in fields[3].split(separator: "|").enumerated() {
                    let id = entity.contains("[") ? String(entity) : "\(fields[0])#\(n)"
                    var current = entities[id] ?? (start..<end, entity.hasPrefix("person"))
                    current.range = min(current.range.lowerBound, start)..<max(current.range.upperBound, end)
                    entities[id] = current
                    ids.append(id)
                }
            }
            tokenEntities.append((start..<end, tag == "NP" || tag == "NNP", ids))
        }
        flush()
        var gold: [Range<Int>] = []
        for (id, entity) in entities where entity.person {
            // A proper noun of the person's own: no other, smaller entity inside the person holds it.
            let own = tokenEntities.contains { token in
                token.proper && token.ids.contains(id) && !token.ids.contains { other in
                    guard other != id, let o = entities[other], !o.person || o.range != entity.range else { return false }
                    return !o.person && o.range.lowerBound >= entity.range.lowerBound && o.range.upperBound <= entity.range.upperBound
                }
            }
            if own { gold.append(entity.range) }
        }
        if tokenIndex != tags.count { print("GUM: \(tokenIndex) tokens in the TSV, \(tags.count) in the XML; tags may be misaligned") }
        let analysis = analyzer.analyze(document.story)
        let predicted = analysis.people.flatMap { $0.mentions.map(document.absolute) }
        var score = Score(truePositives: 0, predicted: predicted.count, gold: gold.count, found: 0)
        score.truePositives = predicted.filter { p in gold.contains { overlap(p, $0) > 0 } }.count
        score.found = gold.filter { g in predicted.contains { overlap($0, g) > 0 } }.count
        if ProcessInfo.processInfo.environment["EVAL_DEBUG"] != nil {
            let text = document.paragraphs.joined(separator: "\n")
            let scalars = Array(text.unicodeScalars)
            func excerpt(_ r: Range<Int>) -> String { r.upperBound <= scalars.count ? String(String.UnicodeScalarView(scalars[r])) : "?" }
            for p in predicted where !gold.contains(where: { overlap(p, $0) > 0 }) { print("GUM EXTRA: \(excerpt(p))") }
            for g in gold where !predicted.contains(where: { overlap($0, g) > 0 }) { print("GUM MISSED: \(excerpt(g))") }
        }
        return score
    }
}
