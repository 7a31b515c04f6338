import ArgumentParser
import NewsModel
import NewsStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List stories, newest first (by relevance with --search).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Full-text search (FTS5 syntax: words, \"phrases\", prefix*, AND/OR/NOT).")
    var search: String?

    @Option(help: ArgumentHelp("Only stories published on or after this day.", valueName: "YYYY-MM-DD"))
    var since: DayArgument?

    @Option(help: ArgumentHelp("Only stories published on or before this day.", valueName: "YYYY-MM-DD"))
    var until: DayArgument?

    @Option(help: "Only stories of this wire section (e.g. \"China News\").")
    var section: String?

    @Option(help: "Only stories naming this person (full name, or a part naming only one person).")
    var person: String?

    @Option(help: "Only stories with this topic (e.g. \"Japan–China relations\", japan-china), or a saved search of topics.conf.")
    var topic: String?

    @Flag(help: "Only stories not read yet.")
    var unread = false

    @Option(help: ArgumentHelp("The order of a search: relevance (with a recency prior) or newest.", valueName: "order"))
    var order: StoryFilter.Order = .relevance

    @Option(help: "At most this many stories.")
    var limit: Int = 50

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let store = try options.openStore(readingOnly: true)
        var filter = StoryFilter(search: search, since: since?.day, until: until?.day, section: section,
                                 person: person, topic: topic, unreadOnly: unread, order: order)
        if let topic { filter = try SavedSearch.applying(topic, to: filter) }
        let stories = try store.page(filter, limit: limit)
        if options.json {
            try Console.printJSON(stories.map(StoryListItemJSON.init))
            return
        }
        for story in stories {
            print(StoryText.listLine(story))
        }
    }
}

extension StoryFilter.Order: ExpressibleByArgument {}

extension SavedSearch {
    /// The filter with `--topic NAME` read as the saved search of that name, when there is one.
    static func applying(_ topic: String, to filter: StoryFilter) throws -> StoryFilter {
        guard let saved = SavedSearch.named(topic, in: try SavedSearch.load()) else { return filter }
        var filter = filter
        filter.topic = saved.filter.topic
        filter.person = filter.person ?? saved.filter.person
        let query = saved.filter.search ?? ""
        filter.search = filter.search.map { "(\(query)) AND (\($0))" } ?? query
        return filter
    }
}

/// A `YYYY-MM-DD` option.
struct DayArgument: ExpressibleByArgument {
    var day: Day
    init?(argument: String) {
        guard let day = Day(iso: argument) else { return nil }
        self.day = day
    }
}
