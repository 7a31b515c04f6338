import NewsModel
import Testing
@testable import ReaderUI

@Suite struct SpeakerChooserTests {
    /// The story open, its first quotation selected.
    func selected() -> ReaderState {
        var state = ReaderState.started(width: 80, height: 24)
        _ = state.press(.enter, .tab)
        return state
    }

    var id: StoryID { analyzedStory().story.id }

    @Test func wNeedsASelectedQuotation() {
        var state = ReaderState.started()
        _ = state.press(.enter)
        #expect(state.press(.character("w")).isEmpty)
        #expect(state.speakerChooser == nil)
        #expect(state.message == "Select a quotation first (Tab).")
    }

    @Test func wOpensTheChooserWithTheStorysPeopleAndMarksTheSpeaker() throws {
        var state = selected()
        #expect(state.press(.character("w")).isEmpty)
        let chooser = try #require(state.speakerChooser)
        #expect(chooser.choices == [.person("Sanae Okabe"), .unknown, .notAQuote])
        #expect(chooser.cursor == 0)
        let text = state.render().text
        #expect(text.contains("Who said it?"))
        #expect(text.contains("“We will respond calmly,”"))
        #expect(text.contains("▸ Sanae Okabe, Japanese Prime Minister  (now)"))
        #expect(text.contains("Not a quotation (hide it)"))
        #expect(!text.contains("As the analysis found it"))
    }

    @Test func enterSavesTheChoiceAsACorrectionAndCloses() {
        var state = selected()
        let effects = state.press(.character("w"), .character("j"), .character("j"), .enter)
        #expect(effects == [.correctQuote(id, number: 0, .notAQuote)])
        #expect(state.speakerChooser == nil)
        #expect(state.screen == .story)
    }

    @Test func escapeCancelsAndTheCursorStaysInsideTheChoices() {
        var state = selected()
        _ = state.press(.character("w"), .character("k"))
        #expect(state.speakerChooser?.cursor == 0)
        _ = state.press(.character("G"))
        #expect(state.speakerChooser?.cursor == 2)
        #expect(state.press(.character("t")).isEmpty, "other keys do nothing while it is open")
        #expect(state.screen == .story)
        #expect(state.press(.escape).isEmpty)
        #expect(state.speakerChooser == nil)
        #expect(state.screen == .story)
    }

    @Test func theCorrectedStoryKeepsItsPlaceAndSelection() {
        var state = selected()
        _ = state.press(.tab)  // the second quotation, number 1
        var corrected = analyzedStory()
        corrected.analysis.quotes[1].speaker = .unknown
        corrected.correctedSpeakers = [1]
        _ = state.update(.quoteCorrected(corrected, number: 1, message: "Speaker set: unknown (correction q1)."))
        #expect(state.story?.selectedQuote == 1)
        #expect(state.render().text(row: 23).contains("Speaker set: unknown (correction q1)."))
        _ = state.press(.character("j"))  // the message goes with the next key
        #expect(state.render().text(row: 23).contains("— speaker unknown (corrected)"))
        _ = state.press(.character("w"))
        #expect(state.speakerChooser?.choices.last == .asAnalysed)
        #expect(state.speakerChooser?.cursor == 1, "the current speaker, unknown, is chosen")
    }

    @Test func aHiddenQuotationMovesTheSelectionToTheNextOne() {
        var state = selected()
        var corrected = analyzedStory()
        corrected.analysis.quotes.removeFirst()
        corrected.quoteNumbers = [1]
        _ = state.update(.quoteCorrected(corrected, number: 0, message: "Hidden."))
        #expect(state.story?.selectedQuote == 0)
        #expect(state.story?.analyzed.quoteNumbers == [1])
        // Its words are plain text of the story now, no quotation.
        let grid = state.render()
        let row = (0..<grid.height).first { grid.text(row: $0).contains("We will respond") }!
        #expect(grid[grid.text(row: row).distance(of: "We"), row].role == .normal)
    }

    @Test func theHelpOfTheStoryNamesTheKey() {
        var state = selected()
        _ = state.press(.character("?"))
        let text = state.render().text
        #expect(text.contains("set who said the selected quotation"))
        #expect(text.split(separator: "\n").contains { $0.contains("w ") && $0.contains("set who said") })
    }

    @Test func theHintOfASelectedQuotationNamesTheKey() {
        let state = selected()
        #expect(state.render().text(row: 23).contains("w speaker"))
    }

    @Test func sStillSortsASearchAndOpensNoChooserInAStory() {
        #expect(Keymap.standard.keys(for: .chooseSpeaker) == [.character("w")])
        #expect(Keymap.standard.keys(for: .sort) == [.character("s")])
        var state = selected()
        _ = state.press(.character("s"))
        #expect(state.speakerChooser == nil)
    }
}
