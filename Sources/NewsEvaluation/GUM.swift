import Foundation
import NewsAnalysis
import NewsModel

/// GUM (Zeldes 2017): named-person mentions are the person entities whose span holds a
/// proper noun (NP in the XML) of their own, not one of an entity nested inside them ("the
/// curator at the University of Arkansas" holds only the university's). One of ours is right
/// when it overlaps one of them; one of them is found when one of ours overlaps it.
public struct GUM {
    /// GUM's own dev split (the corpora README); every other document is a train document.
    public static let devDocuments: Set<String> = [
        "GUM_news_homeopathic", "GUM_news_iodine", "GUM_academic_exposure", "GUM_academic_librarians",
        "GUM_bio_byron", "GUM_bio_emperor", "GUM_court_loan", "GUM_court_negligence",
        "GUM_interview_cyclone", "GUM_interview_gaming",
    ]

    public struct Document: Sendable {
        public var name: String
        /// news, interview, bio, court, academic.
        public var genre: String
        public var isDev: Bool { GUM.devDocuments.contains(name) }
        /// The sentences as paragraphs, with their offsets.
        public var text: OffsetText
        /// The named-person mentions, as ranges of the text.
        public var people: [Range<Int>]
        /// The proper nouns of the people's mentions, not of things inside them: the
        /// words of names (and of titles GUM counts with them: "President Obama").
        public var nameWords: [Range<Int>]

        /// The document to train the name tagger on, its names marked by paragraph.
        public var trainingText: NameTrainingText {
            let marks = text.offsets.indices.map { p in
                let start = text.offsets[p], end = start + text.paragraphs[p].unicodeScalars.count
                return nameWords.filter { $0.lowerBound >= start && $0.upperBound <= end }.map { ($0.lowerBound - start)..<($0.upperBound - start) }
            }
            return NameTrainingText(paragraphs: text.paragraphs, names: GUM.joined(marks), marksHoldTitles: true)
        }
    }

    /// Name words next to each other (one space between) as one name.
    static func joined(_ marks: [[Range<Int>]]) -> [[Range<Int>]] {
        marks.map { words in
            var names: [Range<Int>] = []
            for word in words {
                if let last = names.last, word.lowerBound - last.upperBound <= 1 {
                    names[names.count - 1] = last.lowerBound..<word.upperBound
                } else {
                    names.append(word)
                }
            }
            return names
        }
    }

    /// The documents of one GUM folder (with tsv/ and xml/).
    public static func documents(in folder: URL) throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tsv").path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        return try names.map { file in
            let name = String(file.dropLast(4))
            let tsv = try String(contentsOf: folder.appendingPathComponent("tsv/\(file)"), encoding: .utf8)
            let xml = (try? String(contentsOf: folder.appendingPathComponent("xml/\(name).xml"), encoding: .utf8)) ?? ""
            let genre = name.split(separator: "_").dropFirst().first.map(String.init) ?? ""
            let (text, people, words) = read(tsv: tsv, xml: xml, name: name)
            return Document(name: name, genre: genre, text: text, people: people, nameWords: words)
        }
    }

    /// The named-person mentions found in the documents, against GUM's.
    public static func score(_ documents: [Document], analyzer: Analyzer, debug: Bool = false) -> Score {
        var total = Score()
        for document in documents {
            let analysis = analyzer.analyze(document.text.story)
            let predicted = analysis.people.flatMap { $0.mentions.map(document.text.absolute) }
            let gold = document.people
            var score = Score(truePositives: 0, predicted: predicted.count, gold: gold.count, found: 0)
            score.truePositives = predicted.filter { p in gold.contains { overlap(p, $0) > 0 } }.count
            score.found = gold.filter { g in predicted.contains { overlap($0, g) > 0 } }.count
            if debug {
                for p in predicted where !gold.contains(where: { overlap(p, $0) > 0 }) { print("GUM \(document.name) EXTRA: \(document.text.excerpt(p))") }
                for g in gold where !predicted.contains(where: { overlap($0, g) > 0 }) { print("GUM \(document.name) MISSED: \(document.text.excerpt(g))") }
            }
            total += score
        }
        return total
    }

    private static func read(tsv: String, xml: String, name: String) -> (OffsetText, [Range<Int>], [Range<Int>]) {
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
        var words = Set<Int>()
        for (id, entity) in entities where entity.person {
            // A proper noun of the person's own: no other, smaller entity inside the person holds it.
            let own = tokenEntities.indices.filter { t in
                let token = tokenEntities[t]
                return token.proper && token.ids.contains(id) && !token.ids.contains { other in
                    guard other != id, let o = entities[other], !o.person || o.range != entity.range else { return false }
                    return !o.person && o.range.lowerBound >= entity.range.lowerBound && o.range.upperBound <= entity.range.upperBound
                }
            }
            if !own.isEmpty { gold.append(entity.range) }
            words.formUnion(own)
        }
        if tokenIndex != tags.count { print("GUM \(name): \(tokenIndex) tokens in the TSV, \(tags.count) in the XML; tags may be misaligned") }
        return (document, gold.sorted { $0.lowerBound < $1.lowerBound }, words.sorted().map { tokenEntities[$0].range })
    }
}

extension OffsetText {
    /// The text of `range` with some context, the range in brackets: for error listings.
    public func excerpt(_ range: Range<Int>, context: Int = 30) -> String {
        guard let p = offsets.lastIndex(where: { $0 <= range.lowerBound }) else { return "?" }
        let scalars = Array(paragraphs[p].unicodeScalars)
        let start = range.lowerBound - offsets[p], end = min(scalars.count, range.upperBound - offsets[p])
        guard start <= end else { return "?" }
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        return text(max(0, start - context)..<start) + "[" + text(start..<end) + "]" + text(end..<min(scalars.count, end + context))
    }
}
