import NewsModel
import Testing
@testable import ReaderUI

@Suite struct LineEditorTests {
    func typed(_ keys: [Key], from text: String = "") -> LineEditor {
        var editor = LineEditor(text)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    @Test func readlineKeysMoveAndDelete() {
        #expect(typed([.control("a"), .character(">")], from: "note").text == ">note")
        #expect(typed([.control("a"), .control("e"), .character("!")], from: "note").text == "note!")
        #expect(typed([.control("w")], from: "a quick note").text == "a quick ")
        #expect(typed([.left, .left, .control("u")], from: "abcd").text == "cd")
        #expect(typed([.left, .backspace], from: "abcd").text == "abd")
        #expect(typed([.home, .right, .control("k")], from: "abcd").text == "a")
    }

    @Test func cjkAndCombiningCharactersAreOneStepEach() {
        let editor = typed([.character("東"), .character("京"), .character("e\u{301}"), .left, .backspace])
        #expect(editor.text == "東e\u{301}")
        #expect(editor.visible(width: 40).cursorColumn == 2)
    }

    @Test func aLongLineScrollsToKeepTheCursorInView() {
        let editor = LineEditor(String(repeating: "x", count: 50))
        let shown = editor.visible(width: 20)
        #expect(DisplayWidth.of(shown.text) <= 20)
        #expect(shown.cursorColumn <= 20)
    }

    @Test func eOnABookmarkEditsItsNoteAndSavesIt() {
        var state = ReaderState.started(width: 140)
        let bookmark = Bookmark(id: 3, storyID: summary(0).id, text: "Talks are the only way,", speaker: "Sanae Okabe",
                                speakerKind: .person, role: nil, paragraph: 2, start: 1, created: "2026-11-27T10:00:00Z",
                                note: "check", title: "Okabe urges calm", agency: "AFP", place: "Tokyo", published: day("2026-01-27"))
        _ = state.press(.character("B"))
        _ = state.update(.bookmarks([bookmark]))
        _ = state.press(.character("e"))
        #expect(state.render().text(row: 23).hasPrefix("Note: check"))
        let effects = state.press(.control("a"), .character("d"), .character("o"), .character(" "), .enter)
        #expect(effects == [.setNote(bookmark: 3, note: "do check")])
        var saved = bookmark
        saved.note = "do check"
        _ = state.update(.noteSaved(saved))
        #expect(state.render().text.contains("note: do check"))
    }

    @Test func aBookmarkRemovedElsewhereIsReadAgainNotAnError() {
        var state = ReaderState.started()
        _ = state.press(.character("B"))
        #expect(state.update(.bookmarkMissing(2)) == [.bookmarks])
        #expect(state.message?.contains("already removed") == true)
        #expect(state.press(.character("r")) == [.bookmarks])
    }

    @Test func capitalSSavesTheSearchUnderATypedName() {
        var state = ReaderState.started()
        #expect(state.press(.character("S")).isEmpty)
        #expect(state.message?.contains("Search first") == true)
        _ = state.press(.character("/"), .character("S"), .character("e"), .enter)
        _ = state.press(.character("S"))
        #expect(state.render().text(row: 23).hasPrefix("Save search as:"))
        let effects = state.press(.character("I"), .character("s"), .enter)
        #expect(effects == [.saveSearch(name: "Is", filter: StoryFilter(search: "Se"))])
    }

    @Test func slashNarrowsTheTopicsAndPeopleAsYouType() {
        var state = ReaderState.started()
        _ = state.press(.character("P"))
        _ = state.update(.people([PersonSummary(id: 1, name: "Sanae Okabe", role: nil, stories: 3, quotations: 1),
                                  PersonSummary(id: 2, name: "Wei Lin", role: "spokesman", stories: 2, quotations: 1)]))
        _ = state.press(.character("/"), .character("l"), .character("i"))
        #expect(state.people.items.map(\.name) == ["Wei Lin"])
        #expect(state.render().text(row: 0).contains("People matching “li”"))
        _ = state.press(.escape)
        #expect(state.people.items.count == 2)
    }
}
