import NewsModel

extension ReaderState {
    /// The effects that fill the first screen.
    public mutating func start() -> [Effect] {
        let stages = startInStages()
        return stages.firstScreen + stages.afterwards
    }

    /// The first screen's rows, and what can wait until they are drawn: counting a million
    /// stories reads a whole index, which takes a while when the cache is not in memory.
    public mutating func startInStages() -> (firstScreen: [Effect], afterwards: [Effect]) {
        (requestVisibleRows(), [.count(list.filter)])
    }

    /// Applies an event; returns what the shell must do next. Pure: no I/O here.
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key): return handle(key)
        case .resize(let size):
            self.size = size
            relayoutStories()
            clampList()
            return requestVisibleRows()
        case .counted(let filter, let count, let unread):
            var isFirstCount = false
            for i in lists.indices where lists[i].filter == filter {
                if lists[i].count != nil && lists[i].count != count {
                    lists[i].rows = [:]  // the cache changed under us: read the rows again
                    lists[i].requested = []
                }
                isFirstCount = isFirstCount || (i == lists.count - 1 && lists[i].count == nil)
                lists[i].count = count
                lists[i].unread = unread
            }
            if isFirstCount, screen == .list, let search = filter.search, count <= 1 {
                message = count == 0 ? "No story matches “\(search)”." : "Only one story matches “\(search)”."
            }
            clampList()
            return requestVisibleRows()
        case .rows(let filter, let offset, let rows, let bookmarked, let read):
            for i in lists.indices where lists[i].filter == filter {
                for (n, row) in rows.enumerated() {
                    lists[i].rows[offset + n] = row
                    lists[i].setRead(row.id, read.contains(row.id))
                    if bookmarked.contains(row.id) { lists[i].bookmarked.insert(row.id) } else { lists[i].bookmarked.remove(row.id) }
                }
            }
            return []
        case .opened(let analyzed, let bookmarked, let focus):
            var view = StoryView(analyzed: analyzed, bookmarked: bookmarked)
            if let focus, let index = view.quoteTexts.firstIndex(of: focus) {
                view.selectedQuote = index
            }
            view.search = list.filter.search
            showStory(view)
            if let index = story?.selectedQuote { scrollStory(toQuote: index) }
            setReadEverywhere(analyzed.story.id, true)
            return []
        case .topics(let items):
            topics = Menu(items: items.sorted(by: TopicGroup.order))
            topics.cursor = 0
            return []
        case .people(let items): people = Menu(items: items); return []
        case .personQuotes(let title, let items):
            personQuotes = Menu(items: items)
            personQuotesTitle = title
            return []
        case .bookmarks(let items):
            let cursor = bookmarks.cursor
            bookmarks = Menu(items: items)
            bookmarks.cursor = max(0, min(cursor, items.count - 1))
            return []
        case .bookmarkChanged(let id, let text, let isBookmarked):
            for i in stories.indices where stories[i].story.id == id {
                if isBookmarked { stories[i].bookmarked.insert(text) } else { stories[i].bookmarked.remove(text) }
                let view = stories[i]
                stories[i].restyle(quotes: view.quoteTexts.indices.filter { view.quoteTexts[$0] == text })
                for l in lists.indices {
                    if !stories[i].bookmarked.isEmpty { lists[l].bookmarked.insert(id) } else { lists[l].bookmarked.remove(id) }
                }
            }
            message = isBookmarked ? "Bookmarked." : "Bookmark removed."
            return []
        case .bookmarkRemoved(let bookmark):
            removedBookmark = bookmark
            bookmarks.remove { $0.id == bookmark.id }
            message = "Bookmark removed. Press u to undo."
            return []
        case .bookmarkMissing(let id):
            message = "Bookmark \(id) was already removed (by another newswire); the list is read again."
            return [.bookmarks]
        case .noteSaved(let bookmark):
            let cursor = bookmarks.cursor
            bookmarks = Menu(items: bookmarks.all.map { $0.id == bookmark.id ? bookmark : $0 })
            bookmarks.cursor = cursor
            message = bookmark.note?.isEmpty == false ? "Note saved." : "Note removed."
            return []
        case .markedAllRead(let filter, let batch, let marked):
            readUndo = .markedAll(batch: batch, filter: filter)
            message = "Marked \(plural(marked, "story", "stories")) read. Press u to undo."
            return reloadLists()
        case .searchSaved(let name):
            message = "Saved as the topic “\(name)” (in topics.conf); t lists it."
            return []
        case .foundUnread(let filter, let offset, let row, let open):
            guard let index = lists.lastIndex(where: { $0.filter == filter }) else { return [] }
            guard let offset, let row else {
                message = "No more unread stories in this list."
                return []
            }
            lists[index].rows[offset] = row
            lists[index].cursor = offset
            if index == lists.count - 1 { clampList() }
            if open { return [.open(row.id, focus: nil), .markRead(row.id)] }
            return requestVisibleRows()
        case .quoteCorrected(let analyzed, let number, let text):
            showCorrected(analyzed, number: number, message: text)
            return []
        case .failed(let text):
            message = text
            return []
        }
    }

    /// Every list read again from the cache (read marks changed under them).
    mutating func reloadLists() -> [Effect] {
        for i in lists.indices {
            lists[i].rows = [:]
            lists[i].requested = []
        }
        return lists.map { Effect.count($0.filter) } + requestVisibleRows()
    }

    mutating func setReadEverywhere(_ id: StoryID, _ isRead: Bool) {
        for i in lists.indices {
            if lists[i].rows.values.contains(where: { $0.id == id }), lists[i].isRead(id) != isRead, let unread = lists[i].unread {
                lists[i].unread = max(0, unread + (isRead ? -1 : 1))
            }
            lists[i].setRead(id, isRead)
        }
    }
}

func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
}

/// The groups of the topics screen, in their order.
enum TopicGroup: Int, CaseIterable {
    case relations, countries, yours, wire

    init(_ kind: Topic.Kind) {
        switch kind {
        case .relations: self = .relations
        case .country: self = .countries
        case .user, .search: self = .yours
        case .section, .category: self = .wire
        }
    }

    var label: String {
        switch self {
        case .relations: return "Relations"
        case .countries: return "Countries"
        case .yours: return "Your topics and saved searches"
        case .wire: return "Wire sections"
        }
    }

    static func order(_ a: TopicSummary, _ b: TopicSummary) -> Bool {
        (TopicGroup(a.kind).rawValue, -a.stories, a.name) < (TopicGroup(b.kind).rawValue, -b.stories, b.name)
    }
}
