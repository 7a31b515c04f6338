/// A key as the reader understands it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, tab, backTab, backspace

    /// The names a config file uses: `j`, `space`, `ctrl-d`, `pgdn`, `enter`.
    public init?(name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "tab": .tab, "backtab": .backTab, "shift-tab": .backTab,
            "backspace": .backspace, "space": .character(" "),
        ]
        if let key = named[lower] { self = key; return }
        if lower.hasPrefix("ctrl-"), lower.count == 6 { self = .control(lower.last!); return }
        guard name.count == 1 else { return nil }
        self = .character(name.first!)
    }

    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        }
    }
}

/// What a key does.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case down, up, open, back, quit, top, bottom, pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case nextQuote = "next-quote", previousQuote = "previous-quote", bookmark, bookmarks, topics, people
    case storyPeople = "story-people", search, nextMatch = "next-match", previousMatch = "previous-match"
    case reload, help, personQuotes = "person-quotes", remove, undo
    case toggleRead = "toggle-read", markAllRead = "mark-all-read", unreadOnly = "unread-only"
    case nextUnread = "next-unread", previousUnread = "previous-unread", sort, saveSearch = "save-search"
    case storyTopics = "story-topics", editNote = "edit-note", chooseSpeaker = "choose-speaker"

    var summary: String {
        switch self {
        case .down: return "move down / scroll down"
        case .up: return "move up / scroll up"
        case .open: return "open"
        case .back: return "back (quit from the story list)"
        case .quit: return "quit"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .nextQuote: return "select the next quotation"
        case .previousQuote: return "select the previous quotation"
        case .bookmark: return "bookmark the selected quotation (again: remove)"
        case .bookmarks: return "bookmarks"
        case .topics: return "topics"
        case .people: return "people across the cache"
        case .storyPeople: return "people of this story"
        case .search: return "full-text search"
        case .nextMatch: return "next search match"
        case .previousMatch: return "previous search match"
        case .reload: return "reload from the cache"
        case .help: return "this help"
        case .personQuotes: return "the person's quotations"
        case .remove: return "remove the bookmark"
        case .undo: return "undo (a bookmark removed; read marks)"
        case .toggleRead: return "mark read / unread"
        case .markAllRead: return "mark every story of this list read (u undoes)"
        case .unreadOnly: return "only unread stories / all stories"
        case .nextUnread: return "next unread story"
        case .previousUnread: return "previous unread story"
        case .sort: return "sort a search by relevance / by date"
        case .saveSearch: return "save this search as a topic"
        case .storyTopics: return "topics of this story"
        case .editNote: return "add or edit the bookmark's note"
        case .chooseSpeaker: return "set who said the selected quotation"
        }
    }
}

/// Keys to actions. The defaults feel like newsboat and vim; a config file can change them.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [Key: Action]

    public static let standard = Keymap(bindings: [
        .character("j"): .down, .down: .down, .character("k"): .up, .up: .up,
        .enter: .open, .character("l"): .open, .right: .open,
        .character("q"): .back, .character("h"): .back, .escape: .back, .left: .back,
        .character("Q"): .quit, .control("c"): .quit,
        .character("g"): .top, .home: .top, .character("G"): .bottom, .end: .bottom,
        .character(" "): .pageDown, .pageDown: .pageDown, .pageUp: .pageUp,
        .control("d"): .halfPageDown, .control("u"): .halfPageUp,
        .tab: .nextQuote, .backTab: .previousQuote, .character("b"): .bookmark, .character("B"): .bookmarks,
        .character("t"): .topics, .character("P"): .people, .character("p"): .storyPeople,
        .character("/"): .search, .character("n"): .nextMatch, .character("N"): .previousMatch,
        .character("r"): .reload, .character("?"): .help, .character("c"): .personQuotes,
        .character("d"): .remove, .character("x"): .remove, .character("u"): .undo,
        .character("m"): .toggleRead, .character("A"): .markAllRead, .character("U"): .unreadOnly,
        .character("J"): .nextUnread, .character("K"): .previousUnread, .character("s"): .sort,
        .character("S"): .saveSearch, .character("T"): .storyTopics, .character("e"): .editNote,
        .character("w"): .chooseSpeaker,
    ])

    public func action(for key: Key) -> Action? { bindings[key] }

    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key).sorted { $0.label < $1.label }
    }

    public struct ConfigError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// A reader.conf: `key j down`, `key ctrl-n next-quote`, `color quote yellow`, `# comments`.
    /// Returns the keymap and the colour choices; any bad line is an error naming it.
    public static func parse(_ text: String, file: String) throws -> (keymap: Keymap, colors: [Role: String]) {
        var keymap = Keymap.standard
        var colors: [Role: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" }).map(String.init)
            guard !words.isEmpty else { continue }
            func fail(_ message: String) -> ConfigError { ConfigError(file: file, line: index + 1, message: message) }
            switch words[0] {
            case "key":
                guard words.count == 3 else { throw fail("expected: key NAME ACTION") }
                guard let key = Key(name: words[1]) else { throw fail("unknown key '\(words[1])'") }
                guard let action = Action(rawValue: words[2]) else {
                    throw fail("unknown action '\(words[2])' (one of: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                keymap.bindings[key] = action
            case "color", "colour":
                guard words.count == 3 else { throw fail("expected: color ROLE COLOUR") }
                guard let role = Role.allCases.first(where: { "\($0)".lowercased() == words[1].lowercased() }) else {
                    throw fail("unknown role '\(words[1])' (one of: \(Role.allCases.map { "\($0)" }.joined(separator: ", ")))")
                }
                guard Keymap.colorNames.contains(words[2].lowercased()) else {
                    throw fail("unknown colour '\(words[2])' (one of: \(Keymap.colorNames.joined(separator: ", ")))")
                }
                colors[role] = words[2].lowercased()
            default:
                throw fail("unknown setting '\(words[0])' (expected key or color)")
            }
        }
        return (keymap, colors)
    }

    public static let colorNames = ["default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
}
