import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// Corrections are kept apart from the analysis: re-imports, corrected stories and
/// re-analyses rewrite the analysis, and each correction finds its quotation again by text.
@Suite struct CorrectionSurvivalTests {
    func rowid(_ store: NewsStore) throws -> Int64 {
        try store.pool.read { try Int64.fetchOne($0, sql: "SELECT rowid FROM story")! }
    }

    @Test func aCorrectionFindsItsQuotationInACorrectedStoryAndAfterReanalysis() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        // The wire corrects the story: a paragraph comes first, so every quotation moves and
        // "Talks go on," is now number 2.
        var corrected = talks
        corrected.paragraphs.insert("\"Trade matters,\" Okabe said on arrival.", at: 0)
        let analysis = corrected.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: [
            ("Trade matters,", person("Sanae Okabe", 0)), ("We will respond calmly,", person("Sanae Okabe", 0)),
            ("Talks go on,", person("Sanae Okabe", 0)), ("No comment,", Speaker(kind: .unnamed, text: "an aide")),
        ])
        #expect(try store.save([PreparedStory(corrected.story, analysis: analysis)]) == [.updated])
        #expect(try store.speakers(of: corrected) == ["Sanae Okabe", "Sanae Okabe", "Chen Wei-lun", "an aide"])
        #expect(try store.analyzedStory(talks.story.id)?.correctedSpeakers == [2])
        #expect(try store.summary("Chen Wei-lun")?.quotations == 1)
        #expect(try store.summary("Sanae Okabe")?.quotations == 2)

        try store.replaceAnalyses([(try rowid(store), corrected.story, analysis)])
        #expect(try store.speakers(of: corrected) == ["Sanae Okabe", "Sanae Okabe", "Chen Wei-lun", "an aide"])
        #expect(try store.summary("Chen Wei-lun")?.quotations == 1)
        guard case .quotation(_, let anchoring, _)? = try store.corrections().first else { Issue.record("no correction"); return }
        #expect(anchoring == .quote(store.quoteID(talks, 2)))
    }

    @Test func aCorrectionWhoseQuotationIsGoneIsKeptListedAndAppliedWhenItReturns() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        var edited = talks
        edited.paragraphs[2] = "\"Talks will go on,\" Chen said. \"No comment,\" an aide added."
        let analysis = edited.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: [
            ("We will respond calmly,", person("Sanae Okabe", 0)), ("Talks will go on,", person("Sanae Okabe", 0)),
        ])
        _ = try store.save([PreparedStory(edited.story, analysis: analysis)])
        #expect(try store.speakers(of: edited) == ["Sanae Okabe", "Sanae Okabe"])
        #expect(try store.summary("Chen Wei-lun")?.quotations == 0)
        let entries = try store.corrections()
        #expect(entries.count == 1)
        guard case .quotation(let correction, let anchoring, let title)? = entries.first else { Issue.record("no correction"); return }
        #expect(anchoring == .quotationGone)
        #expect(correction.text == "Talks go on,")
        #expect(title == talks.title)

        _ = try store.save([PreparedStory(talks.story, analysis: talksAnalysis)])
        #expect(try store.speakers(of: talks) == ["Sanae Okabe", "Chen Wei-lun", "an aide"])
        #expect(try store.summary("Chen Wei-lun")?.quotations == 1)
    }

    @Test func equalTextsAreToldApartByWhereTheyWere() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let twice = Wire(title: "Two refusals", paragraphs: [
            "\"No comment,\" Okabe said.", "Chen Wei-lun was asked next.", "\"No comment,\" Chen said.",
        ])
        let quotes: [(text: String, by: Speaker)] = [("No comment,", person("Sanae Okabe", 0)), ("No comment,", person("Sanae Okabe", 0))]
        _ = try store.save([PreparedStory(twice.story, analysis: twice.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: quotes))])
        try store.correctQuotation(store.quoteID(twice, 1), .speaker("Chen Wei-lun"))
        #expect(try store.speakers(of: twice) == ["Sanae Okabe", "Chen Wei-lun"])
        var moved = twice
        moved.paragraphs.insert("Both were asked about the talks.", at: 1)
        _ = try store.save([PreparedStory(moved.story, analysis: moved.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: quotes))])
        #expect(try store.speakers(of: moved) == ["Sanae Okabe", "Chen Wei-lun"])
    }

    @Test func anImportOfTheSameStoryKeepsTheCorrectedIndexRows() throws {
        let (cache, store) = try talksCache()
        _ = cache
        try store.correctQuotation(store.quoteID(talks, 2), .speaker("Lin Jian", kind: .person))
        var edited = talks.story
        edited.paragraphs[0] += " They met for an hour."
        _ = try store.save([PreparedStory(edited, analysis: talksAnalysis)])
        // One index row per person of the corrected story, and none left over.
        let rows = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM story_person") }
        #expect(rows == 3)
        #expect(try store.summary("Lin Jian")?.quotations == 1)
        // A version without the quotation: the speaker the correction named leaves the index.
        var shorter = talks
        shorter.paragraphs[2] = "\"Talks go on,\" Chen said."
        _ = try store.save([PreparedStory(shorter.story, analysis: shorter.analysis(people: ["Sanae Okabe", "Chen Wei-lun"], quotes: [
            ("We will respond calmly,", person("Sanae Okabe", 0)), ("Talks go on,", person("Chen Wei-lun", 1)),
        ]))])
        #expect(try store.summary("Lin Jian") == nil)
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM story_person") } == 2)
    }

    /// A cache written before corrections existed gains their tables when opened.
    @Test func aCacheWithoutCorrectionsIsUpgradedAndKeepsItsStories() throws {
        let (cache, store) = try talksCache()
        try store.pool.write { db in
            try db.execute(sql: """
                DROP TABLE quotation_correction; DROP TABLE person_correction;
                DELETE FROM grdb_migrations WHERE identifier = 'v6 corrections of quotations and people'
                """)
        }
        var upgrades = 0
        let reopened = try NewsStore(path: cache.path, upgrading: { upgrades += 1 })
        #expect(upgrades == 1)
        #expect(try reopened.speakers(of: talks) == ["Sanae Okabe", "Sanae Okabe", "an aide"])
        try reopened.correctQuotation(reopened.quoteID(talks, 1), .speaker("Chen Wei-lun"))
        #expect(try reopened.speakers(of: talks) == ["Sanae Okabe", "Chen Wei-lun", "an aide"])
    }
}
