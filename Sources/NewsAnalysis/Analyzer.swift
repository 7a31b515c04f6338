import NewsModel

/// Finds the people, quotations and topics of a story. Pure and thread-safe: one analyser
/// can serve every import thread.
public struct Analyzer: Sendable {
    public let gazetteer: Gazetteer
    public let relations: RelationTopics
    public let userTopics: [UserTopic]

    public init(gazetteer: Gazetteer, relations: RelationTopics = RelationTopics(), userTopics: [UserTopic] = []) {
        self.gazetteer = gazetteer
        self.relations = relations
        self.userTopics = userTopics
    }

    public func analyze(_ story: Story) -> StoryAnalysis {
        let paragraphs = story.paragraphs.enumerated().map { Paragraph(index: $0.offset, text: $0.element) }
        var finder = PeopleFinder(gazetteer: gazetteer, paragraphs: paragraphs)
        finder.find()
        let found = QuoteFinder.quotes(in: paragraphs)
        let quotes = SpeakerFinder(gazetteer: gazetteer, paragraphs: paragraphs, people: finder.people, owner: finder.owner)
            .speakers(for: found)
        let topics = TopicTagger(gazetteer: gazetteer, relations: relations, userTopics: userTopics)
            .topics(for: story, paragraphs: paragraphs, people: finder.people)
        return StoryAnalysis(people: finder.people, quotes: quotes, topics: topics)
    }
}
