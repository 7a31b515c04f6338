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
        case .storyTopics: storyTopicsBody(&grid)
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
        var parts = [banner.map { "NewsWire (\($0))" } ?? "NewsWire"]
        var right: String?
        let filter = list.filter
        switch screen {
        case .topics: parts.append(narrowed("Topics", topics.narrowing))
        case .people: parts.append(narrowed("People", people.narrowing))
        case .bookmarks: parts.append("Bookmarks")
        case .personQuotes: parts.append("Quotations: \(personQuotesTitle)")
        case .storyPeople: parts.append("People of this story")
        case .storyTopics: parts.append("Topics of this story")
        case .help: parts.append("Help")
        case .story:
            if let view = story { right = storyPosition(view) }
        case .list:
            if let topic = filter.topic { parts.append("topic: \(topic)") }
            if let person = filter.person { parts.append("person: \(person)") }
            if let search = filter.search { parts.append("search: \(search)\(filter.order == .newest ? " (newest first)" : "")") }
            if filter.unreadOnly { parts.append("unread only") }
            if let count = list.count {
                var counts = plural(count, "story", "stories")
                if let unread = list.unread, !filter.unreadOnly { counts += ", \(unread) unread" }
                parts.append(counts)
                if count > 0 { right = "\(list.cursor + 1)/\(count)" }
            }
        }
        var width = size.width - 1
        if let right {
            let rightWidth = DisplayWidth.of(right)
            if rightWidth + 12 < width {
                grid.put(right, x: size.width - 1 - rightWidth, y: 0, role: .bar)
                width -= rightWidth + 2
            }
        }
        grid.put(DisplayWidth.fitted(parts.joined(separator: " │ ").terminalSafe, width), x: 1, y: 0, role: .bar)
    }

    private func narrowed(_ title: String, _ narrowing: String) -> String {
        narrowing.isEmpty ? title : "\(title) matching “\(narrowing)”"
    }

    /// `40%  quote 3/8`: how far into the story the screen's last line is, and the quotation selected.
    private func storyPosition(_ view: StoryView) -> String {
        let shown = min(view.lines.count, view.top + bodyHeight)
        var text = view.lines.isEmpty ? "100%" : "\(shown * 100 / view.lines.count)%"
        let quotes = view.analyzed.analysis.quotes.count
        if let selected = view.selectedQuote { text += "  quote \(selected + 1)/\(quotes)" }
        else if quotes > 0 { text += "  \(plural(quotes, "quote", "quotes"))" }
        return text
    }

    /// Key hints (`Enter open  / search  ...  q back`) that do not fit lose hints from the
    /// right, but never how to leave (`q ...`) or get help (`? help`), which a cut line would.
    static func fittedHints(_ text: String, _ width: Int) -> String {
        var items = text.split(separator: "  ").map(String.init)
        while DisplayWidth.of(items.joined(separator: "  ")) > width,
              let drop = items.lastIndex(where: { !$0.hasPrefix("q ") && !$0.hasPrefix("? ") }), items.count > 1 {
            items.remove(at: drop)
        }
        return items.joined(separator: "  ")
    }

    private func bottomBar(_ grid: inout Grid) {
        let y = size.height - 1
        grid.fill(row: y, role: .bar)
        if let prompt {
            let label = promptPurpose.label
            let x = grid.put(label, x: 0, y: y, role: .bar)
            let shown = prompt.visible(width: max(1, size.width - x - 1))
            grid.put(shown.text.terminalSafe, x: x, y: y, role: .bar)
            let cursorX = min(size.width - 1, x + shown.cursorColumn)
            grid.put(grid[cursorX, y].character == " " ? "▏" : String(grid[cursorX, y].character), x: cursorX, y: y, role: .cursor)
            return
        }
        let back = "q back"
        var text: String
        if let message {
            text = message
        } else if speakerChooser != nil {
            text = "j/k move  Enter set the speaker  q cancel"
        } else if let pendingCount {
            text = "\(pendingCount)…"
        } else {
            switch screen {
            case .list:
                let leave = lists.count > 1 ? back : "q quit"
                text = "Enter open  / search  m read  J unread  U unread only  t topics  ? help  \(leave)"
                if list.filter.search != nil { text = "j/k move  Enter open  s sort  S save search  m read  ? help  \(back)" }
            case .story:
                if let view = story, let index = view.selectedQuote {
                    let quote = view.analyzed.analysis.quotes[index]
                    let marked = view.bookmarked.contains(view.quoteTexts[index]) ? "★ " : ""
                    let speaker = (quote.speaker.attribution(in: view.analyzed.analysis) ?? "speaker unknown")
                        + (view.analyzed.correctedSpeakers.contains(index) ? " (corrected)" : "")
                    text = "\(marked)— \(speaker)   b bookmark  w speaker  Tab next"
                } else {
                    text = "Tab quotations  b bookmark  p people  T topics  J next unread  n/N matches  / search  \(back)  ? help"
                }
            case .topics: text = "Enter stories of the topic  / narrow  \(back)  ? help"
            case .people: text = "Enter their stories  c their quotations  / narrow  \(back)  ? help"
            case .storyPeople, .storyTopics: text = "Enter their stories  \(back)"
            case .personQuotes: text = "Enter open the story at the quotation  \(back)"
            case .bookmarks: text = "Enter open  e note  d remove  u undo  r reload  \(back)"
            case .help: text = back
            }
            text = ReaderState.fittedHints(text, size.width - 1)
        }
        grid.put(DisplayWidth.fitted(text.terminalSafe, size.width - 1), x: 1, y: y, role: .bar)
    }

    private func listBody(_ grid: inout Grid) {
        let current = list
        if current.count == 0 {
            let hint: [String]
            if current.filter == StoryFilter() {
                hint = ["The cache is empty.", "", "Import stories:  newswire import PATH...", "Or try the sample wire:  newswire demo"]
            } else if current.filter.unreadOnly {
                hint = ["No unread stories here.", "", "U shows every story; q goes back."]
            } else {
                hint = ["No stories match.", "", lists.count > 1 ? "q goes back." : "q quits."]
            }
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
            let unread = !current.isRead(story.id)
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
}
