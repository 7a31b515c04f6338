import NewsModel
import Testing
@testable import ReaderUI

@Suite struct ReadStateTests {
    @Test func mTogglesTheRowReadAndUUndoesIt() {
        var state = ReaderState.started(total: 3)
        let id = summary(0).id
        #expect(state.press(.character("m")) == [.setRead(id, isRead: true)])
        #expect(state.list.isRead(id))
        #expect(state.render().text(row: 1).hasPrefix("  "), "no unread dot")
        #expect(state.press(.character("m")) == [.setRead(id, isRead: false)])
        #expect(state.press(.character("u")) == [.setRead(id, isRead: true)])
        #expect(state.list.isRead(id))
    }

    @Test func capitalAMarksTheFilteredListReadAndUUndoesTheBatch() {
        var state = ReaderState.started()
        _ = state.press(.character("/"), .character("x"), .enter)
        let effects = state.press(.character("A"))
        #expect(effects.first == .markAllRead(StoryFilter(search: "x")))
        #expect(state.message == "Marked 1000 stories read. Press u to undo.")
        #expect(state.press(.character("u")).first == .undoMarkAll(batch: 1))
    }

    @Test func capitalUShowsOnlyUnreadStoriesAndBack() {
        var state = ReaderState.started()
        let effects = state.press(.character("U"))
        #expect(state.list.filter.unreadOnly)
        #expect(effects.contains(.count(StoryFilter(unreadOnly: true))))
        #expect(state.render().text(row: 0).contains("unread only"))
        _ = state.press(.character("U"))
        #expect(!state.list.filter.unreadOnly)
    }

    @Test func capitalJMovesToTheNextUnreadStoryAndOpensItFromAStory() {
        var state = ReaderState.started()
        #expect(state.press(.character("J")).first == .findUnread(StoryFilter(), after: 0, forward: true, open: false))
        #expect(state.list.cursor == 1)
        _ = state.press(.enter)
        let effects = state.press(.character("J"))
        #expect(effects.contains(.open(summary(2).id, focus: nil)))
        #expect(state.screen == .story)
    }

    @Test func capitalKMovesToThePreviousUnreadStory() {
        var state = ReaderState.started()
        _ = state.press(.character("j"), .character("j"), .character("j"))
        #expect(state.press(.character("K")).first == .findUnread(StoryFilter(), after: 3, forward: false, open: false))
        #expect(state.list.cursor == 2)
    }

    /// Opening is reading, from whichever screen the story is opened.
    @Test func aStoryOpenedFromAPersonsQuotationsIsStoredAsRead() {
        var state = ReaderState.started()
        _ = state.press(.character("P"), .character("c"))
        #expect(state.screen == .personQuotes)
        let effects = state.press(.enter)
        let opened = effects.compactMap { effect -> StoryID? in if case .open(let id, _) = effect { id } else { nil } }
        #expect(opened.count == 1)
        #expect(effects.contains(.markRead(opened[0])))
    }

    @Test func noUnreadStoryLeftSaysSo() {
        var state = ReaderState.started(total: 1)
        _ = state.press(.character("J"), total: 1)
        #expect(state.message == "No more unread stories in this list.")
    }

    @Test func unreadCountsShowInTheTitleBarTopicsAndPeople() {
        var state = ReaderState.started()
        _ = state.update(.counted(StoryFilter(), 1000, unread: 998))
        #expect(state.render().text(row: 0).contains("1000 stories, 998 unread"))
        _ = state.press(.character("t"))
        let topics = state.render()
        #expect(topics.text(row: 1).contains("unread"))
        #expect(topics.text(row: 2).contains("Japan–China relations"))
        _ = state.press(.character("q"), .character("P"))
        let people = state.render()
        let header = people.text(row: 1), row = people.text(row: 2)
        #expect(header.distance(of: "unread") + "unread".count == row.distance(of: " 2 ") + 2)
    }
}
