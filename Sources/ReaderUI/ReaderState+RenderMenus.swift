import NewsModel

/// A table of a name column and columns of numbers on its right, laid out once for the width
/// so that the heading and every row put a column in the same place. Columns that do not fit
/// are left out from the right, before the name gets narrower than `minimumName`.
struct Columns {
    struct Column { var heading: String; var width: Int; var x = 0 }
    var columns: [Column]
    var nameWidth: Int

    init(width: Int, _ wanted: [(String, Int)], minimumName: Int = 12) {
        var columns = wanted.map { Column(heading: $0.0, width: max($0.1, DisplayWidth.of($0.0))) }
        func used() -> Int { columns.reduce(0) { $0 + $1.width + 2 } }
        while !columns.isEmpty && width - 2 - used() < minimumName { columns.removeLast() }
        nameWidth = max(1, width - 2 - used())
        var x = 1 + nameWidth
        for i in columns.indices {
            x += 2
            columns[i].x = x
            x += columns[i].width
        }
        self.columns = columns
    }

    /// Puts `text` in column `index`, right-aligned (numbers) or left-aligned.
    func put(_ text: String, column index: Int, y: Int, role: Role, rightAligned: Bool = true, into grid: inout Grid) {
        guard columns.indices.contains(index) else { return }
        let column = columns[index]
        let fitted = DisplayWidth.fitted(text, column.width)
        let x = rightAligned ? column.x + column.width - DisplayWidth.of(fitted) : column.x
        grid.put(fitted, x: x, y: y, role: role)
    }
}

