import NewsModel

extension ReaderState {
    mutating func handle(_ key: Key) -> [Effect] {
        if prompt != nil { return typePrompt(key) }
        message = nil
        if speakerChooser != nil { return chooseSpeaker(key) }
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII, keymap.action(for: key) == nil,
           digit > 0 || pendingCount != nil {
            pendingCount = min(9_999_999, (pendingCount ?? 0) * 10 + digit)
            return []
        }
        let count = pendingCount
        pendingCount = nil
        guard let action = keymap.action(for: key) else { return [] }
        if action == .quit { return [.quit] }
        if action == .help && screen != .help { screens.append(.help); return [] }
        switch screen {
        case .list: return listAction(action, count: count)
        case .story: return storyAction(action, count: count)
        case .topics:
            if let effects = narrowingAction(action, topics.narrowing) { return effects }
            return menuAction(action, \.topics, count: count) { state, topic in
                if let saved = topic.filter { return state.pushList(filter: saved) }
                return state.pushList(topic: topic.name)
            }
        case .people:
            if let effects = narrowingAction(action, people.narrowing) { return effects }
            if action == .personQuotes, let person = people.selected {
                screens.append(.personQuotes)
                return [.personQuotes(person.id, name: person.name)]
            }
            return menuAction(action, \.people, count: count) { state, person in state.pushList(person: person.name) }
        case .storyPeople:
            return menuAction(action, \.storyPeople, count: count) { state, index in
                guard let name = state.story?.analyzed.analysis.people[index].name else { return [] }
                return state.pushList(person: name)
            }
        case .storyTopics:
            return menuAction(action, \.storyTopics, count: count) { state, topic in state.pushList(topic: topic.name) }
        case .personQuotes:
            return menuAction(action, \.personQuotes, count: count) { _, record in [.open(record.story.id, focus: record.text), .markRead(record.story.id)] }
        case .bookmarks:
            switch action {
            case .remove:
                guard let bookmark = bookmarks.selected else { return [] }
                return [.removeBookmark(bookmark.id)]
            case .undo:
                guard let bookmark = removedBookmark else { message = "Nothing to undo."; return [] }
                removedBookmark = nil
                return [.restoreBookmark(bookmark), .bookmarks]
            case .editNote:
                guard let bookmark = bookmarks.selected else { return [] }
                startPrompt(.note(bookmark: bookmark.id), text: bookmark.note ?? "")
                return []
            case .reload:
                return [.bookmarks]
            default:
                return menuAction(action, \.bookmarks, count: count) { _, bookmark in [.open(bookmark.storyID, focus: bookmark.text), .markRead(bookmark.storyID)] }
            }
        case .help:
            if [.back, .open, .help].contains(action) { popScreen() }
            return []
        }
    }

    /// `/` on the topics and people screens narrows the list as the user types; `r` reads it again.
    private mutating func narrowingAction(_ action: Action, _ current: String) -> [Effect]? {
        switch action {
        case .search:
            startPrompt(.narrow, text: current)
            return []
        case .reload:
            return screen == .topics ? [.topics] : [.people]
        default:
            return nil
        }
    }

    private mutating func globalAction(_ action: Action) -> [Effect]? {
        switch action {
        case .topics: screens.append(.topics); return [.topics]
        case .people: screens.append(.people); return [.people]
        case .bookmarks: screens.append(.bookmarks); return [.bookmarks]
        case .search: startPrompt(.search); return []
        case .reload:
            var effects = reloadLists()
            if let id = story?.story.id, screen == .story { effects.append(.open(id, focus: nil)) }
            return effects
        default: return nil
        }
    }

