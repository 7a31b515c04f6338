import GRDB
import NewsModel

extension Day {
    /// 20260127: a day as a small integer, for the analysis tables' keys.
    var number: Int { year * 10_000 + month * 100 + day }
}

/// Writes analyses inside one transaction. Person and topic ids are remembered, so a name
/// or topic that many stories share costs one look-up per transaction, not one per story.
struct AnalysisWriter {
    private let db: Database
    private var personIDs: [String: Int64] = [:]
    private var topicIDs: [String: Int64] = [:]

    init(_ db: Database) { self.db = db }

    /// Stores a story's analysis; `replacing` first removes what an earlier analysis stored.
    mutating func write(_ analysis: StoryAnalysis, rowid: Int64, day: Day, replacing: Bool) throws {
        if replacing {
            for table in ["story_person", "story_topic", "quote"] {
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE story_rowid = ?").execute(arguments: [rowid])
            }
        }
        var storyPersonIDs: [Int64] = []
        let personStatement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO story_person (person_id, day, story_rowid, position, role, mentions)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, person) in analysis.people.enumerated() {
            let id = try personID(person.name)
            storyPersonIDs.append(id)
            let mentions = person.mentions.map { "\($0.paragraph):\($0.start)-\($0.end)" }.joined(separator: ",")
            try personStatement.execute(arguments: [id, day.number, rowid, position, person.role, mentions])
        }
        let topicStatement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO story_topic (topic_id, day, story_rowid, position) VALUES (?, ?, ?, ?)")
        for (position, topic) in analysis.topics.enumerated() {
            try topicStatement.execute(arguments: [try topicID(topic), day.number, rowid, position])
        }
        let quoteStatement = try db.cachedStatement(sql: """
            INSERT INTO quote (story_rowid, position, paragraph, start, end_paragraph, "end", partial,
                               speaker_kind, speaker, person_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, quote) in analysis.quotes.enumerated() {
            try quoteStatement.execute(arguments: [
                rowid, position, quote.start.paragraph, quote.start.start, quote.endParagraph, quote.start.end,
                quote.partial, quote.speaker.kind.rawValue, quote.speaker.text,
                quote.speaker.person.map { storyPersonIDs[$0] },
            ])
        }
    }

    private mutating func personID(_ name: String) throws -> Int64 {
        if let id = personIDs[name] { return id }
        let key = name.lowercased()
        let id = try rowID(in: "person", key: key, inserting: "INSERT INTO person (name, key) VALUES (?, ?)", [name, key])
        personIDs[name] = id
        return id
    }

    private mutating func topicID(_ topic: Topic) throws -> Int64 {
        if let id = topicIDs[topic.name] { return id }
        let key = topic.key
        let id = try rowID(in: "topic", key: key, inserting: "INSERT INTO topic (name, key, kind) VALUES (?, ?, ?)",
                           [topic.name, key, topic.kind.rawValue])
        topicIDs[topic.name] = id
        return id
    }

    /// The id of `table`'s row with this key, inserted first when there is none. A look-up
    /// comes first: an upsert with RETURNING costs many times more than a SELECT.
    private func rowID(in table: String, key: String, inserting insert: String, _ arguments: StatementArguments) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM \(table) WHERE key = ?"), arguments: [key]) {
            return id
        }
        try db.cachedStatement(sql: insert).execute(arguments: arguments)
        return db.lastInsertedRowID
    }
}

extension NewsStore {
    /// The story with its analysis (empty when it was never analysed).
    public func analyzedStory(_ id: StoryID) throws(StoreError) -> AnalyzedStory? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS story_rowid, * FROM story WHERE uid = ?", arguments: [id.rawValue]) else {
                return nil
            }
            return try NewsStore.analyzedStory(Story(row: row), rowid: row["story_rowid"], in: db)
        }
    }

    static func analyzedStory(_ story: Story, rowid: Int64, in db: Database) throws -> AnalyzedStory {
        var analysis = StoryAnalysis()
        var personIDs: [Int64] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT person.id, person.name, story_person.role, story_person.mentions
            FROM story_person JOIN person ON person.id = story_person.person_id
            WHERE story_rowid = ? ORDER BY position
            """, arguments: [rowid]) {
            personIDs.append(row["id"])
            analysis.people.append(Person(name: row["name"], role: row["role"], mentions: mentions(row["mentions"])))
        }
        let positions = Dictionary(personIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for row in try Row.fetchAll(db, sql: "SELECT * FROM quote WHERE story_rowid = ? ORDER BY position", arguments: [rowid]) {
            let personID: Int64? = row["person_id"]
            let speaker = Speaker(kind: Speaker.Kind(rawValue: row["speaker_kind"]) ?? .unknown, text: row["speaker"],
                                  person: personID.flatMap { positions[$0] })
            analysis.quotes.append(Quote(start: TextSpan(paragraph: row["paragraph"], start: row["start"], end: row["end"]),
                                         endParagraph: row["end_paragraph"], speaker: speaker, partial: row["partial"]))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT topic.name, topic.kind FROM story_topic JOIN topic ON topic.id = story_topic.topic_id
            WHERE story_rowid = ? ORDER BY position
            """, arguments: [rowid]) {
            analysis.topics.append(Topic(name: row["name"], kind: Topic.Kind(rawValue: row["kind"]) ?? .user))
        }
        return AnalyzedStory(story: story, analysis: analysis, personIDs: personIDs)
    }

    private static func mentions(_ text: String) -> [TextSpan] {
        text.split(separator: ",").compactMap { item in
            let parts = item.split(whereSeparator: { $0 == ":" || $0 == "-" }).compactMap { Int($0) }
            return parts.count == 3 ? TextSpan(paragraph: parts[0], start: parts[1], end: parts[2]) : nil
        }
    }
}

extension NewsStore {
    /// Stories in storage order, for walking the whole cache in batches.
    public func stories(afterRowid rowid: Int64, limit: Int) throws(StoreError) -> [(rowid: Int64, story: Story)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT rowid AS story_rowid, * FROM story WHERE rowid > ? ORDER BY rowid LIMIT ?",
                             arguments: [rowid, limit]).map { ($0["story_rowid"], Story(row: $0)) }
        }
    }

    /// Replaces the analyses of stored stories, in one transaction.
    public func replaceAnalyses(_ analyses: [(rowid: Int64, analysis: StoryAnalysis)], days: [Day]) throws(StoreError) {
        try write { db in
            var writer = AnalysisWriter(db)
            for (index, item) in analyses.enumerated() {
                try writer.write(item.analysis, rowid: item.rowid, day: days[index], replacing: true)
            }
        }
    }
}
