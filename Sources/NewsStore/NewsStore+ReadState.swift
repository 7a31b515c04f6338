import GRDB
import NewsModel

extension NewsStore {
    /// Marks a story read or unread (a toggle in the reader, `newswire mark`).
    public func setRead(_ id: StoryID, isRead: Bool) throws(StoreError) {
        try write { db in
            if isRead {
                try db.execute(sql: "INSERT OR IGNORE INTO story_read (story_uid) VALUES (?)", arguments: [id.rawValue])
            } else {
                try db.execute(sql: "DELETE FROM story_read WHERE story_uid = ?", arguments: [id.rawValue])
            }
        }
    }

    /// Marks every story of the filter read, as one batch that `undoMarkAllRead` takes back;
    /// returns the batch and how many stories it marked (those already read are left alone).
    @discardableResult
    public func markAllRead(_ filter: StoryFilter) throws(StoreError) -> (batch: Int64, count: Int) {
        try writingSearch(filter) { db in
            let batch = (try Int64.fetchOne(db, sql: "SELECT max(batch) FROM story_read") ?? 0) + 1
            let select: String
            var arguments: StatementArguments
            if let search = filter.searchText {
                let plan = try SearchPlan(filter, search, db)
                select = "SELECT (SELECT uid FROM story_key WHERE rowid = \(plan.index).rowid), ? \(plan.fromWhere)"
                arguments = [batch] + plan.arguments
            } else {
                let query = try StoryQuery(filter, db)
                select = "SELECT story.uid, ? \(query.from) \(query.where)"
                arguments = [batch] + query.arguments
            }
            try db.execute(sql: "INSERT OR IGNORE INTO story_read (story_uid, batch) \(select)", arguments: arguments)
            return (batch, db.changesCount)
        }
    }

    /// Marks every story of the filter unread; returns how many were read.
    @discardableResult
    public func markAllUnread(_ filter: StoryFilter) throws(StoreError) -> Int {
        try writingSearch(filter) { db in
            if filter == StoryFilter() {
                try db.execute(sql: "DELETE FROM story_read")
                return db.changesCount
            }
            let select: String
            let arguments: StatementArguments
            if let search = filter.searchText {
                let plan = try SearchPlan(filter, search, db)
                select = "SELECT (SELECT uid FROM story_key WHERE rowid = \(plan.index).rowid) \(plan.fromWhere)"
                arguments = plan.arguments
            } else {
                let query = try StoryQuery(filter, db)
                select = "SELECT story.uid \(query.from) \(query.where)"
                arguments = query.arguments
            }
            try db.execute(sql: "DELETE FROM story_read WHERE story_uid IN (\(select))", arguments: arguments)
            return db.changesCount
        }
    }

    /// Takes back a `markAllRead`: its stories are unread again (unless read since, one by one).
    public func undoMarkAllRead(batch: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM story_read WHERE batch = ?", arguments: [batch]) }
    }

    /// How many stories of the filter are unread, given how many it has. Read stories are
    /// counted, not unread ones: a reader has read far fewer stories than a cache holds.
    public func unreadCount(_ filter: StoryFilter, total: Int) throws(StoreError) -> Int {
        if filter.unreadOnly { return total }
        return try searching(filter) { db in
            if let search = filter.searchText { return try searchCount(filter, search, db).unread }
            let query = try StoryQuery(filter, db)
            let read = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM story_read CROSS JOIN story ON story.uid = story_read.story_uid
                \(query.where)
                """, arguments: query.arguments) ?? 0
            return max(0, total - read)
        }
    }

    /// The nearest unread story after (or before) `offset` in the filter's list, and where it is;
    /// nil when none is within `horizon` stories.
    public func unreadStory(_ filter: StoryFilter, after offset: Int, forward: Bool,
                            horizon: Int = 10_000) throws(StoreError) -> (offset: Int, story: StorySummary)? {
        let pageSize = 200
        var start = forward ? offset + 1 : max(0, offset - pageSize)
        var end = forward ? start + pageSize : offset
        var looked = 0
        while looked < horizon, start < end || forward {
            let rows = try page(filter, offset: start, limit: end - start)
            if rows.isEmpty { return nil }
            let read = try readStories(among: rows.map(\.id))
            let candidates = forward ? Array(rows.enumerated()) : rows.enumerated().reversed()
            if let (index, story) = candidates.first(where: { !read.contains($0.element.id) }) {
                return (start + index, story)
            }
            looked += rows.count
            if !forward && start == 0 { return nil }
            if forward { start = end; end = start + pageSize } else { end = start; start = max(0, start - pageSize) }
        }
        return nil
    }

    /// A write that may run a search, whose syntax errors are the user's.
    private func writingSearch<T>(_ filter: StoryFilter, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw searchError(error, filter) }
    }
}
