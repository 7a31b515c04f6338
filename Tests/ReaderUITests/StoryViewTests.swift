import NewsModel
import Testing
@testable import ReaderUI

@Suite struct StoryViewTests {
    func opened(width: Int = 60, height: Int = 20) -> ReaderState {
        var state = ReaderState.started(width: width, height: height)
        _ = state.press(.enter)
        return state
    }

    @Test func enterOpensTheStoryWithHeaderAndText() {
        let state = opened()
        #expect(state.screen == .story)
        let text = state.render().text
        #expect(text.contains("Okabe urges calm"))
        #expect(text.contains("Tokyo  (AFP)  2026-01-27"))
        #expect(text.contains("Topics: Japan–China relations"))
        #expect(text.contains("We will respond calmly"))
    }

    @Test func quotationsAndNamesCarryTheirRoles() throws {
        let grid = opened().render()
        let quoteRow = try #require((0..<grid.height).first { grid.text(row: $0).contains("We will respond") })
        let x = grid.text(row: quoteRow).distance(of: "We")
        #expect(grid[x, quoteRow].role == .quote)
        let nameRow = try #require((0..<grid.height).first { grid.text(row: $0).contains("Sanae Okabe") })
        #expect(grid[grid.text(row: nameRow).distance(of: "Sanae"), nameRow].role == .person)
    }

    @Test func tabMarksTheSameLinesAsAFullLayout() throws {
        var state = opened(width: 24)
        for _ in 0..<3 {
            _ = state.press(.tab)
            var fresh = try #require(state.story)
            fresh.layout(width: fresh.layoutWidth)
            #expect(state.story?.lines.map(\.roles) == fresh.lines.map(\.roles))
            #expect(state.story?.lines.map(\.characters) == fresh.lines.map(\.characters))
        }
    }

    @Test func tabSelectsQuotationsAndShowsTheSpeaker() throws {
        var state = opened()
        _ = state.press(.tab)
        #expect(state.story?.selectedQuote == 0)
        var grid = state.render()
        #expect(grid.text(row: grid.height - 1).contains("— Sanae Okabe, Japanese Prime Minister"))
        let row = try #require((0..<grid.height).first { grid.text(row: $0).contains("We will respond") })
        #expect(grid[grid.text(row: row).distance(of: "We"), row].role == .selectedQuote)
        _ = state.press(.tab, .tab)
        #expect(state.story?.selectedQuote == 0)
        _ = state.press(.backTab)
        #expect(state.story?.selectedQuote == 1)
        grid = state.render()
    }

    @Test func bTogglesTheBookmarkOfTheSelectedQuotation() {
        var state = opened()
        #expect(state.press(.character("b")).isEmpty)  // nothing selected yet
        let effects = state.press(.tab, .character("b"))
        #expect(effects == [.bookmark(analyzedStory().story.id, quote: 0)])
        _ = state.update(.bookmarkChanged(analyzedStory().story.id, text: "We will respond calmly,", isBookmarked: true))
        #expect(state.press(.character("b")) == [.unbookmark(analyzedStory().story.id, text: "We will respond calmly,")])
        _ = state.press(.tab)  // move off it: the bookmarked quotation stays marked
        let grid = state.render()
        let row = (0..<grid.height).first { grid.text(row: $0).contains("We will respond") }!
        #expect(grid[grid.text(row: row).distance(of: "We"), row].role == .bookmarked)
    }

    @Test func resizeRewrapsAndKeepsTheParagraph() {
        var state = opened(width: 30, height: 12)
        _ = state.press(.character("j"), .character("j"), .character("j"), .character("j"))
        let paragraph = state.story!.lines[state.story!.top].paragraph
        _ = state.run([.resize(Size(width: 100, height: 12))])
        #expect(state.story!.lines.allSatisfy { DisplayWidth.of(String($0.characters)) <= 98 })
        #expect(state.story!.lines[state.story!.top].paragraph == paragraph)
    }

    @Test func searchHighlightsMatchesAndNJumps() {
        var state = opened()
        _ = state.press(.character("/"), .character("t"), .character("a"), .character("l"), .character("k"), .character("s"), .enter)
        #expect(state.screen == .story)
        #expect(state.story?.matches.count == 1)
        let grid = state.render()
        let row = (0..<grid.height).first { grid.text(row: $0).contains("Talks") }!
        #expect(grid[grid.text(row: row).distance(of: "Talks"), row].role == .match)
        _ = state.press(.character("n"))
        #expect(state.story?.currentMatch == 0)
    }

    @Test func peopleOfTheStoryThenTheirStories() {
        var state = opened()
        _ = state.press(.character("p"))
        #expect(state.screen == .storyPeople)
        #expect(state.render().text.contains("Sanae Okabe, Japanese Prime Minister  (2 mentions)"))
        let effects = state.press(.enter)
        #expect(state.list.filter.person == "Sanae Okabe")
        #expect(effects.contains(.count(StoryFilter(person: "Sanae Okabe"))))
    }

    @Test func storyTextCannotSteerTheTerminal() {
        var state = ReaderState.started()
        var story = analyzedStory()
        story.story.paragraphs.append("Evil \u{1B}[2J text \u{202E}reversed")
        _ = state.update(.opened(story, bookmarked: [], focus: nil))
        let cells = state.render().cells.map(\.character)
        #expect(!cells.contains { $0.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } })
    }
}

extension String {
    /// Column of the first occurrence (all test text here is single-width).
    func distance(of needle: String) -> Int {
        distance(from: startIndex, to: range(of: needle)!.lowerBound)
    }
}

import Foundation
