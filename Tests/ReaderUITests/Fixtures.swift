import NewsModel
@testable import ReaderUI

func day(_ text: String) -> Day { Day(iso: text)! }

func summary(_ n: Int, title: String? = nil) -> StorySummary {
    StorySummary(id: StoryID(rawValue: Int64(n + 1)), published: day("2026-01-27"), agency: "AFP", section: "China News",
                 title: title ?? "Story number \(n)")
}

/// A story with one person and two quotations, as the analysis would give it.
func analyzedStory() -> AnalyzedStory {
    let paragraphs = [
        "Japanese Prime Minister Sanae Okabe spoke in Tokyo on Monday.",
        "\"We will respond calmly,\" Okabe said.",
        "\"Talks are the only way,\" she added.",
    ]
    let story = Story(wireDate: day("2026-01-27"), section: "China News", title: "Okabe urges calm", byline: "by Staff Writers",
                      place: "Tokyo", agency: "AFP", paragraphs: paragraphs)
    let person = Person(name: "Sanae Okabe", role: "Japanese Prime Minister",
                        mentions: [TextSpan(paragraph: 0, start: 24, end: 35), TextSpan(paragraph: 1, start: 27, end: 32)])
    let speaker = Speaker(kind: .person, text: "Sanae Okabe", person: 0)
    let quotes = [
        Quote(start: TextSpan(paragraph: 1, start: 1, end: 24), endParagraph: 1, speaker: speaker, partial: false),
        Quote(start: TextSpan(paragraph: 2, start: 1, end: 24), endParagraph: 2, speaker: speaker, partial: false),
    ]
    return AnalyzedStory(story: story, analysis: StoryAnalysis(people: [person], quotes: quotes,
                                                               topics: [Topic(name: "Japan–China relations", kind: .relations)]),
                         personIDs: [7])
}

extension ReaderState {
    /// Feeds events and the answers a cache of `total` stories would give, like the shell does.
    mutating func run(_ events: [Event], total: Int = 1000) -> [Effect] {
        var done: [Effect] = []
        var queue: [Event] = events
        while !queue.isEmpty {
            let effects = update(queue.removeFirst())
            done += effects
            // The shell answers effects before it reads the next key.
            queue.insert(contentsOf: effects.flatMap { answer($0, total: total) }, at: 0)
        }
        return done
    }

    mutating func press(_ keys: Key..., total: Int = 1000) -> [Effect] {
        run(keys.map { .key($0) }, total: total)
    }

    func answer(_ effect: Effect, total: Int) -> [Event] {
        switch effect {
        case .count(let filter): return [.counted(filter, total, unread: nil)]
        case .rows(let filter, let offset, let limit):
            let rows = (offset..<min(total, offset + limit)).map { summary($0) }
            return [.rows(filter, offset: offset, rows, bookmarked: [], read: [])]
        case .open: return [.opened(analyzedStory(), bookmarked: [], focus: nil)]
        case .topics: return [.topics([TopicSummary(name: "Japan–China relations", kind: .relations, stories: 22, months: [1, 0, 4, 8],
                                                    firstMonth: 202510, unread: 5)])]
        case .people: return [.people([PersonSummary(id: 7, name: "Sanae Okabe", role: "Japanese Prime Minister", stories: 3,
                                                     quotations: 5, unread: 2)])]
        case .personQuotes(_, let name):
            let story = analyzedStory()
            let record = QuoteRecord(id: "\(story.story.id.short).0", text: "We will respond calmly,", quote: story.analysis.quotes[0],
                                     personID: 7, story: summary(0, title: story.story.title))
            return [.personQuotes(name, [record])]
        case .markAllRead(let filter): return [.markedAllRead(filter, batch: 1, marked: total)]
        case .findUnread(let filter, let after, let forward, let open):
            let offset = forward ? after + 1 : after - 1
            guard (0..<total).contains(offset) else { return [.foundUnread(filter, offset: nil, nil, open: open)] }
            return [.foundUnread(filter, offset: offset, summary(offset), open: open)]
        default: return []
        }
    }

    static func started(width: Int = 80, height: Int = 24, total: Int = 1000) -> ReaderState {
        var state = ReaderState(size: Size(width: width, height: height))
        var effects = state.start()
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            for event in state.answer(effect, total: total) { effects += state.update(event) }
        }
        return state
    }
}
