import Foundation
import GRDB
import NewsModel

extension Day {
    /// 20260127: a day as a small integer, for the analysis tables' keys.
    var number: Int { year * 10_000 + month * 100 + day }
}

/// Writes analyses inside one transaction. Person and topic ids are remembered, so a name
/// or topic that many stories share costs one look-up per transaction, not one per story.
///
/// The analysis row keeps what the analysis computed; the person index rows (which `people`
/// counts and `--person` filters read) are written from the analysis as the story's own
/// quotation corrections change it, since those touch one story each. Corrections of people
/// apply to the whole cache and are applied by the queries instead (see PersonCorrections).
struct AnalysisWriter {
    private let db: Database
    private var personIDs: [String: Int64] = [:]
    private var topicIDs: [String: Int64] = [:]
    /// Uids of the stories with quotation corrections, read once per transaction: a
    /// correction made meanwhile waits for the transaction, and rewrites its story's rows.
    /// By uid, not rowid: a story stored again (in a fresh cache the corrections were
    /// salvaged into) has a new rowid and is still the one corrected.
    private let correctedStories: Set<Int64>

    init(_ db: Database) throws {
        self.db = db
        correctedStories = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT story_uid FROM quotation_correction"))
    }

    /// Stores the analysis of the story at `rowid` (whose id is `uid`). `replacing` is the day
    /// of the story's earlier version, whose analysis is removed first.
    mutating func write(_ analysis: PreparedAnalysis, rowid: Int64, uid: Int64, day: Day, replacing earlier: Day?) throws {
        var analysis = analysis
        if let earlier {
            try remove(rowid: rowid, uid: uid, day: earlier)
            // Only a story stored before can have been filed under other sections.
            let filings = try NewsStore.otherFilings(rowid: rowid, db)
            if !filings.isEmpty, var decoded = StoredAnalysis.decode(analysis.encoded) {
                decoded.topics += filings.flatMap(\.topics).filter { topic in !decoded.topics.contains { $0.key == topic.key } }
                analysis = PreparedAnalysis(decoded)
            }
        }
        var row = DirectStatement(try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_analysis (story_rowid, data) VALUES (?, ?)"))
        row.bind(rowid)
        row.bind(analysis.encoded)
        try row.execute(db)
        if correctedStories.contains(uid), let stored = StoredAnalysis.decode(analysis.encoded) {
            try insertPersonRows(try correctedPersonRows(stored, rowid: rowid), rowid: rowid, day: day)
        } else {
            try insertPersonRows(analysis.people, rowid: rowid, day: day)
        }
        let topicStatement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_topic (topic_id, day, story_rowid) VALUES (?, ?, ?)")
        for topic in analysis.topics {
            var topicRow = DirectStatement(topicStatement)
            topicRow.bind(try topicID(topic))
            topicRow.bind(day.number)
            topicRow.bind(rowid)
            try topicRow.execute(db)
        }
    }

    /// Writes a story's person index rows again around `change` to its quotation corrections.
    mutating func rewritePersonRows(rowid: Int64, uid: Int64, day: Day, around change: () throws -> Void) throws {
        let stored = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM story_analysis WHERE story_rowid = ?"),
                                       arguments: [rowid]).flatMap(StoredAnalysis.decode)
        try deletePersonRows(of: stored ?? StoryAnalysis(), rowid: rowid, uid: uid, day: day)
        try change()
        guard let stored else { return }
        try insertPersonRows(try correctedPersonRows(stored, rowid: rowid), rowid: rowid, day: day)
    }

