import Foundation
import NewsModel
@testable import NewsAnalysis

/// The analyser with the gazetteers and topic rules that ship in Data/.
let analyzer: Analyzer = {
    let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")
    return try! Analyzer.load(dataDirectory: data)
}()

/// Analyses a story made of the given paragraphs.
func analyze(_ paragraphs: String..., title: String = "A story", section: String? = nil, category: String? = nil) -> (StoryAnalysis, Story) {
    let story = Story(wireDate: Day(iso: "2026-01-27")!, section: section, category: category, title: title,
                      agency: "AFP", paragraphs: paragraphs)
    return (analyzer.analyze(story), story)
}

extension StoryAnalysis {
    func person(_ name: String) -> Person? { people.first { $0.name == name } }
    var names: [String] { people.map(\.name) }
    var pairTopics: [String] { topics.filter { $0.kind == .relations }.map(\.name) }
}

/// The text of each mention of a person, as written.
func mentions(_ person: Person?, in story: Story) -> [String] {
    (person?.mentions ?? []).map { span in
        String(String.UnicodeScalarView(Array(story.paragraphs[span.paragraph].unicodeScalars)[span.start..<span.end]))
    }
}

/// Each quotation's text with its speaker's text and kind.
func quotes(_ analysis: StoryAnalysis, _ story: Story) -> [(text: String, speaker: String?, kind: Speaker.Kind, partial: Bool)] {
    analysis.quotes.map { ($0.text(in: story.paragraphs), $0.speaker.text, $0.speaker.kind, $0.partial) }
}
