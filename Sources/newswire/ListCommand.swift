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

    @Option(help: "Only stories with this topic (e.g. \"Japan–China relations\", japan-china).")
    var topic: String?

    @Option(help: "At most this many stories.")
    var limit: Int = 50

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let store = try options.openStore(readingOnly: true)
        let filter = StoryFilter(search: search, since: since?.day, until: until?.day, section: section,
                                 person: person, topic: topic)
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

/// A `YYYY-MM-DD` option.
struct DayArgument: ExpressibleByArgument {
    var day: Day
    init?(argument: String) {
        guard let day = Day(iso: argument) else { return nil }
        self.day = day
    }
}
