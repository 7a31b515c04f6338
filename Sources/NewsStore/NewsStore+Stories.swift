import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// A page of the list: newest first, or by relevance when the filter searches. Given the
    /// list's `total`, a page in its second half is read from the end: an offset makes SQLite
    /// step over every row before it, 40 ms at the bottom of a million stories.
    public func page(_ filter: StoryFilter, offset: Int = 0, limit: Int, total: Int? = nil) throws(StoreError) -> [StorySummary] {
        try searching(filter) { db in
            if let search = filter.searchText { return try searchPage(filter, search, offset: offset, limit: limit, db) }
            let query = try StoryQuery(filter, db)
            var order = query.order, offset = offset, limit = limit, reversed = false
            if let total, offset > total / 2, offset < total {
                reversed = true
                order = query.reversedOrder
                limit = min(limit, total - offset)
                offset = total - offset - limit
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT story.uid, story.published, story.agency, story.section, story.title
                \(query.from) \(query.where)
                \(order) LIMIT ? OFFSET ?
                """, arguments: query.arguments + [limit, offset])
            let page = rows.map(StorySummary.init(row:))
            return reversed ? page.reversed() : page
        }
    }

    public func count(_ filter: StoryFilter) throws(StoreError) -> Int {
        try searching(filter) { db in
            if let search = filter.searchText { return try searchCount(filter, search, db).total }
            let query = try StoryQuery(filter, db)
            return try Int.fetchOne(db, sql: "SELECT count(*) \(query.from) \(query.where)", arguments: query.arguments) ?? 0
        }
    }

    public func story(_ id: StoryID) throws(StoreError) -> Story? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM story WHERE uid = ?", arguments: [id.rawValue]).map(Story.init(row:))
        }
    }

    /// Reads, reporting a search that FTS5 cannot parse as the user's mistake, in words
    /// (SQLite's "fts5: syntax error near ..." means nothing to them).
    func searching<T>(_ filter: StoryFilter, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw searchError(error, filter) }
    }

    func searchError(_ error: Error, _ filter: StoryFilter) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_ERROR, let search = filter.search {
            return .invalidSearch(query: search, detail: SearchQuery.explanation(of: error.message ?? ""))
        }
        return NewsStore.storeError(error, path: path)
    }

    /// The one story whose id starts with `prefix` (at least 4 hex digits), like git.
    public func resolve(_ prefix: String) throws(StoreError) -> StoryID {
        guard prefix.count >= 4, let range = StoryID.range(forPrefix: prefix) else { throw .invalidID(prefix) }
        let ids = try read { db in
            try Int64.fetchAll(db, sql: "SELECT uid FROM story WHERE uid BETWEEN ? AND ? LIMIT 6",
                               arguments: [range.lowerBound, range.upperBound])
        }
        switch ids.count {
        case 0: throw .noSuchStory(prefix: prefix)
        case 1: return StoryID(rawValue: ids[0])
        default: throw .ambiguousID(prefix: prefix, candidates: ids.prefix(5).map { StoryID(rawValue: $0).hex })
        }
    }
}

extension StoryFilter {
    /// The search, when there is one to run.
    var searchText: String? {
        guard let search = search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty else { return nil }
        return search
    }
}

/// The FROM, WHERE and ORDER BY of a filtered story list without a search (see SearchPlan).
struct StoryQuery {
    var from = "FROM story"
    var conditions: [String] = []
    var arguments: StatementArguments = []
    var order = "ORDER BY story.published DESC, story.uid DESC"
    /// The same order from the other end.
    var reversedOrder = "ORDER BY story.published ASC, story.uid ASC"

    init(_ filter: StoryFilter, _ db: Database) throws {
        if let since = filter.since {
            conditions.append("story.published >= ?")
            arguments += [since.description]
        }
        if let until = filter.until {
            conditions.append("story.published <= ?")
            arguments += [until.description]
        }
        if let section = filter.section {
            if try NewsStore.hasOtherFilings(section: section, db) {
                conditions.append("""
                    (story.section = ? COLLATE NOCASE
                     OR story.rowid IN (SELECT story_rowid FROM story_filing WHERE section = ? COLLATE NOCASE))
                    """)
                arguments += [section, section]
            } else {
                conditions.append("story.section = ? COLLATE NOCASE")
                arguments += [section]
            }
        }
        if let person = filter.person {
            let stories = try NewsStore.personGroup(person, PersonCorrections(db), db).storyRowids()
            conditions.append("story.rowid IN (\(stories.sql))")
            arguments += stories.arguments
        }
        if let topic = filter.topic {
            conditions.append("story.rowid IN (SELECT story_rowid FROM story_topic WHERE topic_id = ?)")
            arguments += [try NewsStore.topicID(topic, db)]
        }
        if filter.unreadOnly {
            conditions.append("NOT EXISTS (SELECT 1 FROM story_read WHERE story_read.story_uid = story.uid)")
        }
    }

    var `where`: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }
}

extension StorySummary {
    init(row: Row) {
        self.init(id: StoryID(rawValue: row["uid"]), published: Day(stored: row["published"]),
                  agency: row["agency"], section: row["section"], title: row["title"])
    }
}

extension Story {
    init(row: Row) {
        let authors: String = row["authors"]
        let body = (row["body"] as Data?).flatMap(CompressedText.decompress) ?? "(the text of this story is damaged in the cache)"
        self.init(wireDate: Day(stored: row["wire_date"]), section: row["section"],
                  category: row["category"], title: row["title"], byline: row["byline"],
                  authors: authors.isEmpty ? [] : authors.components(separatedBy: "\n"),
                  place: row["place"], agency: row["agency"],
                  published: Day(stored: row["published"]),
                  paragraphs: body.components(separatedBy: "\n"))
    }
}

extension Day {
    /// Dates in the cache were written by `save`; a damaged one reads as 1970-01-01, not a crash.
    init(stored text: String?) {
        self = text.flatMap { Day(iso: $0) } ?? Day(year: 1970, month: 1, day: 1)!
    }
}