    private mutating func listAction(_ action: Action, count: Int?) -> [Effect] {
        if let effects = globalAction(action) { return effects }
        let total = list.count ?? list.rows.count
        let n = count ?? 1
        switch action {
        case .down: list.cursor += n
        case .up: list.cursor -= n
        case .pageDown: list.cursor += bodyHeight * n; list.top += bodyHeight * n
        case .pageUp: list.cursor -= bodyHeight * n; list.top -= bodyHeight * n
        case .halfPageDown: list.cursor += bodyHeight / 2; list.top += bodyHeight / 2
        case .halfPageUp: list.cursor -= bodyHeight / 2; list.top -= bodyHeight / 2
        case .top: list.cursor = (count ?? 1) - 1
        case .bottom: list.cursor = count.map { $0 - 1 } ?? total - 1
        case .open:
            guard let row = list.selected else { return [] }
            return [.open(row.id, focus: nil), .markRead(row.id)]
        case .back:
            if lists.count > 1 {
                popScreen()
                return requestVisibleRows()
            }
            return [.quit]
        case .toggleRead:
            guard let row = list.selected else { return [] }
            return toggleRead(row.id)
        case .markAllRead:
            guard total > 0 else { message = "No stories to mark."; return [] }
            return [.markAllRead(list.filter.ignoringReadState)]
        case .undo: return undoRead()
        case .unreadOnly:
            var filter = list.filter
            filter.unreadOnly.toggle()
            lists[lists.count - 1] = StoryList(filter: filter)
            message = filter.unreadOnly ? "Only unread stories (U: all stories)." : "All stories, read and unread."
            return [.count(filter)] + requestVisibleRows()
        case .nextUnread, .previousUnread:
            return [.findUnread(list.filter, after: list.cursor, forward: action == .nextUnread, open: false)]
        case .sort:
            guard list.filter.search != nil else { message = "Only a search has an order to choose; lists are newest first."; return [] }
            var filter = list.filter
            filter.order = filter.order == .relevance ? .newest : .relevance
            lists[lists.count - 1] = StoryList(filter: filter)
            message = filter.order == .newest ? "Newest first (s: by relevance)." : "Most relevant first (s: by date)."
            return [.count(filter)] + requestVisibleRows()
        case .saveSearch:
            guard list.filter.search != nil else { message = "Search first (/), then S saves the search as a topic."; return [] }
            startPrompt(.saveSearch(list.filter))
            return []
        default: return []
        }
        clampList()
        return requestVisibleRows()
    }

    private mutating func toggleRead(_ id: StoryID) -> [Effect] {
        let wasRead = list.isRead(id)
        setReadEverywhere(id, !wasRead)
        readUndo = .toggled(id, wasRead: wasRead)
        message = wasRead ? "Marked unread." : "Marked read."
        return [.setRead(id, isRead: !wasRead)]
    }

    private mutating func undoRead() -> [Effect] {
        guard let undo = readUndo else { message = "Nothing to undo."; return [] }
        readUndo = nil
        switch undo {
        case .markedAll(let batch, _):
            message = "Read marks put back as they were."
            return [.undoMarkAll(batch: batch)] + reloadLists()
        case .toggled(let id, let wasRead):
            setReadEverywhere(id, wasRead)
            message = wasRead ? "Marked read again." : "Marked unread again."
            return [.setRead(id, isRead: wasRead)]
        }
    }

