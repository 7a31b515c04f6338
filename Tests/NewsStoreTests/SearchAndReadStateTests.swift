import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

@Suite struct SearchTests {
    @Test func tooManyWordsAreRefusedInWords() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let query = (0..<40).map { "word\($0)" }.joined(separator: " OR ")
        #expect(throws: StoreError.invalidSearch(query: query, detail: "a search can have at most 16 words and phrases (this one has 40)")) {
            try store.page(StoryFilter(search: query), limit: 10)
        }
    }

    @Test(arguments: [
        ("\"unclosed", "a quotation mark is not closed"), ("(open", "a ( is not closed"), ("AND", "it has no words to look for"),
        ("OR tariffs", "OR needs a word before it"), ("tariffs NOT", "NOT needs a word after it"), ("a*", "a prefix search needs at least 2 letters"),
        ("((((((deep))))))", "parentheses can nest at most 5 deep"), ("()", "it has no words to look for"), ("x:y z", nil),
    ] as [(String, String?)])
    func mistakesAreSaidInTheUsersWordsNotSQLites(query: String, detail: String?) throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([story("Tariffs on rare earths")])
        do {
            _ = try store.page(StoryFilter(search: query), limit: 10)
            #expect(detail == nil, "no error for \(query)")
        } catch {
            guard case .invalidSearch(_, let message) = error, let detail else { Issue.record("\(error)"); return }
            #expect(message.hasPrefix(detail), "\(message)")
            #expect(!message.contains("fts5") && !message.contains("syntax error near"))
        }
    }

    @Test func rankingPutsTitleMatchesAndNewerStoriesFirst() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([
            story("Harbour news", on: "2026-01-10", "The rare earth quota was discussed."),
            story("Rare earth quota cut", on: "2025-01-10", "Officials spoke."),
            story("Market report", on: "2024-01-10", "Prices fell."),
            story("Older harbour news", on: "2020-01-10", "The rare earth quota was discussed."),
        ] + (0..<10).map { story("Weather \($0)", "Rain.") })  // so that the phrase is rare enough to weigh
        #expect(try store.page(StoryFilter(search: "\"rare earth\""), limit: 10).map(\.title)
                == ["Rare earth quota cut", "Harbour news", "Older harbour news"])
        #expect(try store.page(StoryFilter(search: "\"rare earth\"", order: .newest), limit: 10).map(\.title)
                == ["Harbour news", "Rare earth quota cut", "Older harbour news"])
    }

    /// Beyond a window the order is still complete: every match once, windows newest first.
    @Test func matchesBeyondTheRankingWindowAreAllListedOnce() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let total = NewsStore.rankingWindow + 150
        _ = try store.save((0..<total).map { story("Talks round \($0)", on: "2026-01-\(10 + $0 % 18)", "Talks went on.") })
        var ids: [StoryID] = []
        for offset in stride(from: 0, to: total + 100, by: 100) { ids += try store.page(StoryFilter(search: "talks"), offset: offset, limit: 100) .map(\.id) }
        #expect(ids.count == total && Set(ids).count == total)
        #expect(try store.count(StoryFilter(search: "talks")) == total)
        let newest = try store.page(StoryFilter(search: "talks", order: .newest), offset: 0, limit: total)
        #expect(newest.map(\.published) == newest.map(\.published).sorted(by: >))
    }

    @Test func aSearchNarrowedByTopicDateAndUnreadKeepsOnlyThose() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let a = story("Tariff talks in Tokyo", on: "2026-01-10"), b = story("Tariff talks in Seoul", on: "2026-02-10")
        _ = try store.save([PreparedStory(a, analysis: StoryAnalysis(topics: [Topic(name: "Trade", kind: .user)])), PreparedStory(b)])
        #expect(try store.page(StoryFilter(search: "tariff", topic: "trade"), limit: 10).map(\.title) == [a.title])
        #expect(try store.page(StoryFilter(search: "tariff", since: Day(iso: "2026-02-01")), limit: 10).map(\.title) == [b.title])
        try store.markRead([a.id])
        #expect(try store.page(StoryFilter(search: "tariff", unreadOnly: true), limit: 10).map(\.title) == [b.title])
        #expect(try store.unreadCount(StoryFilter(search: "tariff"), total: 2) == 1)
    }

    @Test func aCacheOfTheEarlierVersionGetsItsStoryKeys() throws {
        let cache = try TemporaryCache()
        let queue = try DatabaseQueue(path: cache.path)
        try queue.write { try NewsStore.migrator.migrate($0, upTo: "v5 analysis in one row per story") }
        try queue.close()
        _ = try cache.open().save([story("Before the upgrade")])  // would be the old version's import
        let store = try cache.open()
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT day FROM story_key") } == 20260127)
        #expect(try store.page(StoryFilter(search: "upgrade", order: .newest), limit: 5).map(\.title) == ["Before the upgrade"])
    }
}

