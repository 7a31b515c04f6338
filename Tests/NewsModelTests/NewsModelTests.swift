import Testing
@testable import NewsModel

@Suite struct DayTests {
    @Test func isoRoundTrip() {
        #expect(Day(iso: "2026-01-27")?.description == "2026-01-27")
        #expect(Day(iso: "0999-12-31")?.description == "0999-12-31")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "20260127", "", "2026-04-31"])
    func invalidDaysAreRejected(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapDay() {
        #expect(Day(iso: "2024-02-29") != nil)
    }
}

@Suite struct StoryIDTests {
    @Test func shortFormIsTenHexDigits() {
        let id = StoryID(rawValue: -1)
        #expect(id.hex == "ffffffffffffffff")
        #expect(id.short == "ffffffffff")
    }

    @Test func prefixRangeCoversExactlyTheIdsWithThatPrefix() throws {
        let id = StoryID(rawValue: Int64(bitPattern: 0xabcd_ef01_2345_6789))
        let range = try #require(StoryID.range(forPrefix: "ABCD"))
        #expect(range.contains(id.rawValue))
        #expect(!range.contains(Int64(bitPattern: 0xabce_0000_0000_0000)))
        #expect(StoryID.range(forPrefix: "xyz") == nil)
        #expect(StoryID.range(forPrefix: id.hex) == id.rawValue...id.rawValue)
    }

    @Test func stableAcrossRuns() {
        // A fixed value: the id must never change between releases, or bookmarks would be orphaned.
        let id = StoryID(title: "Example title", published: Day(iso: "2026-01-27")!, agency: "AFP")
        #expect(id.hex == StoryID(title: "EXAMPLE   title!", published: Day(iso: "2026-01-27")!, agency: "afp").hex)
        #expect(id.hex == "8c3d7e5ad318f841")
    }

    @Test func titlesWithoutWordsKeepTheirStoriesApart() {
        let day = Day(iso: "2026-01-27")!
        let titles = ["🔥🔥🔥", "🌊🌊", "\u{301}\u{308}", "...", "!!!"]
        let ids = Set(titles.map { StoryID(title: $0, published: day, agency: "AFP") })
        #expect(ids.count == titles.count)
        #expect(StoryID(title: "🔥 🔥🔥", published: day, agency: "AFP") == StoryID(title: "🔥🔥🔥", published: day, agency: "AFP"))
        // The seed story's id, as bookmarks made by earlier releases know it.
        let seed = StoryID(title: "Japan PM says US alliance would collapse if Tokyo ignored Taiwan crisis", published: day, agency: "AFP")
        #expect(seed.short == "e53bd3b3ff")
    }

    @Test func asciiTitlesNormaliseAsAnyOther() {
        // ASCII titles take a byte path; a non-ASCII letter sends the same title down the general one.
        #expect(StoryID.normalized("  Japan, China spar over 'seafood' ban -- again!  ") == "japan china spar over seafood ban again")
        #expect(StoryID.normalized("G7: 2026 talks") == "g7 2026 talks")
        #expect(StoryID.normalized("...") == "")
        #expect(StoryID.normalized("Japan, China spar über ban") == "japan china spar über ban")
        #expect(StoryID.normalized("Japan, China spar uber ban!") == "japan china spar uber ban")
    }
}

@Suite struct TerminalSafeTests {
    @Test func escapeSequencesAreShownEscaped() {
        #expect("red \u{1B}[31mtext".terminalSafe == "red \\u{1B}[31mtext")
    }

    @Test func c1ControlsAndBidiOverridesAreEscaped() {
        #expect("a\u{9B}b".terminalSafe == "a\\u{9B}b")
        #expect("abc\u{202E}def".terminalSafe == "abc\\u{202E}def")
    }

    @Test func theProgramsOwnLineBreaksStayLineBreaks() {
        #expect("quote\n>\n> Note: \u{1B}[2J".terminalSafeLines == "quote\n>\n> Note: \\u{1B}[2J")
        #expect("a\nb".terminalSafe == "a\\u{A}b")
    }

    @Test func manyEscapesAreEscapedInOnePass() {
        let text = String(repeating: "title \u{85} ", count: 20_000)
        #expect(text.terminalSafe == String(repeating: "title \\u{85} ", count: 20_000))
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Takaichi said “we will respond” — 北京"
        #expect(text.terminalSafe == text)
    }
}

@Suite struct StableHashTests {
    @Test func isFNV1aOfTheUTF8ThenASeparator() {
        var hash = StableHash()
        hash.combine("Tokyo")
        #expect(hash.value == 0xcba8_0403_9695_12b2)  // computed independently, byte by byte
    }
}

@Suite struct TopicKeyTests {
    @Test(arguments: [
        ("Japan–China relations", "china japan"),
        ("Japan-China", "china japan"),
        ("TAIWAN NEWS", "news taiwan"),
        ("Côte d’Ivoire–France relations", "côte d france ivoire"),
        ("relations", "relations"),
    ])
    func keys(name: String, key: String) {
        #expect(Topic.key(name) == key)
    }
}

@Suite struct QuoteSpanTests {
    /// A quotation over three paragraphs, reopened in each later one with the mark it uses.
    @Test(arguments: ["\"", "“", "„", "«"])
    func laterParagraphsLeaveOutTheReopeningMark(mark: String) {
        let paragraphs = ["He said: \(mark)We will wait.", "\(mark)We will talk.", "\(mark)We will act.\u{201D} Then he left."]
        let quote = Quote(start: TextSpan(paragraph: 0, start: 10, end: 13), endParagraph: 2, speaker: .unknown, partial: false)
        #expect(quote.text(in: paragraphs) == "We will wait.\nWe will talk.\nWe will act.")
        #expect(quote.spans(in: paragraphs).map(\.start) == [10, 1, 1])
    }

    @Test func aParagraphWithoutAMarkKeepsItsFirstLetter() {
        let paragraphs = ["“One.", "Two.”"]
        let quote = Quote(start: TextSpan(paragraph: 0, start: 1, end: 4), endParagraph: 1, speaker: .unknown, partial: false)
        #expect(quote.text(in: paragraphs) == "One.\nTwo.")
    }
}