    private mutating func storyAction(_ action: Action, count: Int?) -> [Effect] {
        if let effects = globalAction(action) { return effects }
        guard var view = story else { return [] }
        let page = bodyHeight
        let quotes = view.analyzed.analysis.quotes
        let n = count ?? 1
        switch action {
        case .down: view.top += n
        case .up: view.top -= n
        case .pageDown: view.top += page * n
        case .pageUp: view.top -= page * n
        case .halfPageDown: view.top += page / 2
        case .halfPageUp: view.top -= page / 2
        case .top: view.top = 0
        case .bottom: view.top = view.lines.count - page
        case .nextQuote, .previousQuote:
            guard !quotes.isEmpty else { message = "This story has no quotations."; return [] }
            let step = action == .nextQuote ? n : -n
            let from = view.selectedQuote ?? (step > 0 ? -1 : quotes.count)
            let raw = from + step
            let next = ((raw % quotes.count) + quotes.count) % quotes.count
            if raw >= quotes.count && view.selectedQuote != nil { message = "Back to the first quotation." }
            if raw < 0 && view.selectedQuote != nil { message = "On to the last quotation." }
            let previous = view.selectedQuote
            view.selectedQuote = next
            view.restyle(quotes: [previous, next].compactMap { $0 })
            story = view
            scrollStory(toQuote: next)
            return []
        case .bookmark:
            guard let index = view.selectedQuote else { message = "Select a quotation first (Tab)."; return [] }
            let text = view.quoteTexts[index]
            return view.bookmarked.contains(text) ? [.unbookmark(view.story.id, text: text)] : [.bookmark(view.story.id, quote: index)]
        case .chooseSpeaker:
            return openSpeakerChooser()
        case .storyPeople:
            guard !view.analyzed.analysis.people.isEmpty else { message = "Nobody is named in this story."; return [] }
            storyPeople = Menu(items: Array(view.analyzed.analysis.people.indices))
            screens.append(.storyPeople)
            return []
        case .storyTopics:
            guard !view.analyzed.analysis.topics.isEmpty else { message = "This story has no topics."; return [] }
            storyTopics = Menu(items: view.analyzed.analysis.topics)
            screens.append(.storyTopics)
            return []
        case .nextMatch, .previousMatch:
            guard !view.matches.isEmpty else { message = "No search matches in this story."; return [] }
            let step = action == .nextMatch ? n : -n
            let from = view.currentMatch ?? (step > 0 ? -1 : view.matches.count)
            let next = (((from + step) % view.matches.count) + view.matches.count) % view.matches.count
            view.currentMatch = next
            view.top = view.matches[next] - min(3, page / 3)
            if view.matches.count == 1 { message = "The only match in this story." }
            else { message = "Match \(next + 1)/\(view.matches.count)." }
        case .toggleRead:
            return toggleRead(view.story.id)
        case .nextUnread, .previousUnread:
            let offset = list.offset(of: view.story.id) ?? list.cursor
            return [.findUnread(list.filter, after: offset, forward: action == .nextUnread, open: true)]
        case .editNote:
            message = "Notes are kept with bookmarks: b bookmarks the quotation, then B and e edit its note."
            return []
        case .back:
            popScreen()
            return requestVisibleRows()
        default: return []
        }
        view.top = max(0, min(view.top, view.lines.count - page))
        story = view
        return []
    }

    private mutating func menuAction<Item>(_ action: Action, _ path: WritableKeyPath<ReaderState, Menu<Item>>, count: Int?,
                                           open: (inout ReaderState, Item) -> [Effect]) -> [Effect] {
        if action != .search && action != .reload, let effects = globalAction(action) { return effects }
        var menu = self[keyPath: path]
        defer { self[keyPath: path] = menu }
        let n = count ?? 1
        switch action {
        case .down: menu.cursor += n
        case .up: menu.cursor -= n
        case .pageDown, .halfPageDown: menu.cursor += bodyHeight * n
        case .pageUp, .halfPageUp: menu.cursor -= bodyHeight * n
        case .top: menu.cursor = (count ?? 1) - 1
        case .bottom: menu.cursor = count.map { $0 - 1 } ?? menu.items.count - 1
        case .open:
            guard let item = menu.selected else { return [] }
            self[keyPath: path] = menu
            let effects = open(&self, item)
            menu = self[keyPath: path]
            return effects
        case .back:
            self[keyPath: path] = menu
            popScreen()
            menu = self[keyPath: path]
            return []
        default: return []
        }
        menu.cursor = max(0, min(menu.cursor, menu.items.count - 1))
        let visible = bodyHeight - 1
        if menu.cursor < menu.top { menu.top = menu.cursor }
        if menu.cursor >= menu.top + visible { menu.top = menu.cursor - visible + 1 }
        return []
    }
}
