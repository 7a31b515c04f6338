import Foundation
import NewsModel

/// A deterministic generator of realistic wire stories (about 3 KB each, with people, roles,
/// quotations and countries): the same seed always gives the same corpus.
struct SyntheticWire {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Writes `stories` stories, 100 to a file; returns the bytes written.
    static func write(stories: Int, seed: UInt64, into folder: URL) throws -> Int {
        var generator = SyntheticWire(seed: seed)
        var total = 0
        for file in stride(from: 0, to: stories, by: 100) {
            var text = ""
            for number in file..<min(stories, file + 100) { text += generator.story(number: number) + "\n" }
            let data = Data(text.utf8)
            total += data.count
            try data.write(to: folder.appendingPathComponent(String(format: "wire-%07d.txt", file)))
        }
        return total
    }

    mutating func story(number: Int) -> String {
        let (country, capital, demonym) = pick(Vocabulary.countries)
        var (other, otherCapital, _) = pick(Vocabulary.countries)
        if other == country { (other, otherCapital, _) = Vocabulary.countries[(number + 1) % Vocabulary.countries.count] }
        let year = 2019 + Int(random.next() % 8)
        let month = 1 + Int(random.next() % 12)
        let day = 1 + Int(random.next() % 28)
        let speaker = person()
        let second = person()
        let role = pick(Vocabulary.roles)
        let agency = pick(Vocabulary.agencies)
        let topic = pick(Vocabulary.topics)
        let title = "\(country) \(pick(Vocabulary.headlineVerbs)) \(topic) as \(other) \(pick(Vocabulary.headlineEvents)) \(number)"
        var lines = [
            " date \(year)-\(pad(month))-\(pad(day)) \(pick(Vocabulary.sections))",
            pick(Vocabulary.categories),
            " \(title)", "", title, "",
            random.next() % 3 == 0 ? "by \(person().full)" : "by \(agency) Staff Writers",
            " \(capital) (\(agency)) \(Vocabulary.monthNames[month - 1]) \(day), \(year)", "",
            "\(demonym) \(role) \(speaker.full) said on \(pick(Vocabulary.weekdays)) that \(clause(country, other)), \(clause(otherCapital, capital)).", "",
        ]
        let paragraphs = 8 + Int(random.next() % 3)
        for index in 0..<paragraphs {
            switch index % 4 {
            case 0:
                lines.append("\"\(sentence(country, other)) \(sentence(capital, otherCapital))\" \(speaker.surname) said, adding that \(clause(country, topic)).")
            case 1:
                lines.append("\(second.full), \(pick(Vocabulary.descriptions)), \(pick(Vocabulary.speechVerbs)) that \(clause(other, topic)). \(sentence(otherCapital, country))")
            case 2:
                lines.append("\(sentence(country, capital)) \(sentence(other, topic)) \(sentence(capital, country))")
            default:
                lines.append("\"\(sentence(topic, other))\" the \(role.lowercased()) told reporters in \(capital). \(sentence(country, otherCapital))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func person() -> (full: String, surname: String) {
        let surname = pick(Vocabulary.surnames)
        return ("\(pick(Vocabulary.givenNames)) \(surname)", surname)
    }

    private mutating func clause(_ subject: String, _ object: String) -> String {
        "\(subject) \(pick(Vocabulary.verbs)) \(pick(Vocabulary.adjectives)) \(pick(Vocabulary.nouns)) \(pick(Vocabulary.prepositions)) \(object)"
    }

    private mutating func sentence(_ subject: String, _ object: String) -> String {
        let words = (0..<(6 + Int(random.next() % 10))).map { _ in pick(Vocabulary.fillers) }
        return "\(subject) \(pick(Vocabulary.verbs)) \(words.joined(separator: " ")) \(pick(Vocabulary.prepositions)) \(object)."
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

