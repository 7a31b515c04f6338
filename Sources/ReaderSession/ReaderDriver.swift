import Foundation
import NewsModel
import NewsStore
import ReaderUI

/// The reader without a terminal: the pure ReaderUI state, and its effects carried out on
/// the cache. The terminal shell and the benchmark both drive it.
public final class ReaderDriver {
    public let store: NewsStore
    public var state: ReaderState
    /// The user's saved searches (topics.conf `search:`), for the topics screen.
    public var savedSearches: () throws -> [(name: String, filter: StoryFilter)] = { [] }
    /// Saves a search under a name (appends it to topics.conf).
    public var saveSearch: (String, StoryFilter) throws -> Void = { _, _ in
        throw StoreError.sqlite("saved searches need a topics.conf")
    }
    /// Counts wait here until the frame is drawn, when the shell asks for them to be done:
    /// counting every match of a common word takes longer than showing the first of them.
    public private(set) var deferred: [Effect] = []
    /// The last count of each list, so pages near its end are read from the end.
    private var totals: [StoryFilter: Int] = [:]
    /// Stories opened whose read mark is not saved yet: the reader never waits for an
    /// import's transaction, it saves them on a later try.
    public private(set) var unsavedReads: [StoryID] = []
    private var lastChange: NewsStore.ChangeToken?

    public init(store: NewsStore, state: ReaderState) {
        self.store = store
        self.state = state
    }

    /// Feeds an event and carries out what follows; true when the reader should quit.
    /// With `deferringCounts`, counts wait for `performDeferred()`.
    public func send(_ event: Event, deferringCounts: Bool = false) -> Bool {
        perform(state.update(event), deferringCounts: deferringCounts)
    }

    /// Carries out effects and feeds their results back; true when the reader should quit.
    public func perform(_ effects: [Effect], deferringCounts: Bool = false) -> Bool {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .quit { return true }
            if deferringCounts, case .count = effect {
                if !deferred.contains(effect) { deferred.append(effect) }
                continue
            }
            for event in events(for: effect) { queue += state.update(event) }
        }
        return false
    }

    /// Saves the read marks not saved yet (they wait while another process writes); a cache
    /// that can only be read keeps none. Returns what went wrong otherwise.
    @discardableResult
    public func saveReads(waiting: Bool) -> StoreError? {
        guard !unsavedReads.isEmpty else { return nil }
        guard store.writeRefusal == nil else {
            unsavedReads = []
            return nil
        }
        do {
            try store.markRead(unsavedReads, waiting: waiting)
        } catch .busy {
            return nil
        } catch {
            unsavedReads = []
            return error
        }
        unsavedReads = []
        return nil
    }

    /// Carries out the counts put off by `send(_:deferringCounts:)`.
    public func performDeferred() -> Bool {
        let effects = deferred
        deferred = []
        return perform(effects)
    }

    /// Counts every list again and reads the bookmarks screen again, if another process (or
    /// this one) changed the cache since the last look; cheap when nothing changed.
    public func refreshIfChanged() -> Bool {
        let token = store.changeToken()
        guard token != lastChange else { return false }
        let first = lastChange == nil
        lastChange = token
        if first { return false }
        var effects = state.lists.map { Effect.count($0.filter) }
        if state.screen == .bookmarks { effects.append(.bookmarks) }
        return perform(effects)
    }

    private func events(for effect: Effect) -> [Event] {
        do {
            switch effect {
            case .count(let filter):
                saveReads(waiting: false)
                let total = try store.count(filter)
                totals[filter] = total
                return [.counted(filter, total, unread: try store.unreadCount(filter, total: total))]
            case .rows(let filter, let offset, let limit):
                let rows = try store.page(filter, offset: offset, limit: limit, total: totals[filter])
                let ids = rows.map(\.id)
                return [.rows(filter, offset: offset, rows, bookmarked: try store.storiesWithBookmarks(among: ids),
                              read: try store.readStories(among: ids))]
            case .open(let id, let focus):
                guard let analyzed = try store.analyzedStory(id) else { return [.failed("That story is no longer in the cache.")] }
                let bookmarked = Set(try store.bookmarks(of: id).map(\.text))
                return [.opened(analyzed, bookmarked: bookmarked, focus: focus)]
            case .markRead(let id):
                unsavedReads.append(id)
                return saveReads(waiting: false).map { [.failed($0.description)] } ?? []
            case .setRead(let id, let isRead):
                try store.setRead(id, isRead: isRead)
                return []
            case .markAllRead(let filter):
                let marked = try store.markAllRead(filter)
                return [.markedAllRead(filter, batch: marked.batch, marked: marked.count)]
            case .undoMarkAll(let batch):
                try store.undoMarkAllRead(batch: batch)
                return []
            case .findUnread(let filter, let offset, let forward, let open):
                let found = try store.unreadStory(filter, after: offset, forward: forward)
                return [.foundUnread(filter, offset: found?.offset, found?.story, open: open)]
            case .topics:
                return [.topics(try store.topicsWithMonths(unread: true) + savedSearchSummaries())]
            case .people:
                return [.people(try store.people(limit: 5000, unread: true))]
            case .personQuotes(let id, let name):
                return [.personQuotes(name, try store.quotes(personID: id, limit: 2000))]
            case .bookmarks:
                return [.bookmarks(try store.bookmarks())]
            case .bookmark(let id, let quote):
                guard let analyzed = try store.analyzedStory(id) else { return [] }
                let bookmark = try store.addBookmark(analyzed, quoteIndex: quote)
                return [.bookmarkChanged(id, text: bookmark.text, isBookmarked: true)]
            case .unbookmark(let id, let text):
                for bookmark in try store.bookmarks(of: id) where bookmark.text == text { try store.removeBookmark(id: bookmark.id) }
                return [.bookmarkChanged(id, text: text, isBookmarked: false)]
            case .removeBookmark(let id):
                guard try store.hasBookmark(id) else { return [.bookmarkMissing(id)] }
                return [.bookmarkRemoved(try store.removeBookmark(id: id))]
            case .restoreBookmark(let bookmark):
                try store.restoreBookmark(bookmark)
                return []
            case .setNote(let id, let note):
                guard try store.hasBookmark(id) else { return [.bookmarkMissing(id)] }
                return [.noteSaved(try store.setNote(note.isEmpty ? nil : note, bookmark: id))]
            case .saveSearch(let name, let filter):
                try saveSearch(name, filter)
                return [.searchSaved(name: name)]
            case .correctQuote(let id, let number, let choice):
                return try correctQuote(id, number: number, choice)
            case .quit:
                return []
            }
        } catch {
            return [.failed("\(error)")]
        }
    }

    /// Saved searches as topics: their stories counted, with the unread ones.
    private func savedSearchSummaries() throws -> [TopicSummary] {
        try savedSearches().map { saved in
            let total = try store.count(saved.filter)
            return TopicSummary(name: saved.name, kind: .search, stories: total,
                                unread: try store.unreadCount(saved.filter, total: total), filter: saved.filter)
        }
    }
}
