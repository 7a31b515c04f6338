import NewsModel

/// How the analysis of a set of stories compares with their gold: people by name,
/// mentions, quotations, their speakers and partial flags, roles and pair topics.
public struct StoryFigures: Sendable {
    public var stories = 0
    public var people = Score(), mentions = Score(), quotes = Score(), topics = Score()
    public var speakers = Accuracy(), partial = Accuracy(), roles = Accuracy()
    /// Every difference, "story: what", for `--verbose`.
    public var mistakes: [String] = []

    public init() {}

    public static func += (a: inout StoryFigures, b: StoryFigures) {
        a.stories += b.stories
        a.people += b.people; a.mentions += b.mentions; a.quotes += b.quotes; a.topics += b.topics
        a.speakers += b.speakers; a.partial += b.partial; a.roles += b.roles
        a.mistakes += b.mistakes
    }

    /// People, mentions, quotations, speakers and topics pooled.
    public var overall: Score {
        var all = Score()
        for score in [people, mentions, quotes, topics] { all += score }
        all += Score(truePositives: speakers.correct, predicted: speakers.total, gold: speakers.total, found: speakers.correct)
        return all
    }

    /// Pair topics found against the gold's, by key; every difference noted.
    mutating func score(topics analysis: StoryAnalysis, gold: [String], story name: String) {
        let relations = analysis.topics.filter { $0.kind == .relations }
        let predicted = relations.map(\.key)
        let goldKeys = gold.map(Topic.key)
        let hits = matched(predicted, goldKeys)
        topics += Score(truePositives: hits, predicted: predicted.count, gold: goldKeys.count, found: hits)
        if hits != goldKeys.count || hits != predicted.count {
            mistakes.append("\(name): topics: got \(relations.map(\.name)) want \(gold)")
        }
    }

    /// Whether the speaker found is the gold one: a person by name, anyone else by kind.
    static func sameSpeaker(_ speaker: Speaker, kind: String, name: String?) -> Bool {
        if kind == "person" {
            return speaker.kind == .person && speaker.text.map(normalized) == name.map(normalized)
        }
        return speaker.kind.rawValue == kind
    }
}
