import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// An analysis is of one version of a story's text; no other version may be shown with it.
@Suite struct StaleAnalysisTests {
    let long = story("Envoy recalled", "The minister said: \"We have recalled our envoy for consultations today.\"",
                     "Officials in Beijing, who declined to be named, said: \"This is a grave mistake by Tokyo.\"")
    let short = story("Envoy recalled", "The envoy is recalled.")

    func analysis(_ story: Story) -> StoryAnalysis {
        StoryAnalysis(
            people: [Person(name: "Sanae Okabe", mentions: [TextSpan(paragraph: 1, start: 13, end: 20)])],
            quotes: [Quote(start: TextSpan(paragraph: 0, start: 20, end: 70), endParagraph: 0,
                           speaker: Speaker(kind: .person, text: "Sanae Okabe", person: 0), partial: false),
                     Quote(start: TextSpan(paragraph: 1, start: 55, end: 87), endParagraph: 1,
                           speaker: Speaker(kind: .unnamed, text: "officials"), partial: false)],
            topics: [Topic(name: "Japan–China relations", kind: .relations)])
    }

    @Test func aCorrectionWithoutAnalysisRemovesTheEarlierAnalysis() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([PreparedStory(long, analysis: analysis(long))])
        #expect(try store.save([PreparedStory(short)]) == [.updated])
        let shown = try #require(try store.analyzedStory(long.id))
        #expect(shown.analysis == StoryAnalysis())
        #expect(try store.people().isEmpty)
        #expect(try store.count(StoryFilter(topic: "japan-china")) == 0)
        #expect(try store.quotes().isEmpty)
    }

    @Test func offsetsPastTheTextAreDroppedWhenDecoded() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        // An analysis that does not fit the text it is stored with, as an older version left them.
        _ = try store.save([PreparedStory(short, analysis: analysis(long))])
        let shown = try #require(try store.analyzedStory(short.id))
        #expect(shown.analysis.quotes.isEmpty)
        #expect(shown.analysis.people.map(\.mentions) == [[]])
        #expect(shown.droppedOffsets == 3)
        #expect(try store.quotes().isEmpty)
        #expect(throws: StoreError.noSuchQuote("\(short.id.short).0")) { try store.addBookmark(quoteID: "\(short.id.short).0") }
    }

    @Test func anUnchangedStoryWithoutItsAnalysisIsAnalysedOnReimport() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([PreparedStory(long)])
        #expect(try store.save([PreparedStory(long, analysis: analysis(long))]) == [.unchanged])
        #expect(try store.analyzedStory(long.id)?.analysis.quotes.count == 2)
        #expect(try store.people().map(\.name) == ["Sanae Okabe"])
    }

    @Test func anUnfinishedReanalysisIsRecordedUntilItEnds() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([long, story("Another story"), story("A third story")])
        try store.beginReanalysis(started: "2026-02-01T10:00:00Z")
        let first = try store.stories(afterRowid: 0, limit: 2)
        try store.replaceAnalyses(first.map { ($0.rowid, $0.story, analysis($0.story)) })
        let unfinished = try #require(try store.unfinishedReanalysis())
        #expect((unfinished.done, unfinished.total, unfinished.afterRowid) == (2, 3, first.last!.rowid))
        // Beginning again resumes: the recorded progress stays.
        try store.beginReanalysis(started: "2026-02-01T11:00:00Z")
        #expect(try store.unfinishedReanalysis() == unfinished)
        try store.finishReanalysis()
        #expect(try store.unfinishedReanalysis() == nil)
    }
}

@Suite struct ParagraphScalarsTests {
    let paragraphs = ParagraphScalars(["“Short,” she said.", "No more."])

    @Test func quotationTextIsCutFromTheScalars() {
        let quote = Quote(start: TextSpan(paragraph: 0, start: 1, end: 7), endParagraph: 0, speaker: .unknown, partial: false)
        #expect(paragraphs.text(of: quote) == "Short,")
    }

    @Test func offsetsOutsideTheTextNeverTrap() {
        for (start, end, endParagraph) in [(5, 2, 0), (-3, 400, 0), (0, 3, 7), (30, 40, 1)] {
            let quote = Quote(start: TextSpan(paragraph: 0, start: start, end: end), endParagraph: endParagraph,
                              speaker: .unknown, partial: false)
            _ = paragraphs.text(of: quote)
            _ = ParagraphMarks(StoryAnalysis(quotes: [quote]), paragraphs).marks(in: 0)
            #expect(StoryAnalysis(quotes: [quote]).validated(against: paragraphs).dropped == 1, "\(start) \(end) \(endParagraph)")
        }
    }
}
