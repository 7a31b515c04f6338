import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// A cache in a fresh temporary folder, removed when the test ends.
final class TemporaryCache {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-store-\(UUID())")
    var path: String { folder.appendingPathComponent("cache.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func open() throws -> NewsStore { try NewsStore(path: path) }
}

func story(_ title: String, on date: String = "2026-01-27", agency: String? = "AFP",
           section: String? = "China News", _ paragraphs: String...) -> Story {
    Story(wireDate: Day(iso: date)!, section: section, category: "TAIWAN NEWS", title: title,
          byline: "by Staff Writers", place: "Tokyo", agency: agency, published: Day(iso: date)!,
          paragraphs: paragraphs.isEmpty ? ["Body of \(title)."] : paragraphs)
}

@Suite struct NewsStoreTests {
    @Test func storyRoundTrip() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        var original = story("Ministers meet in Tokyo", "First “quoted” paragraph — with dashes.", "Second paragraph.")
        original.authors = ["Hiroshi Tanabe", "Mei Sato"]
        #expect(try store.save([original]) == [.imported])
        #expect(try store.story(original.id) == original)
    }

    @Test func importingTheSameStoryTwiceChangesNothing() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let a = story("Ministers meet in Tokyo")
        #expect(try store.save([a, story("Another story")]) == [.imported, .imported])
        #expect(try store.save([a]) == [.unchanged])
        #expect(try store.count(StoryFilter()) == 2)
    }

    @Test func aCorrectedStoryIsUpdatedInPlace() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let first = story("Ministers meet in Tokyo", "Talks lasted two hours.")
        let corrected = story("Ministers meet in Tokyo", "Talks lasted three hours.")
        #expect(first.id == corrected.id)
        _ = try store.save([first])
        let rowid = try store.pool.read { try Int64.fetchOne($0, sql: "SELECT rowid FROM story") }
        #expect(try store.save([corrected]) == [.updated])
        #expect(try store.story(first.id)?.paragraphs == ["Talks lasted three hours."])
        #expect(try store.pool.read { try Int64.fetchOne($0, sql: "SELECT rowid FROM story") } == rowid)
        #expect(try store.page(StoryFilter(search: "three"), limit: 10).map(\.id) == [first.id])
        #expect(try store.page(StoryFilter(search: "two"), limit: 10).isEmpty)
    }

    @Test func listIsNewestFirstAndFiltered() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([
            story("Old", on: "2025-01-01"), story("Middle", on: "2025-06-01", section: "Space News"),
            story("New", on: "2026-01-01"),
        ])
        #expect(try store.page(StoryFilter(), limit: 10).map(\.title) == ["New", "Middle", "Old"])
        #expect(try store.page(StoryFilter(), offset: 1, limit: 1).map(\.title) == ["Middle"])
        #expect(try store.page(StoryFilter(since: Day(iso: "2025-03-01")), limit: 10).map(\.title) == ["New", "Middle"])
        #expect(try store.page(StoryFilter(until: Day(iso: "2025-06-01")), limit: 10).map(\.title) == ["Middle", "Old"])
        #expect(try store.page(StoryFilter(section: "space news"), limit: 10).map(\.title) == ["Middle"])
    }

    @Test func searchIsRankedAndIgnoresDiacritics() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([
            story("Café owners protest", "Prices in the cafés rose."),
            story("Ministers discuss tariffs", "Cafe owners were not mentioned until the end of a long story about tariffs and trade."),
        ])
        let titles = try store.page(StoryFilter(search: "cafe"), limit: 10).map(\.title)
        #expect(titles == ["Café owners protest", "Ministers discuss tariffs"])
        #expect(try store.page(StoryFilter(search: "CAFÉS"), limit: 10).map(\.title) == ["Café owners protest"])
    }

    @Test func searchAcceptsWordsThatAreNotFTS5Syntax() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([story("Takaichi's remarks anger Beijing", "The Japan-China row deepened; U.S. officials watched.")])
        for query in ["Takaichi's", "Japan-China", "U.S.", "\"japan china\"", "rema*", "Beijing AND row", "title:beijing"] {
            #expect(try store.page(StoryFilter(search: query), limit: 10).count == 1, "query \(query)")
        }
        #expect(try store.page(StoryFilter(search: "Beijing NOT row"), limit: 10).isEmpty)
    }

    @Test func invalidSearchIsAClearError() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        for query in ["\"unterminated", "(open", "AND"] {
            #expect(throws: StoreError.self) { try store.page(StoryFilter(search: query), limit: 10) }
            do { _ = try store.page(StoryFilter(search: query), limit: 10) } catch {
                guard case .invalidSearch(let text, _) = error else {
                    Issue.record("expected invalidSearch, got \(error)")
                    continue
                }
                #expect(text == query)
            }
        }
    }

    @Test func cjkTwoCharacterWordsAreFound() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try store.save([
            story("Travel agencies in 北京 report fewer bookings", "Tours for 春节 have fallen, said 张丽文."),
            story("Shanghai port expands", "Officials in 上海市 opened a berth."),
        ])
        #expect(try store.page(StoryFilter(search: "北京"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "春节"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "丽文"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "张丽文"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "上海"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "海"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "市"), limit: 10).count == 1)
        #expect(try store.page(StoryFilter(search: "京北"), limit: 10).isEmpty)
        #expect(try store.page(StoryFilter(search: "北京 bookings"), limit: 10).count == 1)
    }

    @Test func prefixesResolveLikeGit() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let a = story("A story")
        _ = try store.save([a])
        #expect(try store.resolve(a.id.short) == a.id)
        #expect(try store.resolve(String(a.id.hex.prefix(4)).uppercased()) == a.id)
        #expect(throws: StoreError.invalidID("ab")) { try store.resolve("ab") }
        #expect(throws: StoreError.invalidID("zzzzz")) { try store.resolve("zzzzz") }
        let other = a.id.hex.first == "0" ? "ffff" : "0000"
        #expect(throws: StoreError.noSuchStory(prefix: other)) { try store.resolve(other) }
    }

    @Test func ambiguousPrefixListsTheCandidates() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        // Among 2,000 ids, some share their first four hex digits (65,536 values) for certain.
        var stories: [Story] = []
        for n in 0..<2000 { stories.append(story("Story \(n)")) }
        _ = try store.save(stories)
        var byPrefix: [String: [StoryID]] = [:]
        for s in stories { byPrefix[String(s.id.hex.prefix(4)), default: []].append(s.id) }
        let shared = try #require(byPrefix.first { $0.value.count > 1 })
        #expect(throws: StoreError.self) { try store.resolve(shared.key) }
        do { _ = try store.resolve(shared.key) } catch {
            guard case .ambiguousID(_, let candidates) = error else { Issue.record("\(error)"); return }
            #expect(Set(candidates) == Set(shared.value.map(\.hex)))
        }
    }
}

