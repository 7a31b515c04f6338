import Foundation
import NewsAnalysis
import NewsModel

/// GUM news (Zeldes 2017): named-person mentions are the person entities whose span holds a
/// proper noun (NP/NPS in the XML); one of ours is right when it overlaps one of them.
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
        var entities: [String: (range: Range<Int>, proper: Bool)] = [:]
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
            guard fields[3] != "_" else { continue }
            for (n, entity) in fields[3].split(separator: "|").enumerated() where entity.hasPrefix("person") {
                let id = entity.contains("[") ? String(entity) : "\(fields[0])#\(n)"
                var current = entities[id] ?? (start..<end, false)
                current.range = min(current.range.lowerBound, start)..<max(current.range.upperBound, end)
                current.proper = current.proper || tag.hasPrefix("NP") || tag.hasPrefix("NNP")
                entities[id] = current
            }
        }
        flush()
        let gold = entities.values.filter(\.proper).map(\.range)
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