@Suite struct ReadStateTests {
    @Test func markAllReadMarksTheFilterAndUndoTakesBackOnlyThatBatch() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let stories = [story("Tariffs rise"), story("Tariffs fall"), story("Rice harvest")]
        _ = try store.save(stories)
        try store.markRead([stories[2].id])
        let marked = try store.markAllRead(StoryFilter(search: "tariffs"))
        #expect(marked.count == 2)
        #expect(try store.unreadCount(StoryFilter(), total: 3) == 0)
        try store.undoMarkAllRead(batch: marked.batch)
        #expect(try store.readStories(among: stories.map(\.id)) == [stories[2].id])
        #expect(try store.markAllRead(StoryFilter()).count == 2)
        #expect(try store.markAllUnread(StoryFilter(search: "rice")) == 1)
    }

    @Test func setReadTogglesAndTheUnreadListFollows() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let a = story("One"), b = story("Two", on: "2026-01-28")
        _ = try store.save([a, b])
        try store.setRead(b.id, isRead: true)
        #expect(try store.page(StoryFilter(unreadOnly: true), limit: 5).map(\.title) == ["One"])
        #expect(try store.unreadStory(StoryFilter(), after: -1, forward: true)?.offset == 1)
        try store.setRead(b.id, isRead: false)
        #expect(try store.count(StoryFilter(unreadOnly: true)) == 2)
    }

    @Test func unreadCountsPerTopicAndPerson() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let okabe = Person(name: "Sanae Okabe")
        let analysis = StoryAnalysis(people: [okabe], topics: [Topic(name: "Trade", kind: .user)])
        let a = story("One"), b = story("Two", on: "2026-01-28")
        _ = try store.save([PreparedStory(a, analysis: analysis), PreparedStory(b, analysis: analysis)])
        try store.markRead([a.id])
        #expect(try store.topicsWithMonths(unread: true).first { $0.name == "Trade" }?.unread == 1)
        #expect(try store.people(unread: true).first?.unread == 1)
        try store.markAllRead(StoryFilter())
        #expect(try store.people(unread: true).first?.unread == 0, "counted from the unread side once most are read")
    }

    @Test func aBookmarkAddedAgainWithANoteTakesTheNote() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let paragraph = "Okabe said: \"We will respond calmly.\""
        let quote = Quote(start: TextSpan(paragraph: 0, start: 13, end: 36), endParagraph: 0,
                          speaker: Speaker(kind: .person, text: "Sanae Okabe", person: 0), partial: false)
        let s = story("Okabe urges calm", paragraph)
        _ = try store.save([PreparedStory(s, analysis: StoryAnalysis(people: [Person(name: "Sanae Okabe")], quotes: [quote]))])
        let analyzed = try #require(try store.analyzedStory(s.id))
        let first = try store.addBookmark(analyzed, quoteIndex: 0, note: "first")
        #expect(try store.addBookmark(analyzed, quoteIndex: 0, note: "second").note == "second")
        #expect(try store.addBookmark(analyzed, quoteIndex: 0).note == "second", "no --note keeps the note")
        #expect(try store.setNote(nil, bookmark: first.id).note == nil)
        #expect(throws: StoreError.noSuchBookmark(99)) { try store.setNote("x", bookmark: 99) }
    }

    @Test func theChangeTokenMovesWithEveryWrite() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let before = store.changeToken()
        _ = try store.save([story("One")])
        #expect(store.changeToken() != before)
    }
}
