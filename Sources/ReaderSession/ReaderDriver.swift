import Foundation
import NewsModel
import NewsStore
import ReaderUI

/// The reader without a terminal: the pure ReaderUI state, and its effects carried out on
/// the cache. The terminal shell and the benchmark both drive it.
public final class ReaderDriver {
    public let store: NewsStore
    public var state: ReaderState
    /// The last count of each list, so pages near its end are read from the end.
    private var totals: [StoryFilter: Int] = [:]
    /// Stories opened whose read mark is not saved yet: the reader never waits for an
    /// import's transaction, it saves them on a later try.
    public private(set) var unsavedReads: [StoryID] = []

    public init(store: NewsStore, state: ReaderState) {
        self.store = store
        self.state = state
    }

    /// Feeds an event and carries out what follows; true when the reader should quit.
    public func send(_ event: Event) -> Bool {
        perform(state.update(event))
    }

    /// Carries out effects and feeds their results back; true when the reader should quit.
    public func perform(_ effects: [Effect]) -> Bool {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .quit { return true }
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

    private func events(for effect: Effect) -> [Event] {
        do {
            switch effect {
            case .count(let filter):
                saveReads(waiting: false)
                let total = try store.count(filter)
                totals[filter] = total
                return [.counted(filter, total)]
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
            case .topics:
                return [.topics(try store.topicsWithMonths())]
            case .people:
                return [.people(try store.people(limit: 5000))]
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
                return [.bookmarkRemoved(try store.removeBookmark(id: id))]
            case .restoreBookmark(let bookmark):
                try store.restoreBookmark(bookmark)
                return []
            case .correctQuote(let id, let number, let choice):
                return try correctQuote(id, number: number, choice)
            case .quit:
                return []
            }
        } catch {
            return [.failed("\(error)")]
        }
    }
}
