import NewsModel
import Testing
@testable import ReaderUI

/// The way back always leads to a drawn screen, and q always leads back to the list.
@Suite struct NavigationTests {
    /// The story screen draws the story (its title), not a blank body.
    func showsAStory(_ state: ReaderState) -> Bool {
        state.screen == .story && state.render().text.contains("Okabe urges calm")
    }

    @Test func aTopicChosenFromAStoryThenAnotherStoryLeadsBackToTheFirstStory() {
        var state = ReaderState.started()
        _ = state.press(.enter, .character("t"), .enter, .enter)
        #expect(showsAStory(state))
        _ = state.press(.character("q"))
        #expect(state.screen == .list && state.list.filter.topic == "Japan–China relations")
        _ = state.press(.character("q"))
        #expect(showsAStory(state), "back on the first story, drawn")
        _ = state.press(.character("q"))
        #expect(state.screens == [.list])
    }

    @Test func aQuotationOpenedFromPeopleLeadsBackThroughTheScreensOpened() {
        var state = ReaderState.started()
        _ = state.press(.character("P"), .character("c"), .enter)
        #expect(showsAStory(state))
        _ = state.press(.character("q"))
        #expect(state.screen == .personQuotes)
        _ = state.press(.character("q"))
        #expect(state.screen == .people)
        _ = state.press(.character("q"))
        #expect(state.screens == [.list])
    }

    @Test func aPersonChosenFromAStoryThenAnotherStoryLeadsBackToTheFirstStory() {
        var state = ReaderState.started()
        _ = state.press(.enter, .character("p"), .enter, .enter)
        _ = state.press(.character("q"), .character("q"))
        #expect(showsAStory(state))
        for key in [Key.left, .escape, .character("h")] {
            var copy = state
            _ = copy.press(key)
            #expect(copy.screens == [.list], "\(key.label) goes back too")
        }
    }

    @Test(arguments: 0..<40)
    func randomKeysAlwaysDrawAndQLeadsBackToTheList(seed: Int) {
        var random = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            random ^= random << 13; random ^= random >> 7; random ^= random << 17
            return Int(random % UInt64(n))
        }
        let keys: [Key] = Keymap.standard.bindings.keys.filter { Keymap.standard.action(for: $0) != .quit }
            + [.character("x"), .character("3"), .backspace, .control("w")]
        var state = ReaderState.started(total: 300)
        for step in 0..<60 {
            let key = keys[next(keys.count)]
            _ = state.press(key, total: 300)
            #expect(state.screens.first == .list)
            #expect(state.screens.filter { $0 == .list }.count == state.lists.count, "step \(step): \(key.label)")
            #expect(state.screens.filter { $0 == .story }.count == state.stories.count, "step \(step): \(key.label)")
            if state.screen == .story { #expect(showsAStory(state) || state.story != nil, "step \(step)") }
            let grid = state.render()
            #expect(grid.text(row: 0).contains("NewsWire"))
        }
        while state.prompt != nil { _ = state.press(.escape, total: 300) }
        for _ in 0..<state.screens.count where state.screens != [.list] || state.lists.count > 1 {
            #expect(!state.press(.character("q"), total: 300).contains(.quit), "q quit before it reached the list: \(state.screens)")
        }
        #expect(state.screens == [.list] && state.lists.count == 1)
        #expect(state.press(.character("q"), total: 300).contains(.quit))
    }
}
