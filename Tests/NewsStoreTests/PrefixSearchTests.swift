import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// Prefixes are written out as the words of the index they stand for (SearchQuery+Prefixes);
/// FTS5's own prefix search, which the cache falls back to, is the reference.
@Suite struct PrefixSearchTests {
    /// Stories whose words share prefixes; the two on top hit `secur*` three times each, one
    /// with one word, one with three, so that ranking them word by word would part them.
    static func stories() -> [Story] {
        [
            story("Harbour report", on: "2026-01-10", "Security secure securities at the harbour."),
            story("Market report", on: "2026-01-10", "Securities securities securities at the market."),
            story("Security talks", on: "2025-06-01", "Ministers met."),
            story("Sécurité d'abord", on: "2025-01-01", "Les ministres."),
            story("Tariff talks", on: "2024-03-01", "Tariffs and the minister's security."),
        ] + (0..<12).map { story("Weather \($0)", "Rain and wind.") }
    }

    static let queries = ["secur*", "Secur*", "SÉCUR*", "title:secur*", "secur* NOT talks", "secur* talks", "minist* NOT secur* tarif*",
                          "(secur* OR tarif*) AND minist*", "\"at the\" secur*", "secur* tarif* minist*"]

    @Test(arguments: queries)
    func aPrefixFindsAndRanksAsFTS5sOwnPrefixSearch(query: String) throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save(PrefixSearchTests.stories())
        let expanded = try store.pool.read { try SearchQuery.expanded(query, $0) }
        #expect(!expanded.match.contains("*"), "\(expanded.match)")
        let written = try store.page(StoryFilter(search: query), limit: 20).map(\.title)
        let newest = try store.page(StoryFilter(search: query, order: .newest), limit: 20).map(\.title)
        let count = try store.count(StoryFilter(search: query))

        try store.write { try $0.execute(sql: "DELETE FROM search_word") }  // now FTS5 merges the prefixes
        #expect(try store.pool.read { try SearchQuery.expanded(query, $0) }.match.contains("*"))
        #expect(!written.isEmpty)
        #expect(try store.page(StoryFilter(search: query), limit: 20).map(\.title) == written)
        #expect(try store.page(StoryFilter(search: query, order: .newest), limit: 20).map(\.title) == newest)
        #expect(try store.count(StoryFilter(search: query)) == count)
    }

    @Test func theHitsOfAPrefixsWordsAddUpAsOnePhrase() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save(PrefixSearchTests.stories())
        // Equal hits and lengths: the newer import wins the tie, as FTS5's prefix ranks them.
        #expect(try store.page(StoryFilter(search: "secur*"), limit: 2).map(\.title) == ["Market report", "Harbour report"])
    }

    @Test func aPrefixIsWrittenOutAsTheWordsOfTheIndex() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save(PrefixSearchTests.stories())
        let expanded = try store.pool.read { try SearchQuery.expanded("title:Secur* NOT talk*", $0) }
        let title = ["secure", "securite", "securities", "security"].map { "title:\"\($0)\"" }.joined(separator: " OR ")
        #expect(expanded == ExpandedSearch(match: "(\(title)) NOT \"talks\"", phraseGroups: [0, 0, 0, 0, 1]))
        #expect(try store.pool.read { try SearchQuery.expanded("a NOT secur* talks", $0) }.match
                == "a NOT ((\"secure\" OR \"securite\" OR \"securities\" OR \"security\") AND talks)")
        #expect(try store.pool.read { try SearchQuery.expanded("\"rare earth\" OR minister", $0) }
                == ExpandedSearch(match: "\"rare earth\" OR minister"))
    }

    @Test func aPrefixOfTooManyWordsIsLeftToFTS5() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let many = (0...SearchQuery.maximumPrefixWords).map { "Zebra\($0)" }.joined(separator: " ")
        _ = try store.save([story("Zoo news", many), story("Zebra crossing")])
        #expect(try store.pool.read { try SearchQuery.expanded("zebra*", $0) } == ExpandedSearch(match: "zebra*"))
        #expect(try store.count(StoryFilter(search: "zebra*")) == 2)
        #expect(try store.pool.read { try SearchQuery.expanded("zebra1*", $0) }.phraseGroups != nil)
    }

    @Test func theWordsOfCorrectedAndStreamedStoriesAreFoundByPrefix() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let first = story("Harbour report", on: "2026-01-10", "Boats came in.")
        _ = try store.save([first])
        var corrected = first
        corrected.paragraphs = ["The harbourmaster spoke."]
        #expect(try store.save([corrected]) == [.updated])
        var batches = [[PreparedStory(story("Lighthouse keepers", "Keepers kept the light."))]]
        try store.save(from: { batches.popLast() }, batchSize: 10, saved: { _ in })
        for query in ["harbourm*", "lighth*", "keep*"] {
            #expect(try store.pool.read { try SearchQuery.expanded(query, $0) }.match.hasPrefix("\""), "\(query)")
            #expect(try store.count(StoryFilter(search: query)) == 1, "\(query)")
        }
    }

    @Test func aCacheOfTheEarlierVersionGetsTheWordsOfItsIndex() throws {
        let cache = try TemporaryCache()
        _ = try cache.open().save(PrefixSearchTests.stories())
        // As the version before left it: stories indexed, no list of words.
        try cache.open().write { db in
            try db.execute(sql: "DROP TABLE search_word")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'search words, for prefix searches'")
        }
        var upgrades = 0
        let store = try NewsStore(path: cache.path, upgrading: { upgrades += 1 })
        #expect(upgrades == 1)
        let words = try store.pool.read { try String.fetchAll($0, sql: "SELECT word FROM search_word WHERE word >= 'sec' AND word < 'sed'") }
        #expect(words == ["secure", "securite", "securities", "security"])
        #expect(try store.page(StoryFilter(search: "secur*"), limit: 2).map(\.title) == ["Market report", "Harbour report"])
    }

    @Test func theCachesTokenizerIsTheOneTheWordsAreFoldedWith() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let declaration = try store.pool.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'story_fts'") }
        let arguments = SearchQuery.tokenizerArguments.map { "''\($0)''" }.joined(separator: " ")
        #expect(declaration?.contains("tokenize='''unicode61'' \(arguments)'") == true, "\(declaration ?? "")")
    }
}
