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
                  SELECT story_analysis.story_rowid, data FROM story_analysis JOIN story_key ON story_key.rowid = story_analysis.story_rowid
                  WHERE NOT EXISTS (SELECT 1 FROM story_read WHERE story_uid = story_key.uid)
                  """
                : """
                  SELECT story_analysis.story_rowid, data FROM story_read CROSS JOIN story ON story.uid = story_read.story_uid
                  JOIN story_analysis ON story_analysis.story_rowid = story.rowid
                  """
            var topicCounts: [String: Int] = [:]
            var nameCounts: [String: Int] = [:]
            let names = try PeopleOfStory(db)
            let cursor = try Row.fetchCursor(db, sql: sql)
            while let row = try cursor.next() {
                guard let analysis = (row["data"] as Data?).flatMap(StoredAnalysis.decode) else { continue }
                for topic in Set(analysis.topics.map(\.key)) { topicCounts[topic, default: 0] += 1 }
                if !people.isEmpty {
                    for name in try names.keys(analysis, rowid: row["story_rowid"], db) { nameCounts[name, default: 0] += 1 }
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

/// The people a story names as the counts of `people` see them: the person keys of its
/// analysis (as its quotation corrections change it, as its index rows were written), each
/// taken to the person corrections make of it.
private struct PeopleOfStory {
    let corrections: PersonCorrections
    /// Rowids of the stories with quotation corrections (a few, made by hand).
    let correctedStories: Set<Int64>

    init(_ db: Database) throws {
        corrections = try PersonCorrections(db)
        correctedStories = Set(try Int64.fetchAll(db, sql: """
            SELECT story.rowid FROM quotation_correction JOIN story ON story.uid = quotation_correction.story_uid
            """))
    }

    func keys(_ analysis: StoryAnalysis, rowid: Int64, _ db: Database) throws -> Set<String> {
        // The index rows have no index by story: the story's text is read instead (a few of them).
        let people = correctedStories.contains(rowid)
            ? try NewsStore.applyingQuotationCorrections(to: analysis, rowid: rowid, db).people : analysis.people
        let keys = people.map { NewsStore.personKey($0.name) }
        guard !corrections.isEmpty else { return Set(keys) }
        return Set(keys.compactMap { corrections.person($0, name: $0)?.key })
    }
}
