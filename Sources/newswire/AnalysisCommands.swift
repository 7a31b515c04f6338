import ArgumentParser
import NewsModel
import NewsStore

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: "Everyone named in the cache, with role, stories and quotations.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "At most this many people.") var limit: Int?

    func run() throws {
        let people = try options.openStore(readingOnly: true).people(limit: limit)
        if options.json {
            try Console.printJSON(people.map(PersonSummaryJSON.init))
            return
        }
        for person in people {
            let role = person.role.map { ", \($0)" } ?? ""
            let stories = person.stories == 1 ? "story  " : "stories", quotations = person.quotations == 1 ? "quotation " : "quotations"
            print("\(pad(String(person.stories), 6)) \(stories) \(pad(String(person.quotations), 5)) \(quotations)  \((person.name + role).terminalSafe)")
        }
    }
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Quotations with their speakers, newest story first.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only quotations of this person (full name, or a part naming only one person).") var person: String?
    @Option(help: "Only quotations from stories with this topic.") var topic: String?
    @Option(help: "At most this many quotations.") var limit: Int?

    func run() throws {
        let quotes = try options.openStore(readingOnly: true).quotes(person: person, topic: topic, limit: limit)
        if options.json {
            try Console.printJSON(quotes.map(QuoteJSON.init))
            return
        }
        for record in quotes {
            print(StoryText.quoteLine(record))
            print("    \(record.story.published)  \(record.story.title.terminalSafe)")
        }
    }
}

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "Topics with their number of stories; saved searches (topics.conf search:) last.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try options.openStore(readingOnly: true)
        var topics = try store.topics()
        for saved in try SavedSearch.load() {
            topics.append(TopicSummary(name: saved.name, kind: .search, stories: try store.count(saved.filter)))
        }
        if options.json {
            try Console.printJSON(topics.map(TopicSummaryJSON.init))
            return
        }
        for topic in topics {
            print("\(pad(String(topic.stories), 7))  \(topic.name.terminalSafe)  (\(topic.kind.rawValue))")
        }
    }
}

func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

struct PersonSummaryJSON: Encodable {
    var person: PersonSummary
    init(_ person: PersonSummary) { self.person = person }
    enum CodingKeys: String, CodingKey { case id, name, role, stories, quotations }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person.id, forKey: .id)
        try container.encode(person.name, forKey: .name)
        try container.encode(person.role, forKey: .role)
        try container.encode(person.stories, forKey: .stories)
        try container.encode(person.quotations, forKey: .quotations)
    }
}

struct TopicSummaryJSON: Encodable {
    var topic: TopicSummary
    init(_ topic: TopicSummary) { self.topic = topic }
    enum CodingKeys: String, CodingKey { case name, kind, stories }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(topic.name, forKey: .name)
        try container.encode(topic.kind.rawValue, forKey: .kind)
        try container.encode(topic.stories, forKey: .stories)
    }
}
