import NewsModel

extension ReaderState {
    /// Draws the current screen into a grid of the terminal's size.
    public func render() -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        guard !isTooSmall else {
            let lines = ["Terminal too small", "(\(size.width)x\(size.height));", "needs 24x6."]
            for (y, line) in lines.enumerated() { grid.put(line, x: 0, y: y, role: .warning) }
            return grid
        }
        topBar(&grid)
        switch screen {
        case .list: listBody(&grid)
        case .story: storyBody(&grid)
        case .topics: topicsBody(&grid)
        case .people: peopleBody(&grid)
        case .storyPeople: storyPeopleBody(&grid)
        case .personQuotes: personQuotesBody(&grid)
        case .bookmarks: bookmarksBody(&grid)
        case .help: helpBody(&grid)
        }
        drawSpeakerChooser(&grid)
        bottomBar(&grid)
        return grid
    }

    private func topBar(_ grid: inout Grid) {
        grid.fill(row: 0, role: .bar)
        var parts = ["NewsWire"]
        let filter = list.filter
        switch screen {
        case .topics: parts.append("Topics")
        case .people: parts.append("People")
        case .bookmarks: parts.append("Bookmarks")
        case .personQuotes: parts.append("Quotations: \(personQuotesTitle)")
        case .help: parts.append("Help")
        default:
            if let topic = filter.topic { parts.append("topic: \(topic)") }
            if let person = filter.person { parts.append("person: \(person)") }
            if let search = filter.search { parts.append("search: \(search)") }
            if let count = list.count { parts.append("\(count) \(count == 1 ? "story" : "stories")") }
        }
        grid.put(DisplayWidth.fitted(parts.joined(separator: " │ ").terminalSafe, size.width - 1), x: 1, y: 0, role: .bar)
    }

    private func bottomBar(_ grid: inout Grid) {
        let y = size.height - 1
        grid.fill(row: y, role: .bar)
        if let prompt {
            let end = grid.put("/" + prompt.terminalSafe, x: 0, y: y, role: .bar)
            grid.put("▏", x: end, y: y, role: .bar)
            return
        }
        var text: String
        if let message {
            text = message
        } else if speakerChooser != nil {
            text = "j/k move  Enter set the speaker  q cancel"
        } else {
            switch screen {
            case .list: text = "j/k move  Enter open  / search  t topics  P people  B bookmarks  ? help  q quit"
            case .story:
                if let view = story, let index = view.selectedQuote {
                    let quote = view.analyzed.analysis.quotes[index]
                    let marked = view.bookmarked.contains(quote.text(in: view.story.paragraphs)) ? "★ " : ""
                    let speaker = (quote.speaker.attribution(in: view.analyzed.analysis) ?? "speaker unknown")
                        + (view.analyzed.correctedSpeakers.contains(index) ? " (corrected)" : "")
                    text = "\(marked)— \(speaker)   b bookmark  s speaker  Tab next"
                } else {
                    text = "Tab quotations  b bookmark  p people  n/N matches  / search  q back  ? help"
                }
            case .topics: text = "Enter stories of the topic  q back  ? help"
            case .people: text = "Enter their stories  c their quotations  q back  ? help"
            case .storyPeople: text = "Enter their stories  q back"
            case .personQuotes: text = "Enter open the story at the quotation  q back"
            case .bookmarks: text = "Enter open  d remove  u undo  q back"
            case .help: text = "q back"
            }
        }
        grid.put(DisplayWidth.fitted(text.terminalSafe, size.width - 1), x: 1, y: y, role: .bar)
    }

    private func listBody(_ grid: inout Grid) {
        let current = list
        if current.count == 0 {
            let hint = current.filter == StoryFilter()
                ? ["The cache is empty.", "", "Import stories:  newswire import PATH...", "Or try the sample wire:  newswire demo"]
                : ["No stories match.", "", "q goes back."]
            for (n, line) in hint.enumerated() { grid.put(DisplayWidth.fitted(line, size.width - 4), x: 2, y: 2 + n, role: n == 0 ? .heading : .normal) }
            if let notice { grid.put(DisplayWidth.fitted(notice, size.width - 4), x: 2, y: 2 + hint.count + 1, role: .warning) }
            return
        }
        for row in 0..<bodyHeight {
            let index = current.top + row
            let y = 1 + row
            if let count = current.count, index >= count { break }
            let isCursor = index == current.cursor
            if isCursor { grid.fill(row: y, role: .cursor) }
            guard let story = current.rows[index] else {
                grid.put("  …", x: 0, y: y, role: isCursor ? .cursor : .dim)
                continue
            }
            let base: Role = isCursor ? .cursor : .normal
            let unread = !current.read.contains(story.id)
            grid.put(unread ? "•" : " ", x: 0, y: y, role: isCursor ? .cursor : .marker)
            grid.put(current.bookmarked.contains(story.id) ? "★" : " ", x: 1, y: y, role: isCursor ? .cursor : .marker)
            var x = grid.put(story.published.description, x: 3, y: y, role: isCursor ? .cursor : .dim)
            let agency = DisplayWidth.fitted((story.agency ?? "-").terminalSafe, 5)
            x = grid.put(agency, x: x + 1, y: y, role: isCursor ? .cursor : .dim)
            x = max(x, 3 + 10 + 1 + 5) + 1
            grid.put(DisplayWidth.fitted(story.title.terminalSafe, size.width - x), x: x, y: y, role: unread && !isCursor ? .title : base)
        }
        if let notice { grid.put(DisplayWidth.fitted(notice, size.width - 2), x: 1, y: size.height - 2, role: .warning) }
    }

    private func storyBody(_ grid: inout Grid) {
        guard let view = story else { return }
        for row in 0..<bodyHeight {
            let index = view.top + row
            guard view.lines.indices.contains(index) else { break }
            let line = view.lines[index]
            var x = 1
            for (character, role) in zip(line.characters, line.roles) {
                x = grid.put(CollectionOfOne(character), x: x, y: 1 + row, role: role)
            }
        }
    }

    private func menuRows<Item>(_ menu: Menu<Item>, _ grid: inout Grid, heading: String? = nil,
                                _ draw: (Item, Int, Role, inout Grid) -> Void) {
        var first = 1
        if let heading {
            grid.put(DisplayWidth.fitted(heading, size.width - 2), x: 1, y: 1, role: .heading)
            first = 2
        }
        if menu.items.isEmpty {
            grid.put("Nothing here yet.", x: 2, y: first, role: .dim)
            return
        }
        for row in 0..<(size.height - 1 - first) {
            let index = menu.top + row
            guard menu.items.indices.contains(index) else { break }
            let y = first + row
            let role: Role = index == menu.cursor ? .cursor : .normal
            if role == .cursor { grid.fill(row: y, role: .cursor) }
            draw(menu.items[index], y, role, &grid)
        }
    }

    private func topicsBody(_ grid: inout Grid) {
        menuRows(topics, &grid, heading: "Topic                                  stories  per month") { topic, y, role, grid in
            let nameWidth = max(10, min(38, size.width - 30))
            grid.put(DisplayWidth.fitted(topic.name.terminalSafe, nameWidth), x: 1, y: y, role: role)
            let count = String(topic.stories)
            grid.put(count, x: nameWidth + 2 + max(0, 7 - count.count), y: y, role: role)
            grid.put(Sparkline.of(topic.months, width: max(0, size.width - nameWidth - 12)), x: nameWidth + 11, y: y,
                     role: role == .cursor ? .cursor : .quote)
        }
    }

    private func peopleBody(_ grid: inout Grid) {
        menuRows(people, &grid, heading: "Person (role)                                 stories  quotations") { person, y, role, grid in
            let nameWidth = max(10, size.width - 24)
            let label = person.name + (person.role.map { " (\($0))" } ?? "")
            grid.put(DisplayWidth.fitted(label.terminalSafe, nameWidth), x: 1, y: y, role: role == .cursor ? .cursor : .person)
            let stories = String(person.stories), quotes = String(person.quotations)
            grid.put(stories, x: nameWidth + 2 + max(0, 7 - stories.count), y: y, role: role)
            grid.put(quotes, x: nameWidth + 10 + max(0, 10 - quotes.count), y: y, role: role)
        }
    }

    private func storyPeopleBody(_ grid: inout Grid) {
        guard let analysis = story?.analyzed.analysis else { return }
        menuRows(storyPeople, &grid, heading: "People of this story") { index, y, role, grid in
            let person = analysis.people[index]
            let label = "\(person.name)\(person.role.map { ", \($0)" } ?? "")  (\(person.mentions.count) mentions)"
            grid.put(DisplayWidth.fitted(label.terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .person)
        }
    }

    private func personQuotesBody(_ grid: inout Grid) {
        menuRows(personQuotes, &grid) { record, y, role, grid in
            let label = "\(record.story.published)  “\(record.text)”  — \(record.story.title)"
            grid.put(DisplayWidth.fitted(label.replacingNewlines(with: " ").terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .quote)
        }
    }

    private func bookmarksBody(_ grid: inout Grid) {
        menuRows(bookmarks, &grid) { bookmark, y, role, grid in
            let speaker = [bookmark.speaker, bookmark.role].compactMap { $0 }.joined(separator: ", ")
            let label = "★ “\(bookmark.text)” — \(speaker.isEmpty ? "unknown" : speaker) · \(bookmark.title) · \(bookmark.published)"
            grid.put(DisplayWidth.fitted(label.replacingNewlines(with: " ").terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .bookmarked)
        }
    }

    private func helpBody(_ grid: inout Grid) {
        let previous = screens.count >= 2 ? screens[screens.count - 2] : .list
        let actions: [Action]
        switch previous {
        case .list: actions = [.down, .up, .open, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .search, .topics, .people, .bookmarks, .reload, .back, .quit, .help]
        case .story: actions = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .nextQuote, .previousQuote, .bookmark, .chooseSpeaker, .storyPeople, .search, .nextMatch, .previousMatch, .topics, .people, .bookmarks, .reload, .back, .quit]
        case .people: actions = [.down, .up, .open, .personQuotes, .top, .bottom, .back, .quit]
        case .bookmarks: actions = [.down, .up, .open, .remove, .undo, .top, .bottom, .back, .quit]
        default: actions = [.down, .up, .open, .top, .bottom, .back, .quit]
        }
        grid.put("Keys of this screen", x: 1, y: 1, role: .heading)
        for (n, action) in actions.enumerated() where 2 + n < size.height - 1 {
            let keys = keymap.keys(for: action).map(\.label).joined(separator: ", ")
            let x = grid.put(DisplayWidth.fitted(keys, 24), x: 2, y: 2 + n, role: .person)
            grid.put(DisplayWidth.fitted(action.summary, size.width - 28), x: max(x + 1, 28), y: 2 + n, role: .normal)
        }
    }
}

/// Counts as a line of block characters, newest on the right.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func of(_ counts: [Int], width: Int) -> String {
        let shown = counts.suffix(max(0, width))
        guard let top = shown.max(), top > 0 else { return String(repeating: "▁", count: shown.count) }
        return String(shown.map { $0 == 0 ? " " : blocks[min(7, ($0 * 8 - 1) / top)] })
    }
}
