import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// A cache holding `talks` as analysed by `talksAnalysis`.
func talksCache() throws -> (TemporaryCache, NewsStore) {
    let cache = try TemporaryCache()
    let store = try cache.open()
    _ = try store.save([PreparedStory(talks.story, analysis: talksAnalysis)])
    return (cache, store)
}

extension NewsStore {
    func quoteID(_ wire: Wire, _ number: Int) -> String { "\(wire.story.id.short).\(number)" }

    func speakers(of wire: Wire) throws -> [String] {
        try #require(try analyzedStory(wire.story.id)).analysis.quotes.map { $0.speaker.text ?? "-" }
    }

    func summary(_ name: String) throws -> PersonSummary? { try people().first { $0.name == name } }
}

@Suite struct QuotationCorrectionTests {
    @Test func aSpeakerCorrectionShowsInTheStoryAndItsListings() throws {
        let (cache, store) = try talksCache()
        _ = cache
        let correction = try store.correctQuotation(store.quoteID(talks, 1), .speaker("chen"))
        #expect(correction.change == .speaker(.person, "Chen Wei-lun"))
        #expect(correction.text == "Talks go on,")
        let analyzed = try #require(try store.analyzedStory(talks.story.id))
        #expect(analyzed.analysis.quotes[1].speaker == Speaker(kind: .person, text: "Chen Wei-lun", person: 1))
        #expect(analyzed.correctedSpeakers == [1])
        #expect(try store.quotes(person: "Chen Wei-lun").map(\.text) == ["Talks go on,"])
        #expect(try store.quotes(person: "Chen Wei-lun").map(\.corrected) == [true])
        #expect(try store.quote(store.quoteID(talks, 1)).quote.speaker.text == "Chen Wei-lun")
        #expect(try store.summary("Chen Wei-lun")?.quotations == 1)
        #expect(try store.summary("Sanae Okabe")?.quotations == 1)
    }

    @Test func theStoredAnalysisStaysAsTheAnalysisComputedIt() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        try store.correctQuotation(store.quoteID(talks, 2), .notAQuote)
        let stored = try store.pool.read { db in
            try NewsStore.storedAnalysis(rowid: try Int64.fetchOne(db, sql: "SELECT rowid FROM story")!,
                                         paragraphs: talks.paragraphs, db)?.analysis
        }
        #expect(stored == talksAnalysis)
    }

    @Test func notAQuoteHidesItAndTheOthersKeepTheirNumbers() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 0), .notAQuote)
        let analyzed = try #require(try store.analyzedStory(talks.story.id))
        #expect(analyzed.analysis.quotes.map { $0.text(in: talks.paragraphs) } == ["Talks go on,", "No comment,"])
        #expect(analyzed.quoteNumbers == [1, 2])
        #expect(try store.quotes().map(\.id) == [store.quoteID(talks, 1), store.quoteID(talks, 2)])
        #expect(try store.summary("Sanae Okabe")?.quotations == 1)
        #expect(throws: StoreError.notAQuotation(store.quoteID(talks, 0))) { try store.quote(store.quoteID(talks, 0)) }
        #expect(throws: StoreError.notAQuotation(store.quoteID(talks, 0))) { try store.addBookmark(quoteID: store.quoteID(talks, 0)) }
        #expect(try store.addBookmark(quoteID: store.quoteID(talks, 2)).text == "No comment,")

        try store.removeQuotationCorrection(store.quoteID(talks, 0))
        #expect(try store.analyzedStory(talks.story.id)?.quoteNumbers == [0, 1, 2])
        #expect(try store.summary("Sanae Okabe")?.quotations == 2)
    }

    @Test func aNewCorrectionOfAQuotationReplacesItsEarlierOne() throws {
        let (cache, store) = try talksCache()
        _ = cache
        let first = try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        let second = try store.correctQuotation(store.quoteID(talks, 1), .notAQuote)
        #expect(second.id == first.id)
        #expect(try store.corrections().count == 1)
        #expect(try store.analyzedStory(talks.story.id)?.quoteNumbers == [0, 2])
        #expect(try store.summary("Chen Wei-lun")?.quotations == 0)
    }

    @Test func aSpeakerTheAnalysisMissedJoinsTheStorysPeople() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 2), .speaker("Lin Jian", kind: .person))
        let analyzed = try #require(try store.analyzedStory(talks.story.id))
        #expect(analyzed.analysis.people.map(\.name) == ["Sanae Okabe", "Chen Wei-lun", "Lin Jian"])
        #expect(analyzed.analysis.quotes[2].speaker.person == 2)
        #expect(try store.count(StoryFilter(person: "Lin Jian")) == 1)
        #expect(try store.summary("Lin Jian")?.quotations == 1)
        #expect(try store.quotes(person: "jian").map(\.text) == ["No comment,"])

        // Undone, they leave the index with it.
        try store.removeQuotationCorrection(store.quoteID(talks, 2))
        #expect(try store.summary("Lin Jian") == nil)
        #expect(throws: StoreError.noSuchPerson("jian")) { try store.count(StoryFilter(person: "jian")) }
    }

    @Test func anOrganisationOrNobodyCanBeTheSpeaker() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 0), .speaker("foreign ministry", kind: .organization))
        try store.correctQuotation(store.quoteID(talks, 1), .unknownSpeaker)
        let quotes = try #require(try store.analyzedStory(talks.story.id)).analysis.quotes
        #expect(quotes[0].speaker == Speaker(kind: .organization, text: "foreign ministry"))
        #expect(quotes[1].speaker == .unknown)
        #expect(try store.summary("Sanae Okabe")?.quotations == 0)
    }

    @Test func aSpeakerNamedBadlyIsAClearError() throws {
        let (cache, store) = try talksCache()
        _ = cache
        let id = store.quoteID(talks, 1)
        #expect(throws: StoreError.noSuchSpeaker("Nobody", story: talks.story.id.short, people: ["Sanae Okabe", "Chen Wei-lun"])) {
            try store.correctQuotation(id, .speaker("Nobody"))
        }
        var twoOkabes = talksAnalysis
        twoOkabes.people.append(Person(name: "Kenji Okabe"))
        var edited = talks.story
        edited.paragraphs[0] += " Kenji Okabe, her aide, was there."
        _ = try store.save([PreparedStory(edited, analysis: twoOkabes)])
        #expect(throws: StoreError.ambiguousSpeaker("okabe", candidates: ["Sanae Okabe", "Kenji Okabe"])) {
            try store.correctQuotation(id, .speaker("okabe"))
        }
        #expect(throws: StoreError.noSuchQuote("\(talks.story.id.short).9")) { try store.correctQuotation("\(talks.story.id.short).9", .notAQuote) }
        #expect(throws: StoreError.noSuchQuote("nonsense")) { try store.correctQuotation("nonsense", .notAQuote) }
        #expect(throws: StoreError.noCorrection(store.quoteID(talks, 0))) { try store.removeQuotationCorrection(store.quoteID(talks, 0)) }
        #expect(try store.corrections().isEmpty)
    }
}
