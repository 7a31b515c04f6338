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
            relayoutStory()
            clampList()
            return requestVisibleRows()
        case .counted(let filter, let count):
            for i in lists.indices where lists[i].filter == filter {
                if lists[i].count != nil && lists[i].count != count {
                    lists[i].rows = [:]  // the cache changed under us: read the rows again
                    lists[i].requested = []
                }
                lists[i].count = count
            }
            clampList()
            return requestVisibleRows()
        case .rows(let filter, let offset, let rows, let bookmarked, let read):
            for i in lists.indices where lists[i].filter == filter {
                for (n, row) in rows.enumerated() { lists[i].rows[offset + n] = row }
                lists[i].bookmarked.formUnion(bookmarked)
                lists[i].read.formUnion(read)
            }
            return []
        case .opened(let analyzed, let bookmarked, let focus):
            var view = StoryView(analyzed: analyzed, bookmarked: bookmarked)
            if let focus, let index = analyzed.analysis.quotes.firstIndex(where: { $0.text(in: analyzed.story.paragraphs) == focus }) {
                view.selectedQuote = index
            }
            view.search = list.filter.search
            story = view
            relayoutStory()
            if let index = story?.selectedQuote { scrollStory(toQuote: index) }
            if screen != .story { screens.append(.story) }
            for i in lists.indices { lists[i].read.insert(analyzed.story.id) }
            return []
        case .topics(let items): topics = Menu(items: items); return []
        case .people(let items): people = Menu(items: items); return []
        case .personQuotes(let title, let items):
            personQuotes = Menu(items: items)
            personQuotesTitle = title
            return []
        case .bookmarks(let items): bookmarks = Menu(items: items); return []
        case .bookmarkChanged(let id, let text, let isBookmarked):
            if story?.story.id == id {
                if isBookmarked { story?.bookmarked.insert(text) } else { story?.bookmarked.remove(text) }
                relayoutStory()
                for i in lists.indices {
                    if story?.bookmarked.isEmpty == false { lists[i].bookmarked.insert(id) } else { lists[i].bookmarked.remove(id) }
                }
            }
            message = isBookmarked ? "Bookmarked." : "Bookmark removed."
            return []
        case .bookmarkRemoved(let bookmark):
            removedBookmark = bookmark
            bookmarks.items.removeAll { $0.id == bookmark.id }
            bookmarks.cursor = min(bookmarks.cursor, max(0, bookmarks.items.count - 1))
            message = "Bookmark removed. Press u to undo."
            return []
        case .quoteCorrected(let analyzed, let number, let text):
            showCorrected(analyzed, number: number, message: text)
            return []
        case .failed(let text):
            message = text
            return []
        }
    }

    // MARK: Keys

    private mutating func handle(_ key: Key) -> [Effect] {
        if prompt != nil { return typeSearch(key) }
        message = nil
        if speakerChooser != nil { return chooseSpeaker(key) }
        guard let action = keymap.action(for: key) else { return [] }
        if action == .quit { return [.quit] }
        if action == .help && screen != .help { screens.append(.help); return [] }
        switch screen {
        case .list: return listAction(action)
        case .story: return storyAction(action)
        case .topics: return menuAction(action, \.topics) { state, topic in state.pushList(topic: topic.name) }
        case .people:
            if action == .personQuotes, let person = people.selected {
                screens.append(.personQuotes)
                return [.personQuotes(person.id, name: person.name)]
            }
            return menuAction(action, \.people) { state, person in state.pushList(person: person.name) }
        case .storyPeople:
            return menuAction(action, \.storyPeople) { state, index in
                guard let name = state.story?.analyzed.analysis.people[index].name else { return [] }
                state.screens.removeLast()  // the people overlay
                return state.pushList(person: name)
            }
        case .personQuotes:
            return menuAction(action, \.personQuotes) { _, record in [.open(record.story.id, focus: record.text)] }
        case .bookmarks:
            switch action {
            case .remove:
                guard let bookmark = bookmarks.selected else { return [] }
                return [.removeBookmark(bookmark.id)]
            case .undo:
                guard let bookmark = removedBookmark else { return [] }
                removedBookmark = nil
                return [.restoreBookmark(bookmark), .bookmarks]
            default:
                return menuAction(action, \.bookmarks) { _, bookmark in [.open(bookmark.storyID, focus: bookmark.text)] }
            }
        case .help:
            if [.back, .open, .help].contains(action) { screens.removeLast() }
            return []
        }
    }

    private mutating func globalAction(_ action: Action) -> [Effect]? {
        switch action {
        case .topics: screens.append(.topics); return [.topics]
        case .people: screens.append(.people); return [.people]
        case .bookmarks: screens.append(.bookmarks); return [.bookmarks]
        case .search: prompt = ""; return []
        case .reload:
            for i in lists.indices { lists[i].rows = [:]; lists[i].requested = [] }
            var effects = lists.map { Effect.count($0.filter) } + requestVisibleRows()
            if let id = story?.story.id, screen == .story { effects.append(.open(id, focus: nil)) }
            return effects
        default: return nil
        }
    }

    private mutating func listAction(_ action: Action) -> [Effect] {
        if let effects = globalAction(action) { return effects }
        let count = list.count ?? list.rows.count
        switch action {
        case .down: list.cursor += 1
        case .up: list.cursor -= 1
        case .pageDown: list.cursor += bodyHeight; list.top += bodyHeight
        case .pageUp: list.cursor -= bodyHeight; list.top -= bodyHeight
        case .halfPageDown: list.cursor += bodyHeight / 2; list.top += bodyHeight / 2
        case .halfPageUp: list.cursor -= bodyHeight / 2; list.top -= bodyHeight / 2
        case .top: list.cursor = 0
        case .bottom: list.cursor = count - 1
        case .open:
            guard let row = list.selected else { return [] }
            return [.open(row.id, focus: nil), .markRead(row.id)]
        case .back:
            if lists.count > 1 {
                lists.removeLast()
                screens.removeLast()
                return requestVisibleRows()
            }
            return [.quit]
        default: return []
        }
        clampList()
        return requestVisibleRows()
    }

    private mutating func storyAction(_ action: Action) -> [Effect] {
        if let effects = globalAction(action) { return effects }
        guard var view = story else { return [] }
        let page = bodyHeight
        let quotes = view.analyzed.analysis.quotes
        switch action {
        case .down: view.top += 1
        case .up: view.top -= 1
        case .pageDown: view.top += page
        case .pageUp: view.top -= page
        case .halfPageDown: view.top += page / 2
        case .halfPageUp: view.top -= page / 2
        case .top: view.top = 0
        case .bottom: view.top = view.lines.count - page
        case .nextQuote, .previousQuote:
            guard !quotes.isEmpty else { message = "This story has no quotations."; return [] }
            let step = action == .nextQuote ? 1 : -1
            view.selectedQuote = ((view.selectedQuote ?? (step == 1 ? -1 : 0)) + step + quotes.count) % quotes.count
            story = view
            relayoutStory()
            scrollStory(toQuote: view.selectedQuote!)
            return []
        case .bookmark:
            guard let index = view.selectedQuote else { message = "Select a quotation first (Tab)."; return [] }
            let text = quotes[index].text(in: view.story.paragraphs)
            return view.bookmarked.contains(text) ? [.unbookmark(view.story.id, text: text)] : [.bookmark(view.story.id, quote: index)]
        case .chooseSpeaker:
            return openSpeakerChooser()
        case .storyPeople:
            storyPeople = Menu(items: Array(view.analyzed.analysis.people.indices))
            screens.append(.storyPeople)
            return []
        case .nextMatch, .previousMatch:
            guard !view.matches.isEmpty else { message = "No search matches in this story."; return [] }
            let step = action == .nextMatch ? 1 : -1
            let next = ((view.currentMatch ?? (step == 1 ? -1 : 0)) + step + view.matches.count) % view.matches.count
            view.currentMatch = next
            view.top = view.matches[next] - min(3, page / 3)
        case .back:
            screens.removeLast()
            story = nil
            return requestVisibleRows()
        default: return []
        }
        view.top = max(0, min(view.top, view.lines.count - page))
        story = view
        return []
    }

    private mutating func menuAction<Item>(_ action: Action, _ path: WritableKeyPath<ReaderState, Menu<Item>>,
                                           open: (inout ReaderState, Item) -> [Effect]) -> [Effect] {
        if action != .search && action != .reload, let effects = globalAction(action) { return effects }
        var menu = self[keyPath: path]
        defer { self[keyPath: path] = menu }
        switch action {
        case .down: menu.cursor += 1
        case .up: menu.cursor -= 1
        case .pageDown, .halfPageDown: menu.cursor += bodyHeight
        case .pageUp, .halfPageUp: menu.cursor -= bodyHeight
        case .top: menu.cursor = 0
        case .bottom: menu.cursor = menu.items.count - 1
        case .open:
            guard let item = menu.selected else { return [] }
            self[keyPath: path] = menu
            let effects = open(&self, item)
            menu = self[keyPath: path]
            return effects
        case .back:
            screens.removeLast()
            return []
        default: return []
        }
        menu.cursor = max(0, min(menu.cursor, menu.items.count - 1))
        let visible = bodyHeight - 1
        if menu.cursor < menu.top { menu.top = menu.cursor }
        if menu.cursor >= menu.top + visible { menu.top = menu.cursor - visible + 1 }
        return []
    }

    /// A topic or person chosen: the list of their stories, on top of the current list.
    private mutating func pushList(topic: String? = nil, person: String? = nil) -> [Effect] {
        var filter = list.filter
        if let topic { filter.topic = topic }
        if let person { filter.person = person }
        if screen != .list && screen != .story { screens.removeLast() }
        screens.append(.list)
        lists.append(StoryList(filter: filter))
        return [.count(filter)] + requestVisibleRows()
    }

    private mutating func typeSearch(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            prompt = nil
        case .backspace:
            if prompt?.isEmpty == false { prompt?.removeLast() } else { prompt = nil }
        case .enter:
            let text = prompt ?? ""
            prompt = nil
            guard !text.trimmingSpaces.isEmpty else { return [] }
            if screen == .story, var view = story {
                view.search = text
                view.currentMatch = nil
                story = view
                relayoutStory()
                if let first = story?.matches.first { story?.top = max(0, first - 2); story?.currentMatch = 0 }
                else { message = "“\(text)” is not in this story." }
                return []
            }
            var filter = list.filter
            filter.search = text
            while screen != .list { screens.removeLast() }
            screens.append(.list)
            lists.append(StoryList(filter: filter))
            return [.count(filter)] + requestVisibleRows()
        case .character(let c):
            prompt?.append(c)
        default:
            break
        }
        return []
    }

    // MARK: Helpers

    private mutating func clampList() {
        var current = list
        let count = current.count ?? current.rows.count
        current.cursor = max(0, min(current.cursor, count - 1))
        let visible = bodyHeight
        current.top = max(0, min(current.top, max(0, count - visible)))
        if current.cursor < current.top { current.top = current.cursor }
        if current.cursor >= current.top + visible { current.top = current.cursor - visible + 1 }
        list = current
    }

    /// Pages of rows the list shows but has not read yet.
    mutating func requestVisibleRows() -> [Effect] {
        guard screen == .list || lists.count == 1 else { return [] }
        var current = list
        let last = current.count.map { min($0, current.top + bodyHeight) } ?? current.top + bodyHeight
        guard last > current.top else { return [] }
        var effects: [Effect] = []
        for page in (current.top / StoryList.pageSize)...((last - 1) / StoryList.pageSize) where !current.requested.contains(page) {
            current.requested.insert(page)
            effects.append(.rows(current.filter, offset: page * StoryList.pageSize, limit: StoryList.pageSize))
        }
        list = current
        return effects
    }

    /// Lays the story out again for the width, keeping the paragraph at the top in view.
    mutating func relayoutStory() {
        guard var view = story else { return }
        let anchor = view.lines.indices.contains(view.top) ? view.lines[view.top].paragraph : nil
        view.layout(width: max(1, size.width - 2))
        if let anchor, anchor >= 0, view.layoutWidth > 0 {
            view.top = view.lines.firstIndex { $0.paragraph == anchor } ?? view.top
        }
        view.top = max(0, min(view.top, view.lines.count - bodyHeight))
        story = view
    }

    private mutating func scrollStory(toQuote index: Int) {
        guard var view = story, let line = view.firstLine(ofQuote: index) else { return }
        if line < view.top || line >= view.top + bodyHeight - 1 { view.top = max(0, line - 2) }
        story = view
    }
}

extension String {
    var trimmingSpaces: String { String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }
}
