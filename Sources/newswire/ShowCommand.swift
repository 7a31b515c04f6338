import ArgumentParser
import NewsModel
import NewsStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one story; any unique prefix of its id will do.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The story's id or a unique prefix of it (4 or more hex digits).", valueName: "id"))
    var id: String

    func run() throws {
        let store = try options.openStore(readingOnly: true)
        let storyID = try store.resolve(id)
        guard let story = try store.analyzedStory(storyID) else { throw StoreError.noSuchStory(prefix: id) }
        if story.droppedOffsets > 0 {
            Console.warning("story \(storyID.short): \(story.droppedOffsets) places its stored analysis gives no longer fit its text and are left out; run 'newswire reanalyze'")
        }
        if options.json {
            try Console.printJSON(StoryJSON(story))
        } else {
            print(StoryText.full(story, colors: Console.usesColor))
        }
    }
}
