import Foundation
import GRDB
import NewsModel

extension NewsStore {
    public func people(limit: Int? = nil) throws(StoreError) -> [PersonSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT person.id, person.name,
                       (SELECT role FROM story_person r WHERE r.person_id = person.id AND r.role IS NOT NULL
                        ORDER BY r.day DESC LIMIT 1) AS role,
                       (SELECT count(*) FROM story_person s WHERE s.person_id = person.id) AS stories,
                       (SELECT count(*) FROM quote q WHERE q.person_id = person.id) AS quotations
                FROM person
                ORDER BY stories DESC, quotations DESC, person.name
                LIMIT ?
                """, arguments: [limit ?? -1]).compactMap { row in
                    let stories: Int = row["stories"]
                    guard stories > 0 else { return nil }  // everyone whose stories were all re-analysed away
                    return PersonSummary(id: row["id"], name: row["name"], role: row["role"], stories: stories,
                                         quotations: row["quotations"])
                }
        }
    }

    public func topics() throws(StoreError) -> [TopicSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT topic.name, topic.kind, count(*) AS stories
                FROM story_topic JOIN topic ON topic.id = story_topic.topic_id
                GROUP BY topic.id ORDER BY stories DESC, topic.name
                """).map { TopicSummary(name: $0["name"], kind: Topic.Kind(rawValue: $0["kind"]) ?? .user, stories: $0["stories"]) }
        }
    }

    /// Quotations, newest story first, optionally by one person or within one topic.
    public func quotes(person: String? = nil, personID: Int64? = nil, topic: String? = nil,
                       limit: Int? = nil) throws(StoreError) -> [QuoteRecord] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let id = try personID ?? person.map({ try NewsStore.personID($0, db) }) {
                conditions.append("quote.person_id = ?")
                arguments += [id]
            }
            if let topic {
                conditions.append("quote.story_rowid IN (SELECT story_rowid FROM story_topic WHERE topic_id = ?)")
                arguments += [try NewsStore.topicID(topic, db)]
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT quote.*, story.uid, story.published, story.agency, story.section, story.title, story.body
                FROM quote JOIN story ON story.rowid = quote.story_rowid
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY story.published DESC, story.uid DESC, quote.position
                LIMIT ?
                """, arguments: arguments + [limit ?? -1])
            return rows.map(NewsStore.quoteRecord)
        }
    }

    /// One quotation by its id (`e53bd3b3ff.2`; any unique prefix of the story id).
    public func quote(_ id: String) throws(StoreError) -> QuoteRecord {
        let parts = id.split(separator: ".")
        guard parts.count == 2, let position = Int(parts[1]) else { throw .noSuchQuote(id) }
        let story = try resolve(String(parts[0]))
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT quote.*, story.uid, story.published, story.agency, story.section, story.title, story.body
                FROM quote JOIN story ON story.rowid = quote.story_rowid
                WHERE story.uid = ? AND quote.position = ?
                """, arguments: [story.rawValue, position]) else { throw StoreError.noSuchQuote(id) }
            return NewsStore.quoteRecord(row)
        }
    }

    static func quoteRecord(_ row: Row) -> QuoteRecord {
        let body = (row["body"] as Data?).flatMap(CompressedText.decompress) ?? ""
        let quote = Quote(start: TextSpan(paragraph: row["paragraph"], start: row["start"], end: row["end"]),
                          endParagraph: row["end_paragraph"],
                          speaker: Speaker(kind: Speaker.Kind(rawValue: row["speaker_kind"]) ?? .unknown, text: row["speaker"]),
                          partial: row["partial"])
        let summary = StorySummary(id: StoryID(rawValue: row["uid"]), published: Day(stored: row["published"]),
                                   agency: row["agency"], section: row["section"], title: row["title"])
        let position: Int = row["position"]
        return QuoteRecord(id: "\(summary.id.short).\(position)", text: quote.text(in: body.components(separatedBy: "\n")),
                           quote: quote, personID: row["person_id"], story: summary)
    }

    /// The person a name or a unique part of one names: "Sanae Takaichi", "takaichi".
    static func personID(_ name: String, _ db: Database) throws -> Int64 {
        let key = name.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE key = ?", arguments: [key]) { return id }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        let matches = try Row.fetchAll(db, sql: """
            SELECT id, name FROM person WHERE (' ' || key || ' ') LIKE ? ESCAPE '\\'
              AND EXISTS (SELECT 1 FROM story_person WHERE person_id = person.id) LIMIT 6
            """, arguments: ["% \(escaped) %"])
        switch matches.count {
        case 0: throw StoreError.noSuchPerson(name)
        case 1: return matches[0]["id"]
        default: throw StoreError.ambiguousPerson(name, candidates: matches.map { $0["name"] })
        }
    }

    static func topicID(_ name: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM topic WHERE key = ?", arguments: [Topic.key(name)]) else {
            throw StoreError.noSuchTopic(name)
        }
        return id
    }
}
