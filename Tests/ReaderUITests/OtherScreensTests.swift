import NewsModel
import Testing
@testable import ReaderUI

@Suite struct OtherScreensTests {
    @Test func topicsWithSparklinesThenTheTopicsStories() {
        var state = ReaderState.started()
        #expect(state.press(.character("t")).contains(.topics))
        _ = state.update(.topics([TopicSummary(name: "Japan–China relations", kind: .relations, stories: 22, months: [1, 0, 4, 8]),
                                  TopicSummary(name: "Space News", kind: .section, stories: 3, months: [3])]))
        let grid = state.render()
        #expect(grid.text.contains("Japan–China relations"))
        #expect(grid.text.contains("▁ ▄█"))
        let effects = state.press(.enter)
        #expect(state.screen == .list)
        #expect(state.list.filter.topic == "Japan–China relations")
        #expect(effects.contains(.count(StoryFilter(topic: "Japan–China relations"))))
        _ = state.press(.character("q"))
        #expect(state.list.filter.topic == nil)
        #expect(state.screen == .list)
    }

    @Test func peopleScreenListsAndOpensTheirQuotations() {
        var state = ReaderState.started()
        _ = state.press(.character("P"))
        _ = state.update(.people([PersonSummary(id: 7, name: "Sanae Okabe", role: "Japanese Prime Minister", stories: 3, quotations: 5)]))
        #expect(state.render().text.contains("Sanae Okabe (Japanese Prime Minister)"))
        #expect(state.press(.character("c")) == [.personQuotes(7, name: "Sanae Okabe")])
        #expect(state.screen == .personQuotes)
    }

    @Test func bookmarksOpenAtTheQuotationAndRemoveWithUndo() {
        var state = ReaderState.started()
        let story = analyzedStory()
        let bookmark = Bookmark(id: 3, storyID: story.story.id, text: "Talks are the only way,", speaker: "Sanae Okabe",
                                speakerKind: .person, role: "Japanese Prime Minister", paragraph: 2, start: 1,
                                created: "2026-11-27T10:00:00Z", note: nil, title: "Okabe urges calm", agency: "AFP",
                                place: "Tokyo", published: day("2026-01-27"))
        #expect(state.press(.character("B")).contains(.bookmarks))
        _ = state.update(.bookmarks([bookmark]))
        #expect(state.render().text.contains("★ “Talks are the only way,” — Sanae Okabe, Japanese Prime Minister"))
        #expect(state.press(.enter) == [.open(story.story.id, focus: "Talks are the only way,"), .markRead(story.story.id)])
        _ = state.update(.opened(story, bookmarked: ["Talks are the only way,"], focus: "Talks are the only way,"))
        #expect(state.story?.selectedQuote == 1)
        _ = state.press(.character("q"))
        #expect(state.press(.character("d")) == [.removeBookmark(3)])
        _ = state.update(.bookmarkRemoved(bookmark))
        #expect(state.bookmarks.items.isEmpty)
        #expect(state.render().text.contains("u to undo"))
        #expect(state.press(.character("u")) == [.restoreBookmark(bookmark), .bookmarks])
    }

    @Test func helpListsTheKeysOfTheScreen() {
        var state = ReaderState.started()
        _ = state.press(.enter, .character("?"))
        let text = state.render().text
        #expect(text.contains("Tab"))
        #expect(text.contains("bookmark the selected quotation"))
        _ = state.press(.character("q"))
        #expect(state.screen == .story)
    }

    @Test func readerConfigRebindsKeysAndNamesBadLines() throws {
        let parsed = try Keymap.parse("# mine\nkey x down\nkey ctrl-n next-quote\ncolor quote yellow\n", file: "reader.conf")
        #expect(parsed.keymap.action(for: .character("x")) == .down)
        #expect(parsed.keymap.action(for: .control("n")) == .nextQuote)
        #expect(parsed.colors[.quote] == "yellow")
        #expect(throws: Keymap.ConfigError(file: "reader.conf", line: 2, message: "unknown key 'nokey'")) {
            try Keymap.parse("\nkey nokey down\n", file: "reader.conf")
        }
        do {
            _ = try Keymap.parse("key j fly\n", file: "reader.conf")
            Issue.record("no error")
        } catch let error as Keymap.ConfigError {
            #expect(error.line == 1)
            #expect(error.message.hasPrefix("unknown action 'fly'"))
        }
        #expect(throws: Keymap.ConfigError.self) { try Keymap.parse("color quote purple\n", file: "reader.conf") }
        #expect(throws: Keymap.ConfigError.self) { try Keymap.parse("volume 11\n", file: "reader.conf") }
    }
}
