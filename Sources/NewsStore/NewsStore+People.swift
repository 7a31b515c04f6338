import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// People with the most stories first; with `unread`, the unread stories naming each.
    public func people(limit: Int? = nil, unread: Bool) throws(StoreError) -> [PersonSummary] {
        var people = try people(limit: limit)
        guard unread else { return people }
        let counts = try unreadCounts(totals: [], people: people.map { ($0.id, $0.stories) })
        for index in people.indices { people[index].unread = counts.people[people[index].id] }
        return people
    }

    public func people(limit: Int? = nil) throws(StoreError) -> [PersonSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT person.id, person.name, count(*) AS stories, sum(story_person.quotes) AS quotations,
                       (SELECT role FROM story_person r WHERE r.person_id = person.id AND r.role IS NOT NULL
                        ORDER BY r.day DESC LIMIT 1) AS role
                FROM story_person JOIN person ON person.id = story_person.person_id
                GROUP BY story_person.person_id
                ORDER BY stories DESC, quotations DESC, person.name
                LIMIT ?
                """, arguments: [limit ?? -1]).map { row in
                    PersonSummary(id: row["id"], name: row["name"], role: row["role"], stories: row["stories"],
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
            var from = "story"
            var conditions: [String] = []
            var arguments: StatementArguments = []
            let speaker = try personID ?? person.map { try NewsStore.personID($0, db) }
            if let speaker {
                // Only the stories in which this person is quoted.
                from = "story_person JOIN story ON story.rowid = story_person.story_rowid"
                conditions.append("story_person.person_id = ? AND story_person.quotes > 0")
                arguments += [speaker]
            }
            if let topic {
                conditions.append("story.rowid IN (SELECT story_rowid FROM story_topic WHERE topic_id = ?)")
                arguments += [try NewsStore.topicID(topic, db)]
            }
            let stories = try Row.fetchCursor(db, sql: """
                SELECT story.uid, story.published, story.agency, story.section, story.title, story.body,
                       story_analysis.data
                FROM \(from) JOIN story_analysis ON story_analysis.story_rowid = story.rowid
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY story.published DESC, story.uid DESC
                """, arguments: arguments)
            let wanted = limit ?? Int.max
            var records: [QuoteRecord] = []
            var ids: [String: Int64] = [:]
            while records.count < wanted, let row = try stories.next() {
                guard let stored = (row["data"] as Data?).flatMap(StoredAnalysis.decode), !stored.quotes.isEmpty else { continue }
                // Read only for a story with a quotation to show; its positions are those `show` gives.
                let scalars = ParagraphScalars(NewsStore.paragraphs(row))
                let analysis = stored.validated(against: scalars).analysis
                let summary = StorySummary(row: row)
                for (position, quote) in analysis.quotes.enumerated() where records.count < wanted {
                    let personID = try NewsStore.speakerID(of: quote, in: analysis, cache: &ids, db)
                    if let speaker, personID != speaker { continue }
                    records.append(NewsStore.quoteRecord(quote, position: position, personID: personID,
                                                         paragraphs: scalars, story: summary))
                }
            }
            return records
        }
    }

    /// One quotation by its id (`e53bd3b3ff.2`; any unique prefix of the story id).
    public func quote(_ id: String) throws(StoreError) -> QuoteRecord {
        let parts = id.split(separator: ".")
        guard parts.count == 2, let position = Int(parts[1]) else { throw .noSuchQuote(id) }
        let story = try resolve(String(parts[0]))
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                    SELECT rowid AS story_rowid, uid, published, agency, section, title, body FROM story WHERE uid = ?
                    """, arguments: [story.rawValue]),
                  case let paragraphs = NewsStore.paragraphs(row),
                  let analysis = try NewsStore.storedAnalysis(rowid: row["story_rowid"], paragraphs: paragraphs, db)?.analysis,
                  analysis.quotes.indices.contains(position) else { throw StoreError.noSuchQuote(id) }
            let quote = analysis.quotes[position]
            var ids: [String: Int64] = [:]
            let personID = try NewsStore.speakerID(of: quote, in: analysis, cache: &ids, db)
            return NewsStore.quoteRecord(quote, position: position, personID: personID,
                                         paragraphs: ParagraphScalars(paragraphs), story: StorySummary(row: row))
        }
    }

    private static func paragraphs(_ row: Row) -> [String] {
        ((row["body"] as Data?).flatMap(CompressedText.decompress) ?? "").components(separatedBy: "\n")
    }

    private static func quoteRecord(_ quote: Quote, position: Int, personID: Int64?, paragraphs: ParagraphScalars,
                                    story: StorySummary) -> QuoteRecord {
        QuoteRecord(id: "\(story.id.short).\(position)", text: paragraphs.text(of: quote),
                    quote: quote, personID: personID, story: story)
    }

    /// The person a name or a unique part of one names: "Sanae Takaichi", "takaichi".
    static func personID(_ name: String, _ db: Database) throws -> Int64 {
        let key = personKey(name.trimmingCharacters(in: .whitespacesAndNewlines))
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
