import NewsModel
@testable import NewsStore

/// A story written for the correction tests, with an analysis built by hand: `people` are
/// found by name in the text (every mention), `quotes` by their text and speaker (an index
/// into `people`, or an organisation's name).
struct Wire {
    var title: String
    var paragraphs: [String]
    var date = "2026-01-27"

    var story: Story { wireStory(title, date, paragraphs) }

    func analysis(people: [String], quotes: [(text: String, by: Speaker)]) -> StoryAnalysis {
        // A name inside a longer one ("Okabe" in "Sanae Okabe") is that one's mention.
        let longer = people.flatMap { name in spans(of: name).map { (span: $0, length: name.count) } }
        let persons = people.map { name in
            let mentions = spans(of: name).filter { span in
                !longer.contains { $0.length > name.count && $0.span.paragraph == span.paragraph
                    && $0.span.start <= span.start && $0.span.end >= span.end }
            }
            return Person(name: name, role: name == "Sanae Okabe" ? "Japanese Prime Minister" : nil, mentions: mentions)
        }
        var used: [String: Int] = [:]
        let found = quotes.map { quote in
            let span = spans(of: quote.text)[used[quote.text, default: 0]]
            used[quote.text, default: 0] += 1
            return Quote(start: span, endParagraph: span.paragraph, speaker: quote.by, partial: false)
        }
        return StoryAnalysis(people: persons, quotes: found)
    }

    /// Where `text` occurs, in Unicode scalars of each paragraph.
    func spans(of text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        let needle = Array(text.unicodeScalars)
        for (index, paragraph) in paragraphs.enumerated() {
            let scalars = Array(paragraph.unicodeScalars)
            guard scalars.count >= needle.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                spans.append(TextSpan(paragraph: index, start: start, end: start + needle.count))
            }
        }
        return spans
    }
}

func person(_ name: String, _ index: Int) -> Speaker { Speaker(kind: .person, text: name, person: index) }

private func wireStory(_ title: String, _ date: String, _ paragraphs: [String]) -> Story {
    Story(wireDate: Day(iso: date)!, section: "China News", title: title, place: "Tokyo", agency: "AFP", paragraphs: paragraphs)
}

/// The story of most correction tests: two people, three quotations, two of them by Okabe.
let talks = Wire(title: "Okabe and Chen discuss trade", paragraphs: [
    "Japanese Prime Minister Sanae Okabe met Chen Wei-lun, a Taiwanese trade official, in Tokyo.",
    "\"We will respond calmly,\" Okabe said.",
    "\"Talks go on,\" Chen said. \"No comment,\" an aide added.",
])

let talksAnalysis = talks.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: [
    ("We will respond calmly,", person("Sanae Okabe", 0)),
    ("Talks go on,", person("Sanae Okabe", 0)),  // the analysis's mistake: Chen said it
    ("No comment,", Speaker(kind: .unnamed, text: "an aide")),
])
