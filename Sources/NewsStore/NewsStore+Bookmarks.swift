import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Bookmarks, newest first, with the speakers corrections give their quotations.
    public func bookmarks() throws(StoreError) -> [Bookmark] {
        try read { db in
            let bookmarks = try Row.fetchAll(db, sql: "SELECT * FROM bookmark ORDER BY created DESC, id DESC").map(Bookmark.init(row:))
            return try NewsStore.applyingCorrections(to: bookmarks, db)
        }
    }

    /// The bookmarks of one story.
    public func bookmarks(of story: StoryID) throws(StoreError) -> [Bookmark] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM bookmark WHERE story_uid = ? ORDER BY paragraph, start",
                             arguments: [story.rawValue]).map(Bookmark.init(row:))
        }
    }

    /// Which of these stories have bookmarked quotations.
    public func storiesWithBookmarks(among ids: [StoryID]) throws(StoreError) -> Set<StoryID> {
        try storyIDs(among: ids, in: "bookmark")
    }

    /// Bookmarks the quotation `e53bd3b3ff.2` (a story id prefix, a period, its number).
    @discardableResult
    public func addBookmark(quoteID: String, note: String? = nil) throws(StoreError) -> Bookmark {
        let (story, number) = try quoteNumber(quoteID)
        guard let analyzed = try analyzedStory(story) else { throw .noSuchQuote(quoteID) }
        let index = try read { db in try NewsStore.quoteIndex(number, in: analyzed, id: quoteID, db) }
        return try addBookmark(analyzed, quoteIndex: index, note: note)
    }

    /// Bookmarks a quotation of a story; bookmarking it again returns the bookmark it has,
    /// with the new note if one is given. `created` keeps the time of a bookmark imported
    /// again (else now).
    @discardableResult
    public func addBookmark(_ analyzed: AnalyzedStory, quoteIndex: Int, note: String? = nil,
                            created: String? = nil) throws(StoreError) -> Bookmark {
        let analysis = analyzed.analysis
        guard analysis.quotes.indices.contains(quoteIndex) else { throw .noSuchQuote("\(analyzed.story.id.short).\(quoteIndex)") }
        let quote = analysis.quotes[quoteIndex]
        let story = analyzed.story
        let formatter = ISO8601DateFormatter()
        var bookmark = Bookmark(storyID: story.id, text: quote.text(in: story.paragraphs), speaker: quote.speaker.text,
                                speakerKind: quote.speaker.kind, role: quote.speaker.person.flatMap { analysis.people[$0].role },
                                paragraph: quote.start.paragraph, start: quote.start.start, created: created ?? formatter.string(from: Date()),
                                note: note, title: story.title, agency: story.agency, place: story.place, published: story.published)
        bookmark.speakerCorrected = analyzed.correctedSpeakers.contains(quoteIndex)
        return try save(bookmark)
    }

    /// Puts back a removed bookmark (undo), with its id and time.
    @discardableResult
    public func restoreBookmark(_ bookmark: Bookmark) throws(StoreError) -> Bookmark {
        try save(bookmark)
    }

    private func save(_ bookmark: Bookmark) throws(StoreError) -> Bookmark {
        try write { db in
            if let existing = try Row.fetchOne(db, sql: "SELECT * FROM bookmark WHERE story_uid = ? AND text = ?",
                                               arguments: [bookmark.storyID.rawValue, bookmark.text]) {
                var kept = Bookmark(row: existing)
                if let note = bookmark.note, note != kept.note {
                    try db.execute(sql: "UPDATE bookmark SET note = ? WHERE id = ?", arguments: [note, kept.id])
                    kept.note = note
                }
                return kept
            }
            try db.execute(sql: """
                INSERT INTO bookmark (id, story_uid, text, speaker, speaker_kind, role, paragraph, start, created, note,
                                      title, agency, place, published)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [bookmark.id == 0 ? nil : bookmark.id, bookmark.storyID.rawValue, bookmark.text,
                                 bookmark.speaker, bookmark.speakerKind.rawValue, bookmark.role, bookmark.paragraph,
                                 bookmark.start, bookmark.created, bookmark.note, bookmark.title, bookmark.agency,
                                 bookmark.place, bookmark.published.description])
            var saved = bookmark
            saved.id = db.lastInsertedRowID
            return saved
        }
    }

    /// Whether the bookmark is still there (another process may have removed it).
    public func hasBookmark(_ id: Int64) throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM bookmark WHERE id = ?", arguments: [id]) ?? false }
    }

    /// Sets (or, with nil, removes) a bookmark's note; returns the bookmark as `bookmarks`
    /// lists it (with its corrected speaker).
    @discardableResult
    public func setNote(_ note: String?, bookmark id: Int64) throws(StoreError) -> Bookmark {
        try write { db in
            try db.execute(sql: "UPDATE bookmark SET note = ? WHERE id = ?", arguments: [note, id])
            guard db.changesCount == 1, let row = try Row.fetchOne(db, sql: "SELECT * FROM bookmark WHERE id = ?", arguments: [id]) else {
                throw StoreError.noSuchBookmark(id)
            }
            return try NewsStore.applyingCorrections(to: [Bookmark(row: row)], db)[0]
        }
    }

    /// Removes a bookmark and returns it, so it can be restored.
    @discardableResult
    public func removeBookmark(id: Int64) throws(StoreError) -> Bookmark {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM bookmark WHERE id = ?", arguments: [id]) else {
                throw StoreError.noSuchBookmark(id)
            }
            try db.execute(sql: "DELETE FROM bookmark WHERE id = ?", arguments: [id])
            return Bookmark(row: row)
        }
    }
}

extension Bookmark {
    init(row: Row) {
        self.init(id: row["id"], storyID: StoryID(rawValue: row["story_uid"]), text: row["text"], speaker: row["speaker"],
                  speakerKind: Speaker.Kind(rawValue: row["speaker_kind"]) ?? .unknown, role: row["role"],
                  paragraph: row["paragraph"], start: row["start"], created: row["created"], note: row["note"],
                  title: row["title"], agency: row["agency"], place: row["place"], published: Day(stored: row["published"]))
        isOrphaned = row["orphaned"] ?? false
    }
}