    private mutating func insertPersonRows(_ people: [PreparedAnalysis.PersonRow], rowid: Int64, day: Day) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO story_person (person_id, day, story_rowid, role, quotes) VALUES (?, ?, ?, ?, ?)")
        for person in people {
            var personRow = DirectStatement(statement)
            personRow.bind(try personID(person))
            personRow.bind(day.number)
            personRow.bind(rowid)
            personRow.bind(person.role)
            personRow.bind(person.quotes)
            try personRow.execute(db)
        }
    }

    /// The person rows of a stored analysis as the story's quotation corrections change it.
    private func correctedPersonRows(_ stored: StoryAnalysis, rowid: Int64) throws -> [PreparedAnalysis.PersonRow] {
        PreparedAnalysis.personRows(try NewsStore.applyingQuotationCorrections(to: stored, rowid: rowid, db))
    }

    /// Removes a story's analysis rows. The index rows are found through the stored analysis
    /// (they are keyed by person or topic first); only a damaged one needs a full scan.
    mutating func remove(rowid: Int64, uid: Int64, day: Day) throws {
        guard let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM story_analysis WHERE story_rowid = ?"),
                                           arguments: [rowid]) else { return }
        try db.cachedStatement(sql: "DELETE FROM story_analysis WHERE story_rowid = ?").execute(arguments: [rowid])
        guard let old = StoredAnalysis.decode(data) else {
            try db.execute(sql: "DELETE FROM story_person WHERE story_rowid = ?", arguments: [rowid])
            try db.execute(sql: "DELETE FROM story_topic WHERE story_rowid = ?", arguments: [rowid])
            return
        }
        try deletePersonRows(of: old, rowid: rowid, uid: uid, day: day)
        for topic in old.topics {
            guard let id = try topicIDs[topic.key] ?? NewsStore.existingID(in: "topic", key: topic.key, db) else { continue }
            try db.cachedStatement(sql: "DELETE FROM story_topic WHERE topic_id = ? AND day = ? AND story_rowid = ?")
                .execute(arguments: [id, day.number, rowid])
        }
    }

    /// Deletes the person rows of the analysis's people and, for a corrected story, of every
    /// speaker its corrections name: a superset of the rows written, found without anchoring
    /// the corrections to a text that may have changed since.
    private mutating func deletePersonRows(of analysis: StoryAnalysis, rowid: Int64, uid: Int64, day: Day) throws {
        var names = analysis.people.map(\.name)
        if correctedStories.contains(uid) {
            for correction in try NewsStore.quotationCorrections(ofStory: uid, db) {
                if case .speaker(.person, let name?) = correction.change { names.append(name) }
            }
        }
        for name in names {
            guard let id = try NewsStore.personID(ofStoredName: name, cache: &personIDs, db) else { continue }
            try db.cachedStatement(sql: "DELETE FROM story_person WHERE person_id = ? AND day = ? AND story_rowid = ?")
                .execute(arguments: [id, day.number, rowid])
        }
    }

    /// Adds topics to a stored analysis (a new filing's section and category); nothing for a
    /// story stored without analysis, whose analysis will find them.
    mutating func addTopics(_ topics: [Topic], rowid: Int64, day: Day) throws {
        guard let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM story_analysis WHERE story_rowid = ?"),
                                           arguments: [rowid]),
              var analysis = StoredAnalysis.decode(data) else { return }
        let added = topics.filter { topic in !analysis.topics.contains { $0.key == topic.key } }
        guard !added.isEmpty else { return }
        analysis.topics += added
        try db.cachedStatement(sql: "UPDATE story_analysis SET data = ? WHERE story_rowid = ?")
            .execute(arguments: [StoredAnalysis.encode(analysis), rowid])
        let topicStatement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_topic (topic_id, day, story_rowid) VALUES (?, ?, ?)")
        for topic in PreparedAnalysis(StoryAnalysis(topics: added)).topics {
            try topicStatement.execute(arguments: [try topicID(topic), day.number, rowid])
        }
    }

    func hasAnalysis(rowid: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM story_analysis WHERE story_rowid = ?"), arguments: [rowid]) ?? false
    }

    private mutating func personID(_ person: PreparedAnalysis.PersonRow) throws -> Int64 {
        if let id = personIDs[person.key] { return id }
        let id = try rowID(in: "person", key: person.key, inserting: "INSERT INTO person (name, key) VALUES (?, ?)",
                           [person.name, person.key])
        personIDs[person.key] = id
        return id
    }

    private mutating func topicID(_ topic: PreparedAnalysis.TopicRow) throws -> Int64 {
        if let id = topicIDs[topic.key] { return id }
        let id = try rowID(in: "topic", key: topic.key, inserting: "INSERT INTO topic (name, key, kind) VALUES (?, ?, ?)",
                           [topic.name, topic.key, topic.kind])
        topicIDs[topic.key] = id
        return id
    }

    /// The id of `table`'s row with this key, inserted first when there is none. A look-up
    /// comes first: an upsert with RETURNING costs many times more than a SELECT.
    private func rowID(in table: String, key: String, inserting insert: String, _ arguments: StatementArguments) throws -> Int64 {
        if let id = try NewsStore.existingID(in: table, key: key, db) { return id }
        try db.cachedStatement(sql: insert).execute(arguments: arguments)
        return db.lastInsertedRowID
    }
}

extension NewsStore {
    /// The story with its analysis (empty when it was never analysed).
    public func analyzedStory(_ id: StoryID) throws(StoreError) -> AnalyzedStory? {
        try read { db in try NewsStore.analyzedStory(id, db) }
    }

