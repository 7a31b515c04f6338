import Foundation
import GRDB
import NewsModel
import NewsStore
import ReaderUI
import Testing
@testable import ReaderSession

/// The reader's effects carried out on a real (temporary) cache.
@Suite struct ReaderDriverTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-driver-\(UUID())")

    func driver(stories: Int) throws -> ReaderDriver {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try NewsStore(path: folder.appendingPathComponent("cache.sqlite").path)
        var batch: [PreparedStory] = []
        for n in 0..<stories {
            let paragraph = "Okabe said: \"Story \(n) matters.\""
            let story = Story(wireDate: Day(year: 2026, month: 1, day: 1 + n % 28)!, title: "Story \(n)", agency: "AFP",
                              paragraphs: [paragraph])
            let quote = Quote(start: TextSpan(paragraph: 0, start: 13, end: paragraph.unicodeScalars.count - 1), endParagraph: 0,
                              speaker: Speaker(kind: .person, text: "Sanae Okabe", person: 0), partial: false)
            batch.append(PreparedStory(story, analysis: StoryAnalysis(
                people: [Person(name: "Sanae Okabe", mentions: [TextSpan(paragraph: 0, start: 0, end: 5)])], quotes: [quote])))
        }
        _ = try store.save(batch)
        return ReaderDriver(store: store, state: ReaderState(size: Size(width: 80, height: 24)))
    }

    @Test func startReadsTheCountAndTheFirstPage() throws {
        let driver = try driver(stories: 250)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(driver.perform(driver.state.start()) == false)
        #expect(driver.state.list.count == 250)
        #expect(driver.state.list.rows.count == 100)
        #expect(driver.state.render().text.contains("250 stories"))
    }

    @Test func openBookmarkAndQuit() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        #expect(driver.send(.key(.enter)) == false)
        #expect(driver.state.screen == .story)
        _ = driver.send(.key(.tab))
        _ = driver.send(.key(.character("b")))
        let bookmarks = try driver.store.bookmarks()
        #expect(bookmarks.map(\.speaker) == ["Sanae Okabe"])
        #expect(driver.state.story?.bookmarked == Set(bookmarks.map(\.text)))
        #expect(try driver.store.readStories(among: [driver.state.story!.story.id]).count == 1)
        #expect(driver.send(.key(.character("Q"))) == true)
    }

    @Test func aSpeakerChosenInTheReaderIsSavedAsACorrectionAndUndone() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        _ = driver.send(.key(.enter))
        _ = driver.send(.key(.tab))
        let id = try #require(driver.state.story?.story.id)
        for key in ["w", "j"] { _ = driver.send(.key(.character(Character(key)))) }
        _ = driver.send(.key(.enter))
        #expect(driver.state.story?.analyzed.analysis.quotes.first?.speaker == .unknown)
        #expect(driver.state.message == "Speaker set: unknown (correction q1).")
        #expect(try driver.store.corrections().count == 1)
        #expect(try driver.store.quotes(person: "Sanae Okabe").count == 2)

        for key in ["w", "G"] { _ = driver.send(.key(.character(Character(key)))) }
        _ = driver.send(.key(.enter))
        #expect(driver.state.story?.analyzed.analysis.quotes.first?.speaker.text == "Sanae Okabe")
        #expect(try driver.store.corrections().isEmpty)
        #expect(driver.state.story?.story.id == id)
    }

    @Test func theBookmarksAndPeopleScreensShowAQuotationCorrectedInTheReader() throws {
        let driver = try driver(stories: 2)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        for key: Key in [.enter, .tab, .character("b"), .character("w"), .character("j"), .enter] { _ = driver.send(.key(key)) }
        #expect(driver.state.message == "Speaker set: unknown (correction q1).")
        _ = driver.send(.key(.character("B")))
        #expect(driver.state.render().text.contains("— unknown (corrected) · Story 1"))
        _ = driver.send(.key(.character("P")))
        let okabe = try #require(driver.state.people.items.first)
        #expect((okabe.name, okabe.stories, okabe.quotations) == ("Sanae Okabe", 2, 1))
        _ = driver.send(.key(.character("c")))
        #expect(driver.state.personQuotes.items.map(\.story.title) == ["Story 0"])
    }

    @Test func aSearchTheCacheRejectsIsAMessageNotACrash() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        for key in ["/", "\""] { _ = driver.send(.key(.character(Character(key)))) }
        _ = driver.send(.key(.enter))
        #expect(driver.state.message?.contains("invalid search") == true)
    }

    /// An import holds the write lock for up to seconds at a time: opening a story must not
    /// wait for it. The read mark is saved on the reader's next look at the cache.
    @Test func openingAStoryDuringAnImportDoesNotWaitToMarkItRead() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let importer = try DatabaseQueue(path: driver.store.path, configuration: config)
        try importer.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let start = Date()
        _ = driver.send(.key(.enter))
        #expect(Date().timeIntervalSince(start) < 0.5)
        let opened = try #require(driver.state.story?.story.id)
        #expect(driver.unsavedReads == [opened])
        try importer.inDatabase { try $0.execute(sql: "COMMIT") }
        _ = driver.perform([.count(driver.state.list.filter)])
        #expect(driver.unsavedReads.isEmpty)
        #expect(try driver.store.readStories(among: [opened]) == [opened])
    }

    @Test func aBookmarkRemovedByAnotherProcessIsReadAgainAndNotAnError() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        _ = driver.send(.key(.enter))
        _ = driver.send(.key(.tab))
        _ = driver.send(.key(.character("b")))
        _ = driver.send(.key(.character("B")))
        #expect(driver.state.bookmarks.items.count == 1)
        let other = try NewsStore(path: driver.store.path)  // another newswire: bookmark rm 1
        try other.removeBookmark(id: driver.state.bookmarks.items[0].id)
        _ = driver.send(.key(.character("d")))
        #expect(driver.state.message?.contains("already removed") == true)
        #expect(driver.state.bookmarks.items.isEmpty)
    }

    @Test func theBookmarksScreenFollowsChangesMadeElsewhere() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        _ = driver.refreshIfChanged()
        _ = driver.send(.key(.character("B")))
        #expect(driver.state.bookmarks.items.isEmpty)
        let other = try NewsStore(path: driver.store.path)
        let analyzed = try #require(try other.analyzedStory(try other.page(StoryFilter(), limit: 1)[0].id))
        try other.addBookmark(analyzed, quoteIndex: 0)
        _ = driver.refreshIfChanged()
        #expect(driver.state.bookmarks.items.count == 1)
    }

    @Test func countsWaitForTheFrameWhenAsked() throws {
        let driver = try driver(stories: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = driver.perform(driver.state.start())
        for key in ["/", "S", "t", "o", "r", "y"] { _ = driver.send(.key(.character(Character(key))), deferringCounts: true) }
        _ = driver.send(.key(.enter), deferringCounts: true)
        #expect(driver.state.list.rows.count == 3)
        #expect(driver.state.list.count == nil)
        _ = driver.performDeferred()
        #expect(driver.state.list.count == 3 && driver.state.list.unread == 3)
    }
}
