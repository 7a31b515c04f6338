import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// People with the most stories first (as the user's corrections leave them); with
    /// `unread`, the unread stories naming each.
    public func people(limit: Int? = nil, unread: Bool) throws(StoreError) -> [PersonSummary] {
        var people = try people(limit: limit)
        guard unread else { return people }
        let counts = try unreadCounts(totals: [], people: people.map { ($0.id, $0.stories) })
        for index in people.indices { people[index].unread = counts.people[people[index].id] }
        return people
    }

    /// Everyone the stories name, as the user's corrections leave them: most stories first.
    public func people(limit: Int? = nil) throws(StoreError) -> [PersonSummary] {
        try read { db in
            let corrections = try PersonCorrections(db)
            guard !corrections.isEmpty else { return try NewsStore.personSummaries(limit: limit, db) }
            // The names corrections touch are dropped from the grouped scan (which reads as many
            // more rows as it may drop: filtering in SQL costs a look-up per index row, 0.2 s at a
            // million stories); a person other names were merged into is counted over all of
            // them, once per story, from their own rows.
            let merged = corrections.mergedPeople
            var touched: Set<Int64> = []
            for key in Array(corrections.rows.keys) + merged.map(\.key) {
                if let id = try NewsStore.existingID(in: "person", key: key, db) { touched.insert(id) }
            }
            var people = try NewsStore.personSummaries(limit: limit.map { $0 + touched.count }, db).filter { !touched.contains($0.id) }
            for person in merged {
                if let summary = try NewsStore.mergedSummary(person.key, names: person.names, db) { people.append(summary) }
            }
            people.sort { a, b in
                if a.stories != b.stories { return a.stories > b.stories }
                if a.quotations != b.quotations { return a.quotations > b.quotations }
                return Array(a.name.utf8).lexicographicallyPrecedes(b.name.utf8)  // SQLite's BINARY order
            }
            return limit.map { Array(people.prefix($0)) } ?? people
        }
    }

    /// One grouped pass over the person index, in the order `people` gives.
    private static func personSummaries(limit: Int?, _ db: Database) throws -> [PersonSummary] {
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

    /// A person with the other names corrections merged into them; nil when no story names any.
    private static func mergedSummary(_ key: String, names: [String], _ db: Database) throws -> PersonSummary? {
        guard let person = try Row.fetchOne(db, sql: "SELECT id, name FROM person WHERE key = ?", arguments: [key]) else { return nil }
        var ids: [Int64] = [person["id"]]
        for name in names { if let id = try existingID(in: "person", key: name, db) { ids.append(id) } }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        guard let counts = try Row.fetchOne(db, sql: """
                SELECT count(DISTINCT story_rowid) AS stories, coalesce(sum(quotes), 0) AS quotations
                FROM story_person WHERE person_id IN (\(marks))
                """, arguments: StatementArguments(ids)),
              counts["stories"] as Int > 0 else { return nil }
        let role = try String.fetchOne(db, sql: """
            SELECT role FROM story_person WHERE person_id IN (\(marks)) AND role IS NOT NULL ORDER BY day DESC LIMIT 1
            """, arguments: StatementArguments(ids))
        return PersonSummary(id: person["id"], name: person["name"], role: role, stories: counts["stories"],
                             quotations: counts["quotations"])
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

    /// Quotations, newest story first, optionally by one person or within one topic, as the
    /// user's corrections leave them.
    public func quotes(person: String? = nil, personID: Int64? = nil, topic: String? = nil,
                       limit: Int? = nil) throws(StoreError) -> [QuoteRecord] {
        try read { db in
            let corrections = try PersonCorrections(db)
            var from = "story"
            var conditions: [String] = []
            var arguments: StatementArguments = []
            let speaker = try personID.map { try NewsStore.personGroup(id: $0, corrections, db) }
                ?? person.map { try NewsStore.personGroup($0, corrections, db) }
            if let speaker {
                // Only the stories in which this person (by any of their names) is quoted.
                if speaker.ids.count == 1 {
                    from = "story_person JOIN story ON story.rowid = story_person.story_rowid"
                    conditions.append("story_person.person_id = ? AND story_person.quotes > 0")
                    arguments += StatementArguments(speaker.ids)
                } else {
                    let stories = speaker.storyRowids(where: "quotes > 0")
                    conditions.append("story.rowid IN (\(stories.sql))")
                    arguments += stories.arguments
                }
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
                let paragraphs = NewsStore.paragraphs(row)
                let scalars = ParagraphScalars(paragraphs)
                let valid = stored.validated(against: scalars).analysis
                let corrected = try NewsStore.correctedAnalysis(valid, story: row["uid"], paragraphs: { paragraphs },
                                                                people: corrections, db)
                let analysis = corrected.analysis
                let summary = StorySummary(row: row)
                for (index, quote) in analysis.quotes.enumerated() where records.count < wanted {
                    let personID = try NewsStore.speakerID(of: quote, in: analysis, cache: &ids, db)
                    if let speaker, personID != speaker.id { continue }
                    records.append(NewsStore.quoteRecord(quote, number: corrected.quoteNumbers[index], personID: personID,
                                                         paragraphs: scalars, story: summary,
                                                         corrected: corrected.correctedSpeakers.contains(index)))
                }
            }
            return records
        }
    }

    /// One quotation by its id (`e53bd3b3ff.2`; any unique prefix of the story id), as the
    /// user's corrections leave it.
    public func quote(_ id: String) throws(StoreError) -> QuoteRecord {
        let (story, number) = try quoteNumber(id)
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS story_rowid, * FROM story WHERE uid = ?", arguments: [story.rawValue])
            else { throw StoreError.noSuchQuote(id) }
            let analyzed = try NewsStore.analyzedStory(Story(row: row), rowid: row["story_rowid"], in: db)
            let index = try NewsStore.quoteIndex(number, in: analyzed, id: id, db)
            let quote = analyzed.analysis.quotes[index]
            return NewsStore.quoteRecord(quote, number: analyzed.quoteNumbers[index],
                                         personID: quote.speaker.person.map { analyzed.personIDs[$0] },
                                         paragraphs: ParagraphScalars(analyzed.story.paragraphs), story: StorySummary(row: row),
                                         corrected: analyzed.correctedSpeakers.contains(index))
        }
    }

    /// The story and number of a quotation id; the number is not checked against the story.
    func quoteNumber(_ id: String) throws(StoreError) -> (story: StoryID, number: Int) {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[1]), number >= 0 else { throw .noSuchQuote(id) }
        return (try resolve(String(parts[0])), number)
    }

    /// Where the quotation numbered `number` is in the corrected story; a clear error when
    /// the analysis found no such quotation, or a correction says it is none.
    static func quoteIndex(_ number: Int, in analyzed: AnalyzedStory, id: String, _ db: Database) throws -> Int {
        if let index = analyzed.quoteNumbers.firstIndex(of: number) { return index }
        let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM story WHERE uid = ?", arguments: [analyzed.story.id.rawValue])
        let stored = try rowid.flatMap { try storedAnalysis(rowid: $0, paragraphs: analyzed.story.paragraphs, db)?.analysis }
        if let stored, stored.quotes.indices.contains(number) { throw StoreError.notAQuotation(id) }
        throw StoreError.noSuchQuote(id)
    }

    static func paragraphs(_ row: Row) -> [String] {
        ((row["body"] as Data?).flatMap(CompressedText.decompress) ?? "").components(separatedBy: "\n")
    }

    private static func quoteRecord(_ quote: Quote, number: Int, personID: Int64?, paragraphs: ParagraphScalars,
                                    story: StorySummary, corrected: Bool) -> QuoteRecord {
        QuoteRecord(id: "\(story.id.short).\(number)", text: paragraphs.text(of: quote),
                    quote: quote, personID: personID, story: story, corrected: corrected)
    }

    static func topicID(_ name: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM topic WHERE key = ?", arguments: [Topic.key(name)]) else {
            throw StoreError.noSuchTopic(name)
        }
        return id
    }
}