extension ReaderState {
    func menuRows<Item>(_ menu: Menu<Item>, _ grid: inout Grid, heading: ((inout Grid) -> Void)? = nil,
                        _ draw: (Item, Int, Role, inout Grid) -> Void) {
        var first = 1
        if let heading {
            heading(&grid)
            first = 2
        }
        if menu.items.isEmpty {
            grid.put(menu.narrowing.isEmpty ? "Nothing here yet." : "Nothing matches “\(menu.narrowing)”.", x: 2, y: first, role: .dim)
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

    private func headings(_ columns: Columns, name: String, rightAligned: [Bool]) -> (inout Grid) -> Void {
        { grid in
            grid.put(DisplayWidth.fitted(name, columns.nameWidth), x: 1, y: 1, role: .heading)
            for (index, column) in columns.columns.enumerated() {
                columns.put(column.heading, column: index, y: 1, role: .heading,
                            rightAligned: rightAligned.indices.contains(index) ? rightAligned[index] : true, into: &grid)
            }
        }
    }

    func topicsBody(_ grid: inout Grid) {
        let sparkWidth = max(8, min(40, size.width / 4))
        let columns = Columns(width: size.width, [("kind", 13), ("stories", 7), ("unread", 6), ("per month", sparkWidth)], minimumName: 16)
        menuRows(topics, &grid, heading: headings(columns, name: "Topic", rightAligned: [false, true, true, false])) { topic, y, role, grid in
            grid.put(DisplayWidth.fitted(topic.name.terminalSafe, columns.nameWidth), x: 1, y: y, role: role)
            columns.put(topic.kindLabel, column: 0, y: y, role: role == .cursor ? .cursor : .dim, rightAligned: false, into: &grid)
            columns.put(String(topic.stories), column: 1, y: y, role: role, into: &grid)
            columns.put(topic.unread.map(String.init) ?? "", column: 2, y: y, role: role, into: &grid)
            if columns.columns.count > 3 {
                columns.put(Sparkline.labelled(topic, width: columns.columns[3].width), column: 3, y: y,
                            role: role == .cursor ? .cursor : .quote, rightAligned: false, into: &grid)
            }
        }
    }

    func peopleBody(_ grid: inout Grid) {
        let columns = Columns(width: size.width, [("stories", 7), ("unread", 6), ("quotations", 10)])
        menuRows(people, &grid, heading: headings(columns, name: "Person (role)", rightAligned: [])) { person, y, role, grid in
            let label = person.name + (person.role.map { " (\($0))" } ?? "")
            grid.put(DisplayWidth.fitted(label.terminalSafe, columns.nameWidth), x: 1, y: y, role: role == .cursor ? .cursor : .person)
            columns.put(String(person.stories), column: 0, y: y, role: role, into: &grid)
            columns.put(person.unread.map(String.init) ?? "", column: 1, y: y, role: role, into: &grid)
            columns.put(String(person.quotations), column: 2, y: y, role: role, into: &grid)
        }
    }

    func storyPeopleBody(_ grid: inout Grid) {
        guard let analysis = story?.analyzed.analysis else { return }
        menuRows(storyPeople, &grid) { index, y, role, grid in
            let person = analysis.people[index]
            let label = "\(person.name)\(person.role.map { ", \($0)" } ?? "")  (\(plural(person.mentions.count, "mention", "mentions")))"
            grid.put(DisplayWidth.fitted(label.terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .person)
        }
    }

    func storyTopicsBody(_ grid: inout Grid) {
        menuRows(storyTopics, &grid) { topic, y, role, grid in
            let label = "\(topic.name)  (\(TopicSummary(name: topic.name, kind: topic.kind, stories: 0).kindLabel))"
            grid.put(DisplayWidth.fitted(label.terminalSafe, size.width - 2), x: 1, y: y, role: role)
        }
    }

    func personQuotesBody(_ grid: inout Grid) {
        menuRows(personQuotes, &grid) { record, y, role, grid in
            let label = "\(record.story.published)  “\(record.text)”  — \(record.story.title)"
            grid.put(DisplayWidth.fitted(label.replacingNewlines(with: " ").terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .quote)
        }
    }

    func bookmarksBody(_ grid: inout Grid) {
        menuRows(bookmarks, &grid) { bookmark, y, role, grid in
            let speaker = [bookmark.speaker, bookmark.role].compactMap { $0 }.joined(separator: ", ")
            let corrected = bookmark.speakerCorrected ? " (corrected)" : ""
            var label = "★ “\(bookmark.text)” — \(speaker.isEmpty ? "unknown" : speaker)\(corrected) · \(bookmark.title) · \(bookmark.published)"
            if let note = bookmark.note, !note.isEmpty { label += " · note: \(note)" }
            grid.put(DisplayWidth.fitted(label.replacingNewlines(with: " ").terminalSafe, size.width - 2), x: 1, y: y, role: role == .cursor ? .cursor : .bookmarked)
        }
    }

    func helpBody(_ grid: inout Grid) {
        let previous = screens.count >= 2 ? screens[screens.count - 2] : .list
        let actions: [Action]
        switch previous {
        case .list: actions = [.down, .up, .open, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .toggleRead, .markAllRead, .undo, .unreadOnly, .nextUnread, .previousUnread, .search, .sort, .saveSearch, .topics, .people, .bookmarks, .reload, .back, .quit, .help]
        case .story: actions = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .nextQuote, .previousQuote, .bookmark, .chooseSpeaker, .storyPeople, .storyTopics, .toggleRead, .nextUnread, .previousUnread, .search, .nextMatch, .previousMatch, .topics, .people, .bookmarks, .reload, .back, .quit]
        case .people: actions = [.down, .up, .open, .personQuotes, .search, .top, .bottom, .reload, .back, .quit]
        case .topics: actions = [.down, .up, .open, .search, .top, .bottom, .reload, .back, .quit]
        case .bookmarks: actions = [.down, .up, .open, .editNote, .remove, .undo, .reload, .top, .bottom, .back, .quit]
        default: actions = [.down, .up, .open, .top, .bottom, .back, .quit]
        }
        grid.put("Keys of this screen (a number first repeats a move: 5j, 3Tab, 10G)", x: 1, y: 1, role: .heading)
        for (n, action) in actions.enumerated() where 2 + n < size.height - 1 {
            let keys = keymap.keys(for: action).map(\.label).joined(separator: ", ")
            let x = grid.put(DisplayWidth.fitted(keys, 24), x: 2, y: 2 + n, role: .person)
            grid.put(DisplayWidth.fitted(action.summary, size.width - 28), x: max(x + 1, 28), y: 2 + n, role: .normal)
        }
    }
}

extension TopicSummary {
    /// The kind as the topics screen shows it.
    var kindLabel: String {
        switch kind {
        case .relations: return "relations"
        case .country: return "country"
        case .user: return "your topic"
        case .search: return "saved search"
        case .section: return "wire section"
        case .category: return "wire category"
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

    /// `2025-03 ▁▂▃█ 2026-01`: the sparkline between its first and last month, when they fit.
    static func labelled(_ topic: TopicSummary, width: Int) -> String {
        let labels = 16  // two months of 7 characters, a space after the first and before the last
        guard width >= labels + 4, topic.firstMonth != nil, !topic.months.isEmpty else { return of(topic.months, width: width) }
        let spark = of(topic.months, width: width - labels)
        let first = topic.month(at: topic.months.count - spark.count) ?? 0
        let last = topic.month(at: topic.months.count - 1) ?? 0
        return "\(monthLabel(first)) \(spark) \(monthLabel(last))"
    }

    static func monthLabel(_ month: Int) -> String {
        let m = month % 100
        return "\(month / 100)-\(m < 10 ? "0" : "")\(m)"
    }
}
