import Foundation
import GRDB
import NewsModel

/// What `reattach` did with a bookmark exported from another cache.
public enum Reattachment: Equatable, Sendable {
    /// Attached to its quotation in this cache, with the citation as this cache has it.
    case attached
    /// This cache already had it.
    case alreadyThere
    /// Its story, or the quotation in the story, is not in this cache: kept with its own copy
    /// of the citation; it shows with the story once the story is imported (by story and text).
    case keptUnattached(reason: String)
    /// Only its story and text were exported and the story is not in this cache: nothing to
    /// keep it with.
    case notImported(reason: String)
}

extension NewsStore {
    /// Puts back a bookmark exported (`bookmarks --json`, `salvage`) from another cache, the
    /// same quotation found by its text in the story as this cache analysed it. `complete`
    /// says whether the export had its citation (title, date), or only its story and text.
    public func reattach(_ bookmark: Bookmark, complete: Bool) throws(StoreError) -> Reattachment {
        let exists = try read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM bookmark WHERE story_uid = ? AND text = ?",
                              arguments: [bookmark.storyID.rawValue, bookmark.text]) ?? false
        }
        if exists { return .alreadyThere }
        guard let analyzed = try analyzedStory(bookmark.storyID) else {
            if !complete { return .notImported(reason: "its story is not in the cache, and only its text was saved; import the story and run this again") }
            try restoreBookmark(withoutID(bookmark))
            return .keptUnattached(reason: "its story is not in the cache; kept with its citation, it shows with the story once imported")
        }
        let paragraphs = analyzed.story.paragraphs
        let matches = analyzed.analysis.quotes.indices.filter { analyzed.analysis.quotes[$0].text(in: paragraphs) == bookmark.text }
        let nearest = matches.min { a, b in
            let (qa, qb) = (analyzed.analysis.quotes[a].start, analyzed.analysis.quotes[b].start)
            return (abs(qa.paragraph - bookmark.paragraph), abs(qa.start - bookmark.start))
                < (abs(qb.paragraph - bookmark.paragraph), abs(qb.start - bookmark.start))
        }
        if let nearest {
            try addBookmark(analyzed, quoteIndex: nearest, note: bookmark.note, created: bookmark.created.isEmpty ? nil : bookmark.created)
            return .attached
        }
        var copy = withoutID(bookmark)
        if !complete {
            copy.title = analyzed.story.title
            copy.agency = analyzed.story.agency
            copy.place = analyzed.story.place
            copy.published = analyzed.story.published
        }
        try restoreBookmark(copy)
        return .keptUnattached(reason: "the story has no such quotation as this cache analysed it; kept with the story")
    }

    /// A new id in this cache (the exported one may be taken here), and a time if it had none.
    private func withoutID(_ bookmark: Bookmark) -> Bookmark {
        var copy = bookmark
        copy.id = 0
        if copy.created.isEmpty { copy.created = ISO8601DateFormatter().string(from: Date()) }
        return copy
    }
}
