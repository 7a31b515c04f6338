import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// Corrections in unread counts, `salvage` and a fresh cache the salvage is put back into.
@Suite struct CorrectionCarryStoreTests {
    @Test func unreadCountsOfAMergedPersonCountEveryName() throws {
        let (cache, store, wires) = try PersonCorrectionTests().namesCache()
        _ = cache
        try store.correctPerson("Okabe", .sameAs("Sanae Okabe"))
        try store.setRead(wires[0].story.id, isRead: true)  // names her "Okabe" only
        let okabe = try #require(try store.people(unread: true).first { $0.name == "Sanae Okabe" })
        #expect((okabe.stories, okabe.unread) == (3, 2))
    }

    @Test func unreadCountsCountASpeakerACorrectionAdded() throws {
        let (cache, store) = try talksCache()
        _ = cache
        // Fewer read stories than unread ones: the read ones are counted.
        let other = Wire(title: "Markets calm", paragraphs: ["Nothing was said."], date: "2026-01-28")
        _ = try store.save([PreparedStory(other.story, analysis: StoryAnalysis())])
        try store.correctQuotation(store.quoteID(talks, 2), .speaker("Kenji Mori", kind: .person))
        #expect(try store.people(unread: true).first { $0.name == "Kenji Mori" }?.unread == 1)
        try store.setRead(talks.story.id, isRead: true)
        let mori = try #require(try store.people(unread: true).first { $0.name == "Kenji Mori" })
        #expect((mori.stories, mori.unread) == (1, 0))
    }

    @Test func aCacheOpenedForReadingOnlyShowsItsCorrectionsAndRefusesNewOnes() throws {
        let (cache, store) = try talksCache()
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        let reader = try NewsStore(path: cache.path, readingOnly: true)
        #expect(reader.writeRefusal != nil)
        #expect(try reader.speakers(of: talks) == ["Sanae Okabe", "Chen Wei-lun", "an aide"])
        #expect(try reader.quotes(person: "Chen Wei-lun").first?.corrected == true)
        #expect(try reader.corrections().count == 1)
        #expect(throws: StoreError.readOnly(path: cache.path, reason: "opened for reading only")) {
            try reader.correctQuotation(reader.quoteID(talks, 2), .notAQuote)
        }
    }

    @Test func aBookmarkWhoseNoteIsSetComesBackWithTheCorrectedSpeaker() throws {
        let (cache, store) = try talksCache()
        _ = cache
        let bookmark = try store.addBookmark(quoteID: store.quoteID(talks, 1))
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        let noted = try store.setNote("check", bookmark: bookmark.id)
        #expect((noted.speaker, noted.speakerCorrected, noted.note) == ("Chen Wei-lun", true, "check"))
    }

    @Test func salvageReadsEveryCorrection() throws {
        let (cache, store) = try talksCache()
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        try store.correctQuotation(store.quoteID(talks, 2), .notAQuote)
        try store.correctPerson("Chen Wei-lun", .notAPerson)
        let salvage = try NewsStore.salvage(from: cache.path)
        #expect(salvage.quotationCorrections.map(\.text) == ["Talks go on,", "No comment,"])
        #expect(salvage.quotationCorrections.map(\.change) == [.speaker(.person, "Chen Wei-lun"), .notAQuote])
        #expect(salvage.quotationCorrections.allSatisfy { $0.storyID == talks.story.id })
        #expect(salvage.personCorrections.map(\.name) == ["Chen Wei-lun"])
        #expect(salvage.personCorrections.map(\.change) == [.notAPerson])
        #expect(salvage.problems.isEmpty)
    }

    @Test func salvagedCorrectionsApplyToTheirStoryImportedLaterIntoAFreshCache() throws {
        let (old, store) = try talksCache()
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        let salvage = try NewsStore.salvage(from: old.path)

        let fresh = try TemporaryCache()
        let restored = try fresh.open()
        let made = try restored.importCorrections(quotations: salvage.quotationCorrections, people: salvage.personCorrections)
        #expect(made == CorrectionImport(added: 1, alreadyThere: 0))
        _ = try restored.save([PreparedStory(talks.story, analysis: talksAnalysis)])
        #expect(try restored.speakers(of: talks) == ["Sanae Okabe", "Chen Wei-lun", "an aide"])
        // The person index, which people and --person read, has the corrected speaker.
        #expect(try restored.summary("Chen Wei-lun")?.quotations == 1)
        #expect(try restored.summary("Sanae Okabe")?.quotations == 1)
        #expect(try restored.quotes(person: "Chen Wei-lun").map(\.text) == ["Talks go on,"])
        #expect(try restored.importCorrections(quotations: salvage.quotationCorrections, people: [])
            == CorrectionImport(added: 0, alreadyThere: 1))
    }

    @Test func anImportedMergeTheCacheHasTheOtherWayRoundIsAlreadyThere() throws {
        let (cache, store, _) = try PersonCorrectionTests().namesCache()
        _ = cache
        try store.correctPerson("Okabe", .sameAs("Sanae Okabe"))
        let made = try store.importCorrections(quotations: [], people: [
            PersonCorrection(name: "Sanae Okabe", change: .sameAs("Okabe"), created: ""),
            PersonCorrection(name: "Taiwan Strait", change: .notAPerson, created: ""),
        ])
        #expect(made == CorrectionImport(added: 1, alreadyThere: 1))
        #expect(try store.people().map(\.name) == ["Sanae Okabe"])
    }
}
