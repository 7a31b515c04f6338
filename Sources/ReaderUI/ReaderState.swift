import NewsModel

public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public enum Screen: Hashable, Sendable {
    case list, story, topics, people, storyPeople, personQuotes, bookmarks, help
}

/// A scrollable list with a cursor.
public struct Menu<Item: Sendable>: Sendable {
    public var items: [Item] = []
    public var cursor = 0
    public var top = 0
    public init(items: [Item] = []) { self.items = items }
    public var selected: Item? { items.indices.contains(cursor) ? items[cursor] : nil }
}

/// The story list of one filter. Only the rows on screen are read from the cache, a page
/// at a time, so it opens at once on a million stories.
public struct StoryList: Sendable {
    public var filter: StoryFilter
    public var count: Int?
    public var rows: [Int: StorySummary] = [:]
    public var requested: Set<Int> = []
    public var bookmarked: Set<StoryID> = []
    public var read: Set<StoryID> = []
    public var cursor = 0
    public var top = 0

    public static let pageSize = 100

    public init(filter: StoryFilter = StoryFilter()) { self.filter = filter }

    public var selected: StorySummary? { rows[cursor] }
}

/// An open story, laid out for the current width.
public struct StoryView: Sendable {
    public var analyzed: AnalyzedStory
    /// Texts of the story's bookmarked quotations (bookmarks are matched by text).
    public var bookmarked: Set<String>
    public var selectedQuote: Int?
    public var top = 0
    public var search: String?
    public var currentMatch: Int?
    var lines: [StoryLine] = []
    var matches: [Int] = []  // line of each match
    var layoutWidth = 0

    public init(analyzed: AnalyzedStory, bookmarked: Set<String>) {
        self.analyzed = analyzed
        self.bookmarked = bookmarked
    }

    public var story: Story { analyzed.story }
}

/// What the reader is doing: everything a frame is drawn from.
public struct ReaderState: Sendable {
    public var size: Size
    public var screens: [Screen] = [.list]
    /// One story list per list screen on the way back (a topic chosen pushes a filtered list).
    public var lists: [StoryList] = [StoryList()]
    public var story: StoryView?
    public var topics = Menu<TopicSummary>()
    public var people = Menu<PersonSummary>()
    public var storyPeople = Menu<Int>()
    public var personQuotes = Menu<QuoteRecord>()
    public var personQuotesTitle = ""
    public var bookmarks = Menu<Bookmark>()
    /// A search being typed after `/`.
    public var prompt: String?
    public var message: String?
    public var removedBookmark: Bookmark?
    /// The speaker chooser, open over the story (see ReaderState+SpeakerChooser).
    public internal(set) var speakerChooser: SpeakerChooser?
    public var keymap: Keymap
    /// Shown under the list when the terminal cannot show CJK text.
    public var notice: String?

    public init(size: Size, keymap: Keymap = .standard, filter: StoryFilter = StoryFilter()) {
        self.size = size
        self.keymap = keymap
        lists = [StoryList(filter: filter)]
    }

    public var screen: Screen { screens.last! }
    public var list: StoryList {
        get { lists[lists.count - 1] }
        set { lists[lists.count - 1] = newValue }
    }

    public var isTooSmall: Bool { size.width < 24 || size.height < 6 }
    /// Rows between the top and bottom bars.
    var bodyHeight: Int { max(1, size.height - 2) }
}

/// Something the shell must do for the reader: read or write the cache, or quit.
public enum Effect: Hashable, Sendable {
    case count(StoryFilter)
    case rows(StoryFilter, offset: Int, limit: Int)
    case open(StoryID, focus: String?)
    case markRead(StoryID)
    case topics
    case people
    case personQuotes(Int64, name: String)
    case bookmarks
    case bookmark(StoryID, quote: Int)
    case unbookmark(StoryID, text: String)
    case removeBookmark(Int64)
    case restoreBookmark(Bookmark)
    /// Save a correction of the quotation with this number (as in its id) and reopen the story.
    case correctQuote(StoryID, number: Int, SpeakerChoice)
    case quit
}

/// What happened: a key, a resize, or the answer to an effect.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    case counted(StoryFilter, Int)
    case rows(StoryFilter, offset: Int, [StorySummary], bookmarked: Set<StoryID>, read: Set<StoryID>)
    case opened(AnalyzedStory, bookmarked: Set<String>, focus: String?)
    case topics([TopicSummary])
    case people([PersonSummary])
    case personQuotes(String, [QuoteRecord])
    case bookmarks([Bookmark])
    case bookmarkChanged(StoryID, text: String, isBookmarked: Bool)
    case bookmarkRemoved(Bookmark)
    /// The story as corrected, with what to say.
    case quoteCorrected(AnalyzedStory, number: Int, message: String)
    case failed(String)
}