@Suite struct NewsStoreOpeningTests {
    @Test func anEmptyFileBecomesACache() throws {
        let cache = try TemporaryCache()
        #expect(FileManager.default.createFile(atPath: cache.path, contents: Data()))
        var upgrades = 0
        let store = try NewsStore(path: cache.path, upgrading: { upgrades += 1 })
        #expect(upgrades == 0, "a new cache is created, not upgraded")
        #expect(try store.count(StoryFilter()) == 0)
        let migrations = try store.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.starts(with: ["v1 stories", "v2 analysis", "v3 bookmarks", "v4 read stories", "v5 analysis in one row per story"]))
        #expect(migrations == NewsStore.migrator.identifiers, "every migration ran")
        #expect(migrations.last == "v6 corrections of quotations and people")
    }

    @Test func reopeningKeepsTheStories() throws {
        let cache = try TemporaryCache()
        _ = try cache.open().save([story("Kept")])
        #expect(try cache.open().page(StoryFilter(), limit: 5).map(\.title) == ["Kept"])
    }

    @Test func missingFoldersAreCreated() throws {
        let cache = try TemporaryCache()
        let path = cache.folder.appendingPathComponent("a/b/cache.sqlite").path
        _ = try NewsStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aTextFileIsNotADatabase() throws {
        let cache = try TemporaryCache()
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: cache.path))
        #expect(throws: StoreError.notADatabase(path: cache.path)) { try cache.open() }
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let cache = try TemporaryCache()
        let queue = try DatabaseQueue(path: cache.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        try queue.close()
        #expect(throws: StoreError.notNewsWire(path: cache.path)) { try cache.open() }
        // Untouched: the other program's table is still there and nothing was added.
        let tables = try DatabaseQueue(path: cache.path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["invoices"])
    }

    @Test func aCorruptCacheIsReported() throws {
        let cache = try TemporaryCache()
        _ = try cache.open().save((0..<200).map { story("Story \($0)", String(repeating: "text ", count: 400)) })
        // Overwrite the middle of the file, past the header, with garbage.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: cache.path))
        try handle.seek(toOffset: 16384 * 3)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 16384 * 6))
        try handle.close()
        #expect(throws: StoreError.self) {
            let store = try cache.open()
            _ = try store.page(StoryFilter(search: "text"), limit: 500)
            _ = try (0..<200).map { try store.story(story("Story \($0)").id) }
        }
    }

    /// As root the file stays writable; NewswireTests reads a read-only cache as another user.
    @Test(.disabled(if: getuid() == 0, "root may write any file"))
    func aReadOnlyCacheIsReadAndRefusesWrites() throws {
        let cache = try TemporaryCache()
        _ = try cache.open().save([story("Kept")])
        chmod(cache.path, 0o444)
        chmod(cache.folder.path, 0o555)
        defer { chmod(cache.folder.path, 0o755) }
        let store = try cache.open()
        #expect(try store.page(StoryFilter(), limit: 5).map(\.title) == ["Kept"])
        let refusal = StoreError.readOnly(path: cache.path, reason: "you have no write permission on it")
        #expect(store.writeRefusal == refusal)
        #expect(throws: refusal) { try store.save([story("New")]) }
    }

    @Test func readOnlyFolderIsReportedEvenForRoot() throws {
        let cache = try TemporaryCache()
        let path = cache.folder.appendingPathComponent("dir-not-file").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: StoreError.cannotCreate(path: path, reason: "it is a folder")) { try NewsStore(path: path) }
    }
}

