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
    case list, story, topics, people, storyPeople, storyTopics, personQuotes, bookmarks, help
}

/// A scrollable list with a cursor, and the text typed after `/` that narrows it.
public struct Menu<Item: Sendable>: Sendable {
    public private(set) var all: [Item] = []
    public private(set) var items: [Item] = []
    public var cursor = 0
    public var top = 0
    public private(set) var narrowing = ""
    public init(items: [Item] = []) {
        all = items
        self.items = items
    }
    public var selected: Item? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// Keeps the items whose text contains `text` (any case); the cursor stays on its item when it can.
    mutating func narrow(to text: String, by label: (Item) -> String) {
        narrowing = text
        let needle = text.lowercased()
        items = needle.isEmpty ? all : all.filter { label($0).lowercased().contains(needle) }
        cursor = max(0, min(cursor, items.count - 1))
        top = min(top, cursor)
    }

    mutating func remove(where shouldRemove: (Item) -> Bool) {
        all.removeAll(where: shouldRemove)
        items.removeAll(where: shouldRemove)
        cursor = max(0, min(cursor, items.count - 1))
    }
}

/// The story list of one filter. Only the rows on screen are read from the cache, a page
/// at a time, so it opens at once on a million stories.
public struct StoryList: Sendable {
    public var filter: StoryFilter
    public var count: Int?
    public var unread: Int?
    public var rows: [Int: StorySummary] = [:]
    public var requested: Set<Int> = []
    public var bookmarked: Set<StoryID> = []
    /// Which of the rows read are read: as the cache gave them, and as this session changed them.
    public var read: Set<StoryID> = []
    public var cursor = 0
    public var top = 0

    public static let pageSize = 100

    public init(filter: StoryFilter = StoryFilter()) { self.filter = filter }

    public var selected: StorySummary? { rows[cursor] }

    public func isRead(_ id: StoryID) -> Bool { read.contains(id) }

    mutating func setRead(_ id: StoryID, _ isRead: Bool) {
        if isRead { read.insert(id) } else { read.remove(id) }
    }

    /// Where the row of this story is, among the rows read so far.
    func offset(of id: StoryID) -> Int? { rows.first { $0.value.id == id }?.key }
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
    var paragraphFirstLines: [Int] = []
    var layoutWidth = 0
    /// Each quotation's text, and the marks of each paragraph: read once when the story opens,
    /// not again for every paragraph, frame or key.
    public let quoteTexts: [String]
    let marks: ParagraphMarks

    public init(analyzed: AnalyzedStory, bookmarked: Set<String>) {
        self.analyzed = analyzed
        self.bookmarked = bookmarked
        let scalars = ParagraphScalars(analyzed.story.paragraphs)
        quoteTexts = analyzed.analysis.quotes.map(scalars.text(of:))
        marks = ParagraphMarks(analyzed.analysis, scalars)
    }

    public var story: Story { analyzed.story }
}

/// What a line typed at the bottom is for.
public enum PromptPurpose: Hashable, Sendable {
    /// A full-text search (or, in a story, a search of its text).
    case search
    /// Narrowing the topics or people list as the user types.
    case narrow
    /// The name of a saved search.
    case saveSearch(StoryFilter)
    /// A bookmark's note.
    case note(bookmark: Int64)

    var label: String {
        switch self {
        case .search, .narrow: return "/"
        case .saveSearch: return "Save search as: "
        case .note: return "Note: "
        }
    }
}

/// What can be undone with `u` in a story list.
public enum ReadUndo: Hashable, Sendable {
    /// A "mark all read" of a list: the batch the cache gave it.
    case markedAll(batch: Int64, filter: StoryFilter)
    case toggled(StoryID, wasRead: Bool)
}

