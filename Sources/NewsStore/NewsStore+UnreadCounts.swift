import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Unread stories per topic (by key) and per person (by id), from their totals. The stored
    /// analyses of the read stories are counted, or of the unread ones when fewer: a few
    /// microseconds a story of the smaller side.
    func unreadCounts(totals topics: [(name: String, stories: Int)], people: [(id: Int64, stories: Int)])
        throws(StoreError) -> (topics: [String: Int], people: [Int64: Int]) {
        try read { db in
            let stories = try Int.fetchOne(db, sql: "SELECT count(*) FROM story_key") ?? 0
            let read = try Int.fetchOne(db, sql: "SELECT count(*) FROM story_read") ?? 0
            let countUnread = read > stories / 2
            let sql = countUnread
                ? """
                  SELECT data FROM story_analysis JOIN story_key ON story_key.rowid = story_analysis.story_rowid
                  WHERE NOT EXISTS (SELECT 1 FROM story_read WHERE story_uid = story_key.uid)
                  """
                : """
                  SELECT data FROM story_read CROSS JOIN story ON story.uid = story_read.story_uid
                  JOIN story_analysis ON story_analysis.story_rowid = story.rowid
                  """
            var topicCounts: [String: Int] = [:]
            var nameCounts: [String: Int] = [:]
            let cursor = try Data.fetchCursor(db, sql: sql)
            while let data = try cursor.next() {
                guard let analysis = StoredAnalysis.decode(data) else { continue }
                for topic in Set(analysis.topics.map(\.key)) { topicCounts[topic, default: 0] += 1 }
                if !people.isEmpty {
                    for name in Set(analysis.people.map { NewsStore.personKey($0.name) }) { nameCounts[name, default: 0] += 1 }
                }
            }
            var byTopic: [String: Int] = [:]
            for topic in topics {
                let key = Topic.key(topic.name)
                byTopic[key] = countUnread ? topicCounts[key] ?? 0 : max(0, topic.stories - (topicCounts[key] ?? 0))
            }
            var byPerson: [Int64: Int] = [:]
            if !people.isEmpty {
                var counted: [Int64: Int] = [:]
                var ids: [String: Int64] = [:]
                for (name, count) in nameCounts {
                    if let id = try NewsStore.personID(ofStoredName: name, cache: &ids, db) { counted[id, default: 0] += count }
                }
                for person in people {
                    byPerson[person.id] = countUnread ? counted[person.id] ?? 0 : max(0, person.stories - (counted[person.id] ?? 0))
                }
            }
            return (byTopic, byPerson)
        }
    }
}
