import Foundation
import NewsModel
import Testing
@testable import ReaderUI

@Suite struct ListTests {
    @Test func startCountsAndReadsOnlyTheFirstPage() {
        var state = ReaderState(size: Size(width: 80, height: 24))
        #expect(state.start() == [.rows(StoryFilter(), offset: 0, limit: 100), .count(StoryFilter())])
    }

    @Test func theFirstScreenIsDrawnBeforeTheCount() {
        var state = ReaderState(size: Size(width: 80, height: 24))
        let stages = state.startInStages()
        #expect(stages.afterwards == [.count(StoryFilter())])
        for effect in stages.firstScreen {
            for event in state.answer(effect, total: 1000) { #expect(state.update(event).isEmpty) }
        }
        let grid = state.render()
        #expect(grid.text(row: 1).contains("Story number 0"))
        #expect(grid.text(row: 22).contains("Story number 21"))
        #expect(!grid.text(row: 0).contains("stories"))
    }

    @Test func firstScreenShowsTitlesAndTheCount() {
        let grid = ReaderState.started().render()
        #expect(grid.text(row: 0).contains("1000 stories"))
        #expect(grid.text(row: 1).contains("2026-01-27 AFP   Story number 0"))
        #expect(grid.text(row: 22).contains("Story number 21"))
        #expect(grid.text(row: 23).contains("Enter open"))
    }

    @Test func jAndKMoveTheCursor() {
        var state = ReaderState.started()
        _ = state.press(.character("j"), .character("j"), .down, .character("k"))
        #expect(state.list.cursor == 2)
        #expect(state.render()[5, 3].role == .cursor)
    }

    @Test func scrollingPastThePageReadsTheNextPageOnly() {
        var state = ReaderState.started()
        let effects = state.press(.character("G"))
        #expect(state.list.cursor == 999)
        #expect(effects.contains(.rows(StoryFilter(), offset: 900, limit: 100)))
        #expect(!effects.contains(.rows(StoryFilter(), offset: 500, limit: 100)))
        #expect(state.render().text(row: 22).contains("Story number 999"))
        _ = state.press(.character("g"))
        #expect(state.list.cursor == 0)
    }

    @Test func pageKeysMoveByAScreen() {
        var state = ReaderState.started()
        _ = state.press(.character(" "))
        #expect(state.list.cursor == 22)
        _ = state.press(.control("d"))
        #expect(state.list.cursor == 33)
        _ = state.press(.pageUp)
        #expect(state.list.cursor == 11)
    }

    @Test func qQuitsFromTheListAndQFromAnywhere() {
        var state = ReaderState.started()
        #expect(state.press(.character("q")).contains(.quit))
        _ = state.press(.enter)
        #expect(state.press(.character("Q")).contains(.quit))
    }

    @Test func cjkTitlesAreCutToTheExactWidth() {
        var state = ReaderState.started(width: 40, total: 1)
        _ = state.update(.rows(StoryFilter(), offset: 0, [summary(0, title: "北京と東京の首脳会談が延期された理由について詳しく")], bookmarked: [], read: []))
        let grid = state.render()
        let row = grid.text(row: 1)
        #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        #expect(DisplayWidth.of(row) <= 40)
        // Title starts at column 20; 19 columns left: 9 wide characters and the ellipsis.
        #expect(row.contains("北京と東京の首脳会…"))
    }

    @Test func unreadAndBookmarkMarkers() {
        var state = ReaderState.started(total: 2)
        _ = state.update(.rows(StoryFilter(), offset: 0, [summary(0), summary(1)], bookmarked: [summary(1).id], read: [summary(0).id]))
        let grid = state.render()
        #expect(grid.text(row: 1).hasPrefix("  "))
        #expect(grid.text(row: 2).hasPrefix("•★"))
    }

    @Test func anEmptyCacheSaysHowToImport() {
        let grid = ReaderState.started(total: 0).render()
        #expect(grid.text.contains("The cache is empty."))
        #expect(grid.text.contains("newswire import PATH"))
        #expect(grid.text.contains("newswire demo"))
    }

    @Test(arguments: [(1, 1), (5, 3), (23, 5), (0, 0), (80, 1)])
    func tinyTerminalsSayTheyAreTooSmall(width: Int, height: Int) {
        var state = ReaderState.started()
        _ = state.run([.resize(Size(width: width, height: height))])
        let grid = state.render()
        #expect(grid.width == width && grid.height == height)
        if width >= 18 && height >= 1 { #expect(grid.text.contains("Terminal too small")) }
    }

    @Test func searchTypedAfterSlashFillsANewList() {
        var state = ReaderState.started()
        let effects = state.press(.character("/"), .character("t"), .character("a"), .character("x"), .backspace, .character("i"), .enter)
        #expect(state.list.filter.search == "tai")
        #expect(effects.contains(.count(StoryFilter(search: "tai"))))
        #expect(state.render().text(row: 0).contains("search: tai"))
        _ = state.press(.character("q"))
        #expect(state.list.filter.search == nil)
    }

    @Test func escapeCancelsASearch() {
        var state = ReaderState.started()
        _ = state.press(.character("/"), .character("x"), .escape)
        #expect(state.prompt == nil)
        #expect(state.lists.count == 1)
    }
}
