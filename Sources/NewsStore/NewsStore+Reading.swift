import GRDB
import NewsModel

extension NewsStore {
    /// Marks stories read (opened in the reader). With `waiting` false it gives up at once,
    /// with `StoreError.busy`, while another process writes: the reader must not freeze for
    /// an import, and can try again later.
    public func markRead(_ ids: [StoryID], waiting: Bool = true) throws(StoreError) {
        try write(waiting: waiting) { db in
            for id in ids {
                try db.execute(sql: "INSERT OR IGNORE INTO story_read (story_uid) VALUES (?)", arguments: [id.rawValue])
            }
        }
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

    /// Topics with their stories per month, from each topic's first month to its last, in
    /// the order of `topics()`: one grouped pass over the topic index gives both the months
    /// and the totals.
    public func topicsWithMonths(unread: Bool = false) throws(StoreError) -> [TopicSummary] {
        var topics = try topicsWithMonths()
        guard unread else { return topics }
        let counts = try unreadCounts(totals: topics.map { ($0.name, $0.stories) }, people: [])
        for index in topics.indices { topics[index].unread = counts.topics[Topic.key(topics[index].name)] }
        return topics
    }

    private func topicsWithMonths() throws(StoreError) -> [TopicSummary] {
        let perMonth = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT topic.name, topic.kind, story_topic.day / 100 AS month, count(*) AS stories
                FROM story_topic JOIN topic ON topic.id = story_topic.topic_id
                GROUP BY story_topic.topic_id, month ORDER BY month
                """)
        }
        var topics: [TopicSummary] = []
        var monthsOf: [String: [(month: Int, stories: Int)]] = [:]
        for row in perMonth {
            let name: String = row["name"]
            if monthsOf[name] == nil {
                topics.append(TopicSummary(name: name, kind: Topic.Kind(rawValue: row["kind"]) ?? .user, stories: 0))
            }
            monthsOf[name, default: []].append((row["month"], row["stories"]))
        }
        for index in topics.indices {
            let rows = monthsOf[topics[index].name]!
            topics[index].stories = rows.reduce(0) { $0 + $1.stories }
            let byMonth = Dictionary(rows.map { ($0.month, $0.stories) }, uniquingKeysWith: +)
            topics[index].firstMonth = rows.first!.month
            var month = rows.first!.month
            while month <= rows.last!.month {
                topics[index].months.append(byMonth[month] ?? 0)
                month = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1
            }
        }
        return topics.sorted { ($1.stories, $0.name) < ($0.stories, $1.name) }
    }
}
