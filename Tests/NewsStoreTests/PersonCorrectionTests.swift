import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

@Suite struct PersonCorrectionTests {
    /// "Okabe" names her in one story, "Sanae Okabe" in another, both in a third; and the
    /// analysis took "Taiwan Strait" for a person who said something.
    func namesCache() throws -> (TemporaryCache, NewsStore, [Wire]) {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let short = Wire(title: "Okabe says talks go on", paragraphs: ["\"We keep talking,\" Okabe said."], date: "2026-01-02")
        let full = Wire(title: "Sanae Okabe visits Taipei", paragraphs: ["\"Ties are strong,\" Sanae Okabe said."], date: "2026-01-03")
        let both = Wire(title: "Okabe again", paragraphs: [
            "Sanae Okabe arrived late.", "\"Sorry,\" Okabe said.", "\"Stay calm,\" Taiwan Strait said.",
        ], date: "2026-01-04")
        _ = try store.save([
            PreparedStory(short.story, analysis: short.analysis(people: ["Okabe"], quotes: [("We keep talking,", person("Okabe", 0))])),
            PreparedStory(full.story, analysis: full.analysis(people: ["Sanae Okabe"], quotes: [("Ties are strong,", person("Sanae Okabe", 0))])),
            PreparedStory(both.story, analysis: both.analysis(people: ["Sanae Okabe", "Okabe", "Taiwan Strait"], quotes: [
                ("Sorry,", person("Okabe", 1)), ("Stay calm,", person("Taiwan Strait", 2)),
            ])),
        ])
        return (cache, store, [short, full, both])
    }

    @Test func sameAsMakesTwoNamesOnePerson() throws {
        let (cache, store, wires) = try namesCache()
        _ = cache
        let correction = try store.correctPerson("Okabe", .sameAs("sanae okabe"))
        #expect(correction.change == .sameAs("Sanae Okabe"))
        let okabe = try #require(try store.summary("Sanae Okabe"))
        #expect((okabe.stories, okabe.quotations) == (3, 3))
        #expect(try store.summary("Okabe") == nil)
        #expect(try store.count(StoryFilter(person: "Okabe")) == 3)
        #expect(try store.count(StoryFilter(person: "Sanae Okabe")) == 3)
        #expect(try store.quotes(person: "sanae okabe").map(\.text) == ["Sorry,", "Ties are strong,", "We keep talking,"])
        #expect(try store.quotes(personID: okabe.id).count == 3)
        let both = try #require(try store.analyzedStory(wires[2].story.id))
        #expect(both.analysis.people.map(\.name) == ["Sanae Okabe", "Taiwan Strait"])
        #expect(both.analysis.people[0].mentions.map(\.paragraph) == [0, 1])
        #expect(both.analysis.quotes[0].speaker == person("Sanae Okabe", 0))
        #expect(both.correctedSpeakers == [0])
        #expect(try store.speakers(of: wires[0]) == ["Sanae Okabe"])

        try store.removePersonCorrection("okabe")
        #expect(try store.summary("Okabe")?.stories == 2)
        #expect(try store.count(StoryFilter(person: "Sanae Okabe")) == 2)
    }

    @Test func theMergedPersonTakesTheirPlaceInALimitedList() throws {
        let (cache, store, _) = try namesCache()
        _ = cache
        #expect(try store.people(limit: 1).map(\.name) == ["Okabe"])  // 2 stories, 2 quotations; Sanae Okabe 2 and 1
        try store.correctPerson("Okabe", .sameAs("Sanae Okabe"))
        #expect(try store.people(limit: 1).map(\.name) == ["Sanae Okabe"])
        #expect(try store.people(limit: 1).first?.stories == 3)
        #expect(try store.people(limit: 2).map(\.name) == ["Sanae Okabe", "Taiwan Strait"])
    }

