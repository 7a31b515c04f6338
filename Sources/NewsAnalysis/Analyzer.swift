import NewsModel

/// Finds the people, quotations and topics of a story. Pure and thread-safe: one analyser
/// can serve every import thread.
public struct Analyzer: Sendable {
    public let relations: RelationTopics
    public let userTopics: [UserTopic]
    /// The gazetteer behind one reference: the finders of every story share it, and copying
    /// the struct would retain each of its tables, on both import threads at once.
    private let shared: SharedGazetteer

    public var gazetteer: Gazetteer { shared.gazetteer }
    public var nameModel: NameModel { shared.nameModel }

    public init(gazetteer: Gazetteer, nameModel: NameModel, relations: RelationTopics = RelationTopics(), userTopics: [UserTopic] = []) {
        self.relations = relations
        self.userTopics = userTopics
        shared = SharedGazetteer(gazetteer: gazetteer, nameModel: nameModel, topicForms: relations.countryForms)
    }

    public func analyze(_ story: Story) -> StoryAnalysis {
        let paragraphs = story.paragraphs.enumerated().map { Paragraph(index: $0.offset, text: $0.element) }
        var finder = PeopleFinder(shared: shared, paragraphs: paragraphs)
        finder.find()
        let found = QuoteFinder.quotes(in: paragraphs)
        var speakerFinder = SpeakerFinder(shared: shared, paragraphs: paragraphs, people: finder.people, owner: finder.owner, ranks: finder.ranks)
        let quotes = speakerFinder.speakers(for: found)
        let topics = TopicTagger(shared: shared, relations: relations, userTopics: userTopics)
            .topics(for: story, paragraphs: paragraphs, people: finder.people)
        return StoryAnalysis(people: finder.people, quotes: quotes, topics: topics)
    }
}

/// The gazetteer as a shared, immutable object.
final class SharedGazetteer: Sendable {
    let gazetteer: Gazetteer
    let nameModel: NameModel
    /// A topic for each of the gazetteer's countries, made once.
    let countryTopics: [Topic]
    /// The gazetteer's country forms and those that count for topics only ("Hamas"): one
    /// table, so that the tagger looks each word up once.
    let topicCountryForms: PhraseTable<Int>

    init(gazetteer: Gazetteer, nameModel: NameModel, topicForms: [(key: String, country: Int)] = []) {
        self.gazetteer = gazetteer
        self.nameModel = nameModel
        countryTopics = gazetteer.countries.map { Topic(name: $0.name, kind: .country) }
        var forms = gazetteer.countryForms
        for form in topicForms { forms.insert(form.key, form.country, replacing: false) }
        topicCountryForms = forms
    }
}