    static func analyzedStory(_ id: StoryID, _ db: Database) throws -> AnalyzedStory? {
        guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS story_rowid, * FROM story WHERE uid = ?", arguments: [id.rawValue]) else {
            return nil
        }
        var story = Story(row: row)
        story.alsoFiled = try otherFilings(rowid: row["story_rowid"], db)
        return try analyzedStory(story, rowid: row["story_rowid"], in: db)
    }

    /// The story with its analysis as the user's corrections leave it.
    static func analyzedStory(_ story: Story, rowid: Int64, in db: Database) throws -> AnalyzedStory {
        let stored = try storedAnalysis(rowid: rowid, paragraphs: story.paragraphs, db)
        let corrected = try correctedAnalysis(stored?.analysis ?? StoryAnalysis(), story: story.id.rawValue,
                                              paragraphs: { story.paragraphs }, people: PersonCorrections(db), db)
        var ids: [String: Int64] = [:]
        let personIDs = try corrected.analysis.people.map { person in
            try personID(ofStoredName: person.name, cache: &ids, db) ?? 0
        }
        return AnalyzedStory(story: story, analysis: corrected.analysis, personIDs: personIDs,
                             droppedOffsets: stored?.dropped ?? 0,
                             quoteNumbers: corrected.quoteNumbers, correctedSpeakers: corrected.correctedSpeakers)
    }

    /// A stored analysis with the story's quotation corrections and the cache's corrections of
    /// people applied; `paragraphs` are read only for a story with quotation corrections.
    static func correctedAnalysis(_ stored: StoryAnalysis, story uid: Int64, paragraphs: () -> [String],
                                  people: PersonCorrections, _ db: Database) throws -> CorrectedAnalysis {
        var corrected = CorrectedAnalysis(stored)
        let quotations = try quotationCorrections(ofStory: uid, db)
        if !quotations.isEmpty { corrected = corrected.applying(quotations, paragraphs: paragraphs()) }
        return corrected.applying(people)
    }

    /// A stored analysis as the story's own quotation corrections change it: the one its
    /// person index rows are written from.
    static func applyingQuotationCorrections(to stored: StoryAnalysis, rowid: Int64, _ db: Database) throws -> StoryAnalysis {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT uid, body FROM story WHERE rowid = ?"), arguments: [rowid])
        else { return stored }
        let corrections = try quotationCorrections(ofStory: row["uid"], db)
        let paragraphs = paragraphs(row)
        let valid = stored.validated(against: ParagraphScalars(paragraphs)).analysis
        return CorrectedAnalysis(valid).applying(corrections, paragraphs: paragraphs).analysis
    }

    /// A story's stored analysis, checked against its text: offsets that do not fit are left
    /// out and counted. Nil when it was never analysed (or the row is damaged).
    static func storedAnalysis(rowid: Int64, paragraphs: [String], _ db: Database) throws -> (analysis: StoryAnalysis, dropped: Int)? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM story_analysis WHERE story_rowid = ?"), arguments: [rowid])
            .flatMap { StoredAnalysis.decode($0, paragraphs: paragraphs) }
    }

    /// A person row's key: names that differ only in case are one person of the cache.
    static func personKey(_ name: String) -> String { name.lowercased() }

    /// The cache-wide id of a person a stored analysis names.
    static func personID(ofStoredName name: String, cache: inout [String: Int64], _ db: Database) throws -> Int64? {
        let key = personKey(name)
        if let id = cache[key] { return id }
        let id = try existingID(in: "person", key: key, db)
        cache[key] = id
        return id
    }

    /// The cache-wide id of the person who said a stored quotation, if a person did.
    static func speakerID(of quote: Quote, in analysis: StoryAnalysis, cache: inout [String: Int64],
                          _ db: Database) throws -> Int64? {
        guard let index = quote.speaker.person, analysis.people.indices.contains(index) else { return nil }
        return try personID(ofStoredName: analysis.people[index].name, cache: &cache, db)
    }

    /// The id of the person or topic row with this key.
    static func existingID(in table: String, key: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM \(table) WHERE key = ?"), arguments: [key])
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

    /// Replaces the analyses of stored stories, in one transaction that also records how far
    /// the reanalysis got (see `beginReanalysis`).
    public func replaceAnalyses(_ analyses: [(rowid: Int64, story: Story, analysis: StoryAnalysis)]) throws(StoreError) {
        try write { db in
            var writer = try AnalysisWriter(db)
            let bookmarked = try NewsStore.bookmarkedStories(among: analyses.map(\.story.id), db)
            for item in analyses {
                let day = item.story.published
                try writer.write(PreparedAnalysis(item.analysis), rowid: item.rowid, uid: item.story.id.rawValue, day: day, replacing: day)
                if bookmarked.contains(item.story.id) {
                    try NewsStore.reanchorBookmarks(of: item.story.id, paragraphs: item.story.paragraphs, analysis: item.analysis, db)
                }
            }
            if let last = analyses.last?.rowid {
                try db.execute(sql: "UPDATE reanalysis SET after_rowid = ?", arguments: [last])
            }
        }
    }
}

/// How far an unfinished `reanalyze` got.
public struct ReanalysisProgress: Sendable, Equatable {
    /// Stories up to this rowid have their new analysis.
    public var afterRowid: Int64
    /// When it started, ISO 8601.
    public var started: String
    /// Stories already reanalysed, and all stories.
    public var done: Int, total: Int
}

extension NewsStore {
    /// The reanalysis that was started and never finished (killed, or stopped by an error).
    public func unfinishedReanalysis() throws(StoreError) -> ReanalysisProgress? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT after_rowid, started FROM reanalysis") else { return nil }
            let after: Int64 = row["after_rowid"]
            let done = try Int.fetchOne(db, sql: "SELECT count(*) FROM story WHERE rowid <= ?", arguments: [after]) ?? 0
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM story") ?? 0
            return ReanalysisProgress(afterRowid: after, started: row["started"], done: done, total: total)
        }
    }

    /// Records that a reanalysis runs, unless one is already recorded (then it is resumed).
    public func beginReanalysis(started: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO reanalysis (id, after_rowid, started) VALUES (1, 0, ?)", arguments: [started])
        }
    }

    public func finishReanalysis() throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM reanalysis") }
    }
}
