import GRDB
import NewsModel

extension NewsStore {
    /// Marks a story read (opened in the reader).
    public func markRead(_ id: StoryID) throws(StoreError) {
        try write { db in try db.execute(sql: "INSERT OR IGNORE INTO story_read (story_uid) VALUES (?)", arguments: [id.rawValue]) }
    }

    /// Which of these stories have been read.
    public func readStories(among ids: [StoryID]) throws(StoreError) -> Set<StoryID> {
        try storyIDs(among: ids, in: "story_read")
    }

    /// Which of these stories have a row in `table` (by its story_uid column).
    func storyIDs(among ids: [StoryID], in table: String) throws(StoreError) -> Set<StoryID> {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT story_uid FROM \(table) WHERE story_uid IN (\(marks))",
                                          arguments: StatementArguments(ids.map(\.rawValue))).map(StoryID.init(rawValue:)))
        }
    }

    /// Topics with their stories per month, from each topic's first month to its last.
    public func topicsWithMonths() throws(StoreError) -> [TopicSummary] {
        var topics = try self.topics()
        try read { db in
            for index in topics.indices {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM topic WHERE name = ?", arguments: [topics[index].name]) else { continue }
                let rows = try Row.fetchAll(db, sql: "SELECT day / 100 AS month, count(*) AS stories FROM story_topic WHERE topic_id = ? GROUP BY month ORDER BY month", arguments: [id])
                guard let first: Int = rows.first?["month"], let last: Int = rows.last?["month"] else { continue }
                var counts: [Int: Int] = [:]
                for row in rows { counts[row["month"]] = row["stories"] }
                var months: [Int] = []
                var month = first
                while month <= last {
                    months.append(counts[month] ?? 0)
                    month = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1
                }
                topics[index].months = months
            }
        }
        return topics
    }
}
