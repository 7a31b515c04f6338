import Foundation
import Testing

/// Read state, saved searches, the note editor and display width, in the real reader in tmux.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ReaderDailyDriverEndToEndTests {
    func reader(_ cli: Newswire, width: Int = 100, height: Int = 30, config: String? = nil) throws -> Tmux {
        let environment = config.map { "XDG_CONFIG_HOME=\($0)" } ?? ""
        return try Tmux(width: width, height: height,
                        command: "env -u NO_COLOR -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 \(environment) \(cli.binary.path) --db \(cli.cache); sleep 10")
    }

    func quit(_ tmux: Tmux) throws {
        try tmux.send("Q")
        Thread.sleep(forTimeInterval: 0.5)
    }

    @Test func readMarksMadeInTheReaderAreKeptAndMarkAllIsUndone() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt"), Newswire.fixture("okabe.txt")])
        let tmux = try reader(cli)
        try tmux.wait(for: "3 stories, 3 unread")
        try tmux.send("m")
        #expect(try tmux.wait(for: "Marked read.").contains("3 stories, 2 unread"))
        try tmux.send("A")
        #expect(try tmux.wait(for: "3 stories, 0 unread").contains("Marked 2 stories read"))
        try tmux.send("u")
        #expect(try tmux.wait(for: "3 stories, 2 unread").contains("Read marks put back"))
        try tmux.send("U")
        #expect(try tmux.wait(for: "2 stories").contains("unread only"))
        try quit(tmux)
        let unread = try #require(try cli.json(["list", "--unread"]) as? [[String: Any]])
        #expect(unread.count == 2)
    }

    @Test func aSearchSavedInTheReaderBecomesATopic() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt"), Newswire.fixture("okabe.txt")])
        let config = cli.folder.appendingPathComponent("config").path
        let tmux = try reader(cli, config: config)
        try tmux.wait(for: "3 stories")
        try tmux.send("/", "ferry", "Enter")
        try tmux.wait(for: "search: ferry")
        try tmux.send("S")
        try tmux.wait(for: "Save search as:")
        try tmux.send("Ferries", "Enter")
        try tmux.wait(for: "Saved as the topic")
        try tmux.send("t")
        let topics = try tmux.wait(for: "saved search")
        #expect(topics.contains("Ferries"))
        let conf = try String(contentsOfFile: config + "/newswire/topics.conf", encoding: .utf8)
        #expect(conf == "[Ferries]\nsearch: ferry\n")
        try quit(tmux)
    }

    @Test func aNoteIsWrittenInTheOneLineEditor() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        try cli.run(["bookmark", "add", "\(id).0", "--note", "draft"])
        let tmux = try reader(cli)
        try tmux.wait(for: "1 story")
        try tmux.send("B")
        try tmux.wait(for: "note: draft")
        try tmux.send("e")
        try tmux.wait(for: "Note: draft")
        try tmux.send("C-u", "東京 check", "C-a", "Kyodo: ", "C-e", "!", "Enter")
        #expect(try tmux.wait(for: "Note saved.").contains("Note saved."))
        try quit(tmux)
        #expect((try cli.json(["bookmarks"]) as? [[String: Any]])?.first?["note"] as? String == "Kyodo: 東京 check!")
    }

    @Test func emojiAndCombiningMarksTakeTheColumnsTheTerminalGivesThem() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("emoji-title.txt"), Newswire.fixture("two-stories.txt")])
        let tmux = try reader(cli, width: 60)
        let screen = try tmux.wait(for: "🎌")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("🎌") })
        #expect(row.hasSuffix("…"), "the title is cut exactly at the edge: \(row)")
        #expect(Self.columns(row) == 60, "\(row)")
        let other = try #require(screen.split(separator: "\n").first { $0.contains("Ferry operators") })
        #expect(other.distance(from: other.startIndex, to: other.range(of: "Ferry")!.lowerBound) == 20)
        try tmux.send("Enter")
        let story = try tmux.wait(for: "Visitors")
        #expect(story.split(separator: "\n").allSatisfy { Self.columns($0) <= 60 }, "\(story)")
        try quit(tmux)
    }

    @Test func theTooSmallScreenLeavesNothingOfTheScreenBefore() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let tmux = try reader(cli, width: 60, height: 12)
        try tmux.wait(for: "Student satellite")
        try tmux.resize(width: 22, height: 5)
        let screen = try tmux.wait(for: "needs 24x6.")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3).map { $0.trimmingCharacters(in: .whitespaces) } == ["Terminal too small", "(22x5);", "needs 24x6."])
        #expect(lines.dropFirst(3).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(screen)")
        try quit(tmux)
    }

    /// Columns as the C library counts them, for the characters of these fixtures.
    static func columns(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x300...0x36F, 0xFE0F: return total
            case 0x1F300...0x1FAFF, 0x2614, 0x3000...0x9FFF: return total + 2
            default: return total + 1
            }
        }
    }
}

@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct DemoEndToEndTests {
    @Test func quittingTheDemoWithABookmarkSaysHowToKeepIt() throws {
        let tmux = try Tmux(command: "env -u NO_COLOR -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 \(Newswire.binary.path) demo; sleep 10")
        #expect(try tmux.wait(for: "48 stories").contains("demo: this cache is thrown away on quit"))
        try tmux.send("Enter")
        try tmux.send("Tab")
        try tmux.send("b")
        try tmux.wait(for: "Bookmarked.")
        try tmux.send("Q")
        let screen = try tmux.wait(for: "--db PATH")
        #expect(screen.contains("note: the demo's cache is thrown away, and with it the bookmark you made"))
    }

    /// The reproduction: Enter, t, Enter, Enter, q, q left a blank screen q could not leave.
    @Test func backFromAStoryOfATopicChosenInAStoryShowsTheFirstStory() throws {
        let tmux = try Tmux(command: "env -u NO_COLOR -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 \(Newswire.binary.path) demo; sleep 10")
        try tmux.wait(for: "48 stories")
        try tmux.send("Enter")
        let first = try tmux.wait(for: "Topics:")
        let title = try #require(first.split(separator: "\n").dropFirst().first).trimmingCharacters(in: .whitespaces)
        // Each key once the screen before it is drawn: a key sent to a list still loading its
        // rows would open nothing, and the q after it leave one screen too many.
        for (key, drawn) in [("t", "Enter stories of the topic"), ("Enter", "Enter open"), ("Enter", "Topics:"), ("q", "Enter open"), ("q", "Topics:")] {
            try tmux.send(key)
            _ = try tmux.wait(for: drawn)
        }
        #expect(try tmux.wait(for: title).contains(title))
        try tmux.send("q")
        #expect(try tmux.wait(for: "48 stories").contains("1/48"))
        try tmux.send("Q")
    }
}
