import Foundation
import Testing

/// The real reader in tmux, on a temporary cache.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    func reader(_ cli: Newswire, term: String = "xterm-256color", width: Int = 100, height: Int = 30,
                extra: String = "") throws -> Tmux {
        try Tmux(width: width, height: height,
                 command: "env -u NO_COLOR -u LINES -u COLUMNS TERM=\(term) LANG=C.UTF-8 \(extra) \(cli.binary.path) --db \(cli.cache); sleep 10")
    }

    /// The reader on a cache holding the Okabe story, with that story open.
    func readerOnTheOkabeStory(_ cli: Newswire, width: Int = 100, height: Int = 30, extra: String = "") throws -> Tmux {
        try cli.run(["import", Newswire.fixture("okabe.txt")])
        let tmux = try reader(cli, width: width, height: height, extra: extra)
        try tmux.wait(for: "trade barbs")
        try tmux.send("Enter")
        return tmux
    }

    @Test func theListShowsTheTitles() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt"), Newswire.fixture("okabe.txt")])
        let tmux = try reader(cli)
        let screen = try tmux.wait(for: "Student satellite")
        #expect(screen.contains("3 stories"))
        #expect(screen.contains("Ferry operators in Kinmen suspend evening sailings"))
        #expect(screen.contains("Tokyo and Beijing trade barbs over envoy's remarks"))
    }

    @Test func aStoryShowsItsQuotationInColour() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let tmux = try readerOnTheOkabeStory(cli)
        let screen = try tmux.wait(for: "The door to dialogue is open", escapes: true)
        // Quotations are green (SGR 32); names bold cyan.
        #expect(screen.contains("\u{1B}[32mThe door to dialogue is open"))
        #expect(screen.range(of: "\u{1B}\\[1m\u{1B}\\[36mSanae Okabe|\u{1B}\\[36m\u{1B}\\[1mSanae Okabe|\u{1B}\\[1;36mSanae Okabe", options: .regularExpression) != nil)
    }

    @Test func aBookmarkMadeInTheReaderIsListedAfterwards() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let tmux = try readerOnTheOkabeStory(cli)
        try tmux.wait(for: "The door to dialogue")
        try tmux.send("Tab")
        try tmux.wait(for: "— Sanae Okabe, Japanese Prime Minister")
        try tmux.send("b")
        try tmux.wait(for: "Bookmarked.")
        try tmux.send("Q")
        Thread.sleep(forTimeInterval: 0.5)
        let bookmarks = try #require(try cli.json(["bookmarks"]) as? [[String: Any]])
        #expect(bookmarks.count == 1)
        #expect(bookmarks.first?["text"] as? String == "We have said nothing new, and we will say nothing new,")
        #expect(bookmarks.first?["speaker"] as? String == "Sanae Okabe")
        let markdown = try cli.run(["bookmarks", "--markdown"]).stdout
        #expect(markdown.contains("> “We have said nothing new, and we will say nothing new,” — Sanae Okabe, Japanese Prime Minister (AFP, Tokyo, 2026-02-03: \"Tokyo and Beijing trade barbs over envoy's remarks\")"))
    }

    @Test func resizingRewrapsWithoutLosingThePlace() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let tmux = try readerOnTheOkabeStory(cli, width: 100, height: 12)
        try tmux.wait(for: "Okabe said on Tuesday")
        for _ in 0..<6 { try tmux.send("j") }
        try tmux.wait(for: "China's foreign ministry")
        Thread.sleep(forTimeInterval: 0.5)
        // The first paragraph's second line is at the top: "position on Taiwan."
        let before = try tmux.capture()
        #expect(before.split(separator: "\n").dropFirst().first?.contains("position on Taiwan.") == true, "\(before)")
        try tmux.resize(width: 40, height: 12)
        let after = try tmux.wait(for: "misread her government")
        #expect(after.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(after.contains("Japanese Prime Minister Sanae Okabe"))
        #expect(!after.contains("Topics:"))
        try tmux.resize(width: 3, height: 2)
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.resize(width: 80, height: 20)
        #expect(try tmux.wait(for: "door to").contains("door to"))
    }

    @Test func aCJKTitleLinesUp() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("cjk-title.txt"), Newswire.fixture("two-stories.txt")])
        let tmux = try reader(cli, width: 60)
        let screen = try tmux.wait(for: "北京")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("北京") })
        #expect(row.contains("…"))
        let columns = row.unicodeScalars.reduce(0) { $0 + ((0x3000...0x9FFF).contains($1.value) ? 2 : 1) }
        #expect(columns <= 60)
        #expect(columns >= 58)
    }

    @Test func ctrlCGivesTheTerminalBack() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt")])
        let tmux = try Tmux(command: "env -u LINES -u COLUMNS PS1='prompt$ ' TERM=screen bash --norc --noprofile")
        try tmux.wait(for: "prompt$")
        try tmux.send("\(cli.binary.path) --db \(cli.cache)", "Enter")
        try tmux.wait(for: "trade barbs")
        try tmux.send("C-c")
        // Echo and line editing are back: the reader gave the terminal back.
        try tmux.send("stty -a | tr ' ' '\\n' | grep -qx -e -echo -e -icanon && echo 'B''AD' || echo 'G''OOD'", "Enter")
        let screen = try tmux.wait(for: "\nGOOD")
        #expect(screen.contains("\nGOOD"), "\(screen)")
        #expect(!screen.contains("\nBAD"))
    }

    @Test func withNoColorItUsesAttributesOnly() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let tmux = try readerOnTheOkabeStory(cli, extra: "NO_COLOR=1")
        let screen = try tmux.wait(for: "door to dialogue", escapes: true)
        #expect(!screen.contains("\u{1B}[32m"))
        #expect(screen.contains("\u{1B}[4m"))  // quotations underlined
    }

    @Test func aNonUTF8LocaleDrawsASCIIAndSaysWhy() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("cjk-title.txt"), Newswire.fixture("two-stories.txt")])
        let tmux = try Tmux(width: 100, height: 30,
                            command: "env -u LC_ALL -u LC_CTYPE LANG=C TERM=screen \(cli.binary.path) --db \(cli.cache); sleep 10")
        let screen = try tmux.wait(for: "not UTF-8")
        #expect(screen.contains("The terminal's locale is not UTF-8"))
        #expect(screen.contains("Student satellite sends first photo of Kyushu"))
        #expect(!screen.contains("北京"))
    }

    @Test func anEmptyCacheSaysHowToImport() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let tmux = try reader(cli, term: "screen")
        let screen = try tmux.wait(for: "newswire import")
        #expect(screen.contains("The cache is empty."))
    }

    @Test func storiesImportedMeanwhileAppear() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt")])
        let tmux = try reader(cli, term: "tmux-256color")
        try tmux.wait(for: "1 story")
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let screen = try tmux.wait(for: "Student satellite")
        #expect(screen.contains("3 stories"))
    }
}