@Suite struct BookmarkStoreTests {
    func analyzed(_ story: Story, quote: String) -> StoryAnalysis {
        let paragraph = story.paragraphs[0]
        let start = paragraph.unicodeScalars.count - quote.unicodeScalars.count - 1
        return StoryAnalysis(people: [Person(name: "Sanae Okabe", role: "Japanese Prime Minister")],
                             quotes: [Quote(start: TextSpan(paragraph: 0, start: start, end: start + quote.unicodeScalars.count),
                                            endParagraph: 0, speaker: Speaker(kind: .person, text: "Sanae Okabe", person: 0), partial: false)])
    }

    @Test func peopleAndTopicsAreSharedAcrossStoriesAndBatches() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        func prepared(_ title: String) -> PreparedStory {
            let s = story(title, "Okabe said: \"We will respond calmly.\"")
            var analysis = analyzed(s, quote: "We will respond calmly.")
            analysis.topics = [Topic(name: "Japan", kind: .country), Topic(name: "Japan–China relations", kind: .relations)]
            return PreparedStory(s, analysis: analysis)
        }
        _ = try store.save([prepared("Okabe urges calm"), prepared("Okabe repeats call")])
        _ = try store.save([prepared("Okabe calls again")])
        let people = try store.people()
        #expect(people.map(\.name) == ["Sanae Okabe"])
        #expect(people.first?.stories == 3)
        #expect(people.first?.quotations == 3)
        let topics = try store.topics().filter { $0.name.hasPrefix("Japan") }
        #expect(topics.map(\.stories) == [3, 3])
    }

    @Test func pagesNearTheEndReadFromTheEndGiveTheSameRows() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let days = ["2026-01-03", "2026-01-01", "2026-01-03", "2026-01-02", "2026-01-05", "2026-01-03", "2026-01-04"]
        _ = try store.save(days.enumerated().map { story("Story \($0.offset)", on: $0.element) })
        for filter in [StoryFilter(), StoryFilter(since: Day(iso: "2026-01-02"))] {
            let total = try store.count(filter)
            for offset in 0..<total + 1 {
                for limit in [1, 2, 3, 10] {
                    #expect(try store.page(filter, offset: offset, limit: limit, total: total).map(\.title)
                            == store.page(filter, offset: offset, limit: limit).map(\.title))
                }
            }
        }
    }

    @Test func topicsWithMonthsAgreeWithTopicsAndFillEmptyMonths() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let japan = Topic(name: "Japan", kind: .country), pair = Topic(name: "Japan–China relations", kind: .relations)
        let dated: [(String, [Topic])] = [("2025-11-30", [japan, pair]), ("2026-01-05", [japan]), ("2026-02-01", [pair, japan])]
        _ = try store.save(dated.enumerated().map { index, item in
            PreparedStory(story("Story \(index)", on: item.0), analysis: StoryAnalysis(topics: item.1))
        })
        let topics = try store.topicsWithMonths()
        #expect(topics.map(\.name) == (try store.topics().map(\.name)))
        #expect(topics.map(\.stories) == [3, 2])
        #expect(topics.map(\.months) == [[1, 0, 1, 1], [1, 0, 0, 1]])
        #expect(topics.map(\.kind) == [.country, .relations])
    }

    @Test func bodiesRoundTripThroughCompression() {
        let text = String(repeating: "Beijing 北京 said “no” — again. ", count: 400)
        #expect(CompressedText.decompress(CompressedText.compress(text)) == text)
        #expect(CompressedText.decompress(CompressedText.compress("")) == "")
        #expect(CompressedText.decompress(Data([1, 2, 3, 4, 5])) == nil)
    }

    @Test func bodiesZlibWroteBeforeStillRead() {
        // What the cache stored before libdeflate wrote its bodies: the length, then zlib's
        // Huffman-only stream (level 1, 4 KB window, memLevel 6).
        let old = Data([
            0xd3, 0x00, 0x00, 0x00, 0x48, 0x0d, 0x05, 0xc1, 0xd1, 0x4a, 0xc3, 0x40, 0x10, 0x05, 0xd0, 0x5f,
            0xb9, 0xf4, 0xc9, 0x42, 0xcd, 0x3f, 0x58, 0xc1, 0x87, 0x82, 0x50, 0x30, 0xe0, 0xf3, 0xb5, 0x3b,
            0x64, 0xaf, 0xd9, 0xcc, 0x86, 0xcc, 0xc4, 0xd0, 0xbf, 0xf7, 0x9c, 0xb1, 0xcf, 0xcf, 0x8e, 0x97,
            0xb7, 0x8f, 0xfb, 0x19, 0xaf, 0xb8, 0x71, 0xa5, 0x5b, 0x18, 0xee, 0x9b, 0x16, 0xc3, 0xa7, 0x5c,
            0x91, 0xb6, 0xe1, 0x8b, 0x4e, 0xc3, 0xc8, 0x99, 0x7a, 0x54, 0x21, 0xa8, 0x82, 0xee, 0x18, 0x77,
            0x8b, 0xc2, 0x27, 0xb2, 0x32, 0x91, 0x6c, 0x73, 0xe0, 0x50, 0x56, 0x5c, 0x4d, 0xbf, 0xf2, 0x09,
            0x47, 0xdf, 0x5b, 0xc1, 0xd4, 0xd1, 0x7d, 0xc0, 0xe9, 0xdb, 0x70, 0xa8, 0x35, 0x78, 0x4f, 0x4c,
            0xfa, 0x33, 0xec, 0xeb, 0xe5, 0x84, 0xa8, 0x86, 0xa0, 0xca, 0x80, 0xb1, 0x1a, 0xd6, 0x4d, 0x8b,
            0x61, 0x91, 0x2b, 0xd2, 0x36, 0xb0, 0x14, 0x2b, 0xc8, 0xca, 0xc4, 0x8d, 0x2b, 0x1d, 0x07, 0x3d,
            0xad, 0xe0, 0xc1, 0xb6, 0x5c, 0x10, 0xc9, 0x9f, 0x66, 0x48, 0x59, 0xe0, 0x50, 0x56, 0xbc, 0x57,
            0x39, 0x87, 0x7f, 0x23, 0xe7, 0x49, 0x61,
        ])
        #expect(CompressedText.decompress(old) == "Tokyo (AFP) - Japanese Prime Minister Sanae Takaichi said on Tuesday that talks with Beijing would go on. \"We will not give up,\" she said. The prime minister added that Japan wanted calm, stable ties with China.")
    }

    @Test func bookmarksSurviveCorrectionsAndReanalysis() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let first = story("Okabe urges calm", "Okabe said: \"We will respond calmly.\"")
        _ = try store.save([PreparedStory(first, analysis: analyzed(first, quote: "We will respond calmly."))])
        let saved = try #require(try store.analyzedStory(first.id))
        let bookmark = try store.addBookmark(saved, quoteIndex: 0, note: "for the column")
        #expect(bookmark.text == "We will respond calmly.")
        #expect(bookmark.role == "Japanese Prime Minister")

        // A corrected version of the story, then a re-analysis that finds nothing at all.
        let corrected = story("Okabe urges calm", "Okabe told reporters: \"We will respond calmly.\"")
        #expect(try store.save([PreparedStory(corrected, analysis: analyzed(corrected, quote: "We will respond calmly."))]) == [.updated])
        let rowid = try store.pool.read { try Int64.fetchOne($0, sql: "SELECT rowid FROM story")! }
        try store.replaceAnalyses([(rowid, corrected, StoryAnalysis())])
        var moved = bookmark
        moved.start = 23  // where the quotation is in the corrected text
        #expect(try store.bookmarks() == [moved])
        #expect(try store.storiesWithBookmarks(among: [first.id]) == [first.id])
    }

    @Test func removeAndRestore() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let first = story("Okabe urges calm", "Okabe said: \"We will respond calmly.\"")
        _ = try store.save([PreparedStory(first, analysis: analyzed(first, quote: "We will respond calmly."))])
        let bookmark = try store.addBookmark(try #require(try store.analyzedStory(first.id)), quoteIndex: 0)
        #expect(try store.removeBookmark(id: bookmark.id) == bookmark)
        #expect(try store.bookmarks().isEmpty)
        try store.restoreBookmark(bookmark)
        #expect(try store.bookmarks() == [bookmark])
        #expect(throws: StoreError.noSuchBookmark(99)) { try store.removeBookmark(id: 99) }
    }
}
