import NewsModel

extension ReaderState {
    /// Goes back one screen, with the list or story that screen showed: the way back never
    /// reaches a story screen without its story, nor leaves the first list.
    mutating func popScreen() {
        guard screens.count > 1 else { return }
        switch screens.removeLast() {
        case .list: lists.removeLast()
        case .story: stories.removeLast()
        default: break
        }
    }

    /// Shows a story: on the story screen it takes the place of the one shown, elsewhere it
    /// opens a story screen on top.
    mutating func showStory(_ view: StoryView) {
        if screen == .story, !stories.isEmpty {
            stories[stories.count - 1] = view
        } else {
            screens.append(.story)
            stories.append(view)
        }
        relayoutStories()
    }

    /// A topic or person chosen: the list of their stories, on top of the current list.
    mutating func pushList(topic: String? = nil, person: String? = nil) -> [Effect] {
        var filter = list.filter
        if let topic { filter.topic = topic }
        if let person { filter.person = person }
        return pushList(filter: filter)
    }

    mutating func pushList(filter: StoryFilter) -> [Effect] {
        // The menu it was chosen from is done with; a story stays on the way back.
        if screen != .list && screen != .story { popScreen() }
        screens.append(.list)
        lists.append(StoryList(filter: filter))
        return requestVisibleRows() + [.count(filter)]
    }

    /// A search typed after `/`: its results on top of the nearest list.
    mutating func pushSearch(_ text: String) -> [Effect] {
        var filter = list.filter
        filter.search = text
        while screen != .list { popScreen() }
        return pushList(filter: filter)
    }

    mutating func clampList() {
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

    var storyWidth: Int { max(1, size.width - 2) }

    /// Lays every open story out again for the width, keeping the paragraph at the top in view.
    mutating func relayoutStories() {
        for i in stories.indices {
            var view = stories[i]
            let anchor = view.lines.indices.contains(view.top) ? view.lines[view.top].paragraph : nil
            view.layout(width: storyWidth)
            if let anchor, anchor >= 0, view.layoutWidth > 0 {
                view.top = view.lines.firstIndex { $0.paragraph == anchor } ?? view.top
            }
            view.top = max(0, min(view.top, view.lines.count - bodyHeight))
            stories[i] = view
        }
    }

    mutating func scrollStory(toQuote index: Int) {
        guard var view = story, let line = view.firstLine(ofQuote: index) else { return }
        if line < view.top || line >= view.top + bodyHeight - 1 { view.top = max(0, line - 2) }
        story = view
    }

    // MARK: The line typed at the bottom

    mutating func startPrompt(_ purpose: PromptPurpose, text: String = "") {
        prompt = LineEditor(text)
        promptPurpose = purpose
    }

    mutating func typePrompt(_ key: Key) -> [Effect] {
        guard var editor = prompt else { return [] }
        let outcome = editor.handle(key)
        prompt = editor
        switch outcome {
        case .editing:
            if promptPurpose == .narrow { narrowMenu(to: editor.text) }
            return []
        case .cancelled:
            prompt = nil
            if promptPurpose == .narrow { narrowMenu(to: "") }
            return []
        case .submitted:
            prompt = nil
            return submit(editor.text)
        }
    }

    private mutating func narrowMenu(to text: String) {
        switch screen {
        case .topics: topics.narrow(to: text) { "\($0.name) \(TopicGroup($0.kind).label)" }
        case .people: people.narrow(to: text) { "\($0.name) \($0.role ?? "")" }
        default: break
        }
    }

    private mutating func submit(_ text: String) -> [Effect] {
        let trimmed = text.trimmingSpaces
        switch promptPurpose {
        case .narrow:
            if topics.items.isEmpty && screen == .topics || people.items.isEmpty && screen == .people {
                message = "Nothing matches “\(text)”; / again to change it."
            }
            return []
        case .note(let id):
            return [.setNote(bookmark: id, note: trimmed)]
        case .saveSearch(let filter):
            guard !trimmed.isEmpty else { message = "A saved search needs a name."; return [] }
            guard !trimmed.contains("[") && !trimmed.contains("]") else { message = "A name cannot hold [ or ]."; return [] }
            return [.saveSearch(name: trimmed, filter: filter)]
        case .search:
            guard !trimmed.isEmpty else { return [] }
            if screen == .story, var view = story {
                view.search = text
                view.currentMatch = nil
                story = view
                relayoutStories()
                if let first = story?.matches.first {
                    story?.top = max(0, first - 2)
                    story?.currentMatch = 0
                    let matches = story?.matches.count ?? 0
                    message = matches == 1 ? "One match in this story." : "\(matches) matches in this story (n / N)."
                } else {
                    message = "“\(text)” is not in this story."
                }
                return []
            }
            return pushSearch(text)
        }
    }
}

extension String {
    var trimmingSpaces: String { String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }
}
