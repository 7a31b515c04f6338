import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// Another connection holding the cache's write lock for `seconds`, as an import's
/// transaction does in another process.
func holdingTheWriteLock(_ path: String, for seconds: Double) throws {
    var config = Configuration()
    config.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: config)
    try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
        try? other.inDatabase { try $0.execute(sql: "COMMIT") }
    }
}

/// Counts calls from another thread.
final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func record() { lock.withLock { value += 1 } }
}

@Suite struct WaitingForAWriterTests {
    @Test func aWriteThatWaitsOverASecondSaysSoOnceAndSucceeds() throws {
        let cache = try TemporaryCache()
        _ = try cache.open()
        let notes = Calls()
        let store = try NewsStore(path: cache.path, waiting: { notes.record() })
        try holdingTheWriteLock(cache.path, for: 1.6)
        let start = Date()
        try store.markRead([StoryID(rawValue: 7)])
        #expect(Date().timeIntervalSince(start) > 1.4)
        #expect(notes.count == 1)
        #expect(try store.readStories(among: [StoryID(rawValue: 7)]) == [StoryID(rawValue: 7)])
    }

    @Test func aShortWaitSaysNothing() throws {
        let cache = try TemporaryCache()
        _ = try cache.open()
        let notes = Calls()
        let store = try NewsStore(path: cache.path, waiting: { notes.record() })
        try holdingTheWriteLock(cache.path, for: 0.3)
        try store.markRead([StoryID(rawValue: 7)])
        #expect(notes.count == 0)
    }

    @Test func aWriteThatMustNotWaitGivesUpAtOnce() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        try holdingTheWriteLock(cache.path, for: 1)
        let start = Date()
        #expect(throws: StoreError.busy(path: cache.path)) { try store.markRead([StoryID(rawValue: 7)], waiting: false) }
        #expect(Date().timeIntervalSince(start) < 0.5)
    }
}

@Suite struct ReadingDuringAWriteTests {
    /// Opening for writing sets up the log with a write when it is empty, which waited for
    /// another process's transaction; commands that only read open without it.
    @Test func openingForReadingDoesNotWaitForAWriter() throws {
        let cache = try TemporaryCache()
        _ = try cache.open().save([story("Kept")])
        try holdingTheWriteLock(cache.path, for: 2)
        let start = Date()
        let store = try NewsStore(path: cache.path, readingOnly: true)
        #expect(try store.page(StoryFilter(), limit: 5).map(\.title) == ["Kept"])
        #expect(Date().timeIntervalSince(start) < 0.5)
    }
}
