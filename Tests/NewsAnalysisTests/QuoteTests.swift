import NewsModel
import Testing
@testable import NewsAnalysis

@Suite struct QuoteTests {
    @Test func straightAndCurlyQuotes() {
        let (analysis, story) = analyze(
            "\"We will not back down,\" Okabe said.",
            "“The talks were useful,” said Okabe.")
        #expect(quotes(analysis, story).map(\.text) == ["We will not back down,", "The talks were useful,"])
    }

    @Test func singleQuotesInsideAreKept() {
        let (analysis, story) = analyze("“They call it a ‘routine patrol’, but it is not,” Okabe said.")
        #expect(quotes(analysis, story).map(\.text) == ["They call it a ‘routine patrol’, but it is not,"])
    }

    @Test func aQuotationOverSeveralParagraphs() {
        let (analysis, story) = analyze(
            "Okabe said: \"We have waited long enough. The fishermen have waited long enough.",
            "\"Now it is time for Beijing to act.\"")
        let found = quotes(analysis, story)
        #expect(found.count == 1)
        #expect(found.first?.text == "We have waited long enough. The fishermen have waited long enough.\nNow it is time for Beijing to act.")
        #expect(analysis.quotes.first?.endParagraph == 1)
        #expect(found.first?.speaker == "Okabe")
    }

    @Test func partialQuotationInsideASentence() {
        let (analysis, story) = analyze("Foreign ministry spokesman Gao Wenjun called on Tokyo to \"correct its mistakes\" at once.")
        let found = quotes(analysis, story)
        #expect(found.map(\.text) == ["correct its mistakes"])
        #expect(found.first?.partial == true)
        #expect(found.first?.speaker == "Gao Wenjun")
    }

    @Test func fullSentenceQuotationIsNotPartial() {
        let (analysis, _) = analyze("Okabe told reporters \"We will respond.\"")
        #expect(analysis.quotes.first?.partial == false)
    }

    @Test func scareQuotesWithNoSpeakerAreNotQuotations() {
        let (analysis, _) = analyze("The so-called \"grey zone\" tactics have grown more common.",
                                    "The drills, named \"Eastern Shield\", began on Monday.")
        #expect(analysis.quotes.isEmpty)
    }

    @Test func aStrayQuotationMarkDoesNotSwallowTheStory() {
        let (analysis, _) = analyze("The board measured 5'11\" across, officials said.", "Nothing else was quoted.")
        #expect(analysis.quotes.isEmpty)
    }
}
