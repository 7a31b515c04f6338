import ArgumentParser
import NewsModel
import NewsStore

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Mark stories read or unread: by id, every story of a topic, person or search, or all.",
        discussion: "newswire mark read e53bd3b3ff 7a1c2e  |  newswire mark unread --topic japan-china  |  newswire mark read --all")

    enum State: String, ExpressibleByArgument, CaseIterable { case read, unread }

    @OptionGroup var options: GlobalOptions
    @Argument(help: "read or unread.") var state: State
    @Argument(help: "Story ids (any unique prefix of 4+ hex digits).") var ids: [String] = []
    @Option(help: "Every story with this topic (or saved search).") var topic: String?
    @Option(help: "Every story naming this person.") var person: String?
    @Option(help: "Every story this search finds.") var search: String?
    @Flag(help: "Every story in the cache.") var all = false

    func validate() throws {
        let filtered = topic != nil || person != nil || search != nil
        let ways = [!ids.isEmpty, filtered, all].filter { $0 }.count
        if ways == 0 { throw ValidationError("say which stories: ids, --topic, --person, --search or --all") }
        if ways > 1 { throw ValidationError("give ids, a filter (--topic, --person, --search) or --all, not several") }
    }

    func run() throws {
        let store = try options.openStore()
        let isRead = state == .read
        if !ids.isEmpty {
            let resolved = try ids.map { try store.resolve($0) }
            for id in resolved { try store.setRead(id, isRead: isRead) }
            return try report(resolved.count)
        }
        var filter = StoryFilter(search: search, person: person, topic: topic)
        if let topic { filter = try SavedSearch.applying(topic, to: filter) }
        try report(isRead ? try store.markAllRead(filter).count : try store.markAllUnread(filter))
    }

    /// `{"marked": 3, "state": "read"}` with --json.
    private struct Marked: Encodable {
        var marked: Int
        var state: String
    }

    private func report(_ count: Int) throws {
        if options.json { return try Console.printJSON(Marked(marked: count, state: state.rawValue)) }
        print("marked \(count == 1 ? "1 story" : "\(count) stories") \(state.rawValue)")
    }
}