/// What the reader is doing: everything a frame is drawn from.
public struct ReaderState: Sendable {
    public var size: Size
    /// The way back: `q` pops one screen. Every `.list` here has its list in `lists`, every
    /// `.story` its story in `stories`, so that going back always finds a screen to draw.
    public internal(set) var screens: [Screen] = [.list]
    /// One story list per list screen on the way back (a topic chosen pushes a filtered list).
    public internal(set) var lists: [StoryList] = [StoryList()]
    /// One open story per story screen on the way back.
    public internal(set) var stories: [StoryView] = []
    public internal(set) var topics = Menu<TopicSummary>()
    public internal(set) var people = Menu<PersonSummary>()
    public internal(set) var storyPeople = Menu<Int>()
    public internal(set) var storyTopics = Menu<Topic>()
    public internal(set) var personQuotes = Menu<QuoteRecord>()
    public internal(set) var personQuotesTitle = ""
    public internal(set) var bookmarks = Menu<Bookmark>()
    /// A line being typed at the bottom (a search, a name, a note), and what it is for.
    public internal(set) var prompt: LineEditor?
    public internal(set) var promptPurpose: PromptPurpose = .search
    public internal(set) var message: String?
    public internal(set) var removedBookmark: Bookmark?
    public internal(set) var readUndo: ReadUndo?
    /// Digits typed before a motion key: `5j`, `10G`.
    public internal(set) var pendingCount: Int?
    /// The speaker chooser, open over the story (see ReaderState+SpeakerChooser).
    public internal(set) var speakerChooser: SpeakerChooser?
    public var keymap: Keymap
    /// Shown under the list when the terminal cannot show CJK text.
    public var notice: String?
    /// Shown in the title bar on every screen (the demo says its cache is thrown away).
    public var banner: String?

    public init(size: Size, keymap: Keymap = .standard, filter: StoryFilter = StoryFilter()) {
        self.size = size
        self.keymap = keymap
        lists = [StoryList(filter: filter)]
    }

    public var screen: Screen { screens.last! }
    public internal(set) var list: StoryList {
        get { lists[lists.count - 1] }
        set { lists[lists.count - 1] = newValue }
    }
    /// The story of the nearest story screen on the way back.
    public internal(set) var story: StoryView? {
        get { stories.last }
        set { if let newValue, !stories.isEmpty { stories[stories.count - 1] = newValue } }
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
    case setRead(StoryID, isRead: Bool)
    /// Marks every story of the filter read; answered by `.markedAllRead` with the batch to undo.
    case markAllRead(StoryFilter)
    case undoMarkAll(batch: Int64)
    case topics
    case people
    case personQuotes(Int64, name: String)
    case bookmarks
    case bookmark(StoryID, quote: Int)
    case unbookmark(StoryID, text: String)
    case removeBookmark(Int64)
    case restoreBookmark(Bookmark)
    case setNote(bookmark: Int64, note: String)
    case saveSearch(name: String, filter: StoryFilter)
    /// The next (or previous) unread story of the list after `offset`, in the list's order.
    case findUnread(StoryFilter, after: Int, forward: Bool, open: Bool)
    /// Save a correction of the quotation with this number (as in its id) and reopen the story.
    case correctQuote(StoryID, number: Int, SpeakerChoice)
    case quit
}

/// What happened: a key, a resize, or the answer to an effect.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    case counted(StoryFilter, Int, unread: Int?)
    case rows(StoryFilter, offset: Int, [StorySummary], bookmarked: Set<StoryID>, read: Set<StoryID>)
    case opened(AnalyzedStory, bookmarked: Set<String>, focus: String?)
    case topics([TopicSummary])
    case people([PersonSummary])
    case personQuotes(String, [QuoteRecord])
    case bookmarks([Bookmark])
    case bookmarkChanged(StoryID, text: String, isBookmarked: Bool)
    case bookmarkRemoved(Bookmark)
    /// A bookmark the screen showed is gone (removed by another process): the list is read again.
    case bookmarkMissing(Int64)
    case noteSaved(Bookmark)
    case markedAllRead(StoryFilter, batch: Int64, marked: Int)
    case searchSaved(name: String)
    /// Where the unread story `findUnread` looked for is in the list (nil: none).
    case foundUnread(StoryFilter, offset: Int?, StorySummary?, open: Bool)
    /// The story as corrected, with what to say.
    case quoteCorrected(AnalyzedStory, number: Int, message: String)
    case failed(String)
}
