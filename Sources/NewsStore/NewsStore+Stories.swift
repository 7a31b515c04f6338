import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// A page of the list: newest first, or by relevance when the filter searches. Given the
    /// list's `total`, a page in its second half is read from the end: an offset makes SQLite
    /// step over every row before it, 40 ms at the bottom of a million stories.
    public func page(_ filter: StoryFilter, offset: Int = 0, limit: Int, total: Int? = nil) throws(StoreError) -> [StorySummary] {
        try searching(filter) { db in
            let query = try StoryQuery(filter, db)
            var order = query.order, offset = offset, limit = limit, reversed = false
            if let total, let backwards = query.reversedOrder, offset > total / 2, offset < total {
                reversed = true
                order = backwards
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
            let query = try StoryQuery(filter, db)
            return try Int.fetchOne(db, sql: "SELECT count(*) \(query.from) \(query.where)", arguments: query.arguments) ?? 0
        }
    }

    public func story(_ id: StoryID) throws(StoreError) -> Story? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM story WHERE uid = ?", arguments: [id.rawValue]).map(Story.init(row:))
        }
    }

    /// Reads, reporting a search that FTS5 cannot parse as the user's mistake.
    private func searching<T>(_ filter: StoryFilter, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && filter.search != nil {
            throw .invalidSearch(query: filter.search ?? "", detail: error.message ?? "syntax error")
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
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

/// The FROM, WHERE and ORDER BY of a filtered story list.
struct StoryQuery {
    var from = "FROM story"
    var conditions: [String] = []
    var arguments: StatementArguments = []
    var order = "ORDER BY story.published DESC, story.uid DESC"
    /// The same order from the other end; nil for relevance, whose ties have no order.
    var reversedOrder: String? = "ORDER BY story.published ASC, story.uid ASC"

    init(_ filter: StoryFilter, _ db: Database) throws {
        if let search = filter.search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty {
            let index = CJKText.contains(search) ? "story_cjk" : "story_fts"
            let match = index == "story_cjk" ? CJKText.query(search) : SearchQuery.fts5(search)
            from = "FROM \(index) JOIN story ON story.rowid = \(index).rowid"
            conditions.append("\(index) MATCH ?")
            arguments += [match]
            order = "ORDER BY \(index).rank"
            reversedOrder = nil
        }
        if let since = filter.since {
            conditions.append("story.published >= ?")
            arguments += [since.description]
        }
        if let until = filter.until {
            conditions.append("story.published <= ?")
            arguments += [until.description]
        }
        if let section = filter.section {
            conditions.append("story.section = ? COLLATE NOCASE")
            arguments += [section]
        }
        if let person = filter.person {
            let ids = try NewsStore.personGroup(person, PersonCorrections(db), db).ids
            let marks = ids.count == 1 ? "= ?" : "IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))"
            conditions.append("story.rowid IN (SELECT story_rowid FROM story_person WHERE person_id \(marks))")
            arguments += StatementArguments(ids)
        }
        if let topic = filter.topic {
            conditions.append("story.rowid IN (SELECT story_rowid FROM story_topic WHERE topic_id = ?)")
            arguments += [try NewsStore.topicID(topic, db)]
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