    @Test func notAPersonLeavesEveryStoryNowAndImportedLater() throws {
        let (cache, store, wires) = try namesCache()
        _ = cache
        try store.correctPerson("taiwan strait", .notAPerson)
        #expect(try store.summary("Taiwan Strait") == nil)
        let both = try #require(try store.analyzedStory(wires[2].story.id))
        #expect(both.analysis.people.map(\.name) == ["Sanae Okabe", "Okabe"])
        #expect(both.analysis.quotes[1].speaker == .unknown)
        #expect(both.correctedSpeakers == [1])
        #expect(throws: StoreError.notAPerson("Taiwan Strait")) { try store.count(StoryFilter(person: "Taiwan Strait")) }
        #expect(throws: StoreError.noSuchPerson("strait")) { try store.count(StoryFilter(person: "strait")) }

        let later = Wire(title: "Strait tensions", paragraphs: ["\"Calm down,\" Taiwan Strait said."], date: "2026-02-01")
        _ = try store.save([PreparedStory(later.story, analysis: later.analysis(people: ["Taiwan Strait"],
                                                                                   quotes: [("Calm down,", person("Taiwan Strait", 0))]))])
        #expect(try store.analyzedStory(later.story.id)?.analysis.people.isEmpty == true)
        #expect(try store.summary("Taiwan Strait") == nil)

        try store.removePersonCorrection("Taiwan Strait")
        #expect(try store.summary("Taiwan Strait")?.stories == 2)
    }

    @Test func sameAsRefusesWhatIsAlreadyOnePersonAndNamesThatAreNone() throws {
        let (cache, store, _) = try namesCache()
        _ = cache
        try store.correctPerson("Okabe", .sameAs("Sanae Okabe"))
        #expect(throws: StoreError.alreadyOnePerson("Sanae Okabe", "Sanae Okabe")) { try store.correctPerson("Sanae Okabe", .sameAs("Okabe")) }
        try store.correctPerson("Taiwan Strait", .notAPerson)
        #expect(throws: StoreError.notAPerson("Taiwan Strait")) { try store.correctPerson("Okabe", .sameAs("Taiwan Strait")) }
        #expect(throws: StoreError.noSuchPerson("Nobody")) { try store.correctPerson("Nobody", .notAPerson) }
        #expect(throws: StoreError.noCorrection("'Sanae Okabe'")) { try store.removePersonCorrection("Sanae Okabe") }
    }

    @Test func aCorrectionIsRemovedByItsReference() throws {
        let (cache, store, wires) = try namesCache()
        _ = cache
        let person = try store.correctPerson("Taiwan Strait", .notAPerson)
        let quotation = try store.correctQuotation(store.quoteID(wires[0], 0), .notAQuote)
        #expect(try store.corrections().count == 2)
        #expect(throws: StoreError.noSuchCorrection("q99")) { try store.removeCorrection("q99") }
        try store.removeCorrection(quotation.reference)
        try store.removeCorrection(person.reference.uppercased())
        #expect(try store.corrections().isEmpty)
        #expect(try store.summary("Taiwan Strait") != nil)
        #expect(try store.quotes().count == 4)
    }

    @Test func bookmarksShowTheCorrectedSpeakerAndKeepTheirOwnCopy() throws {
        let (cache, store) = try talksCache()
        _ = cache
        let bookmark = try store.addBookmark(quoteID: store.quoteID(talks, 1), note: "check")
        #expect(bookmark.speaker == "Sanae Okabe")
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        var listed = try #require(try store.bookmarks().first)
        #expect(listed.speaker == "Chen Wei-lun")
        #expect(listed.speakerCorrected)
        #expect(listed.markdownCitation.hasPrefix("> “Talks go on,” — Chen Wei-lun (AFP, Tokyo, 2026-01-27"))

        try store.removeQuotationCorrection(store.quoteID(talks, 1))
        try store.correctPerson("Sanae Okabe", .sameAs("Chen Wei-lun"))  // a name corrected
        listed = try #require(try store.bookmarks().first)
        #expect(listed.speaker == "Chen Wei-lun" && listed.speakerCorrected)
        try store.removePersonCorrection("Sanae Okabe")
        #expect(try store.bookmarks() == [bookmark])
    }
}
