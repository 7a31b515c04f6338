import Foundation
import GRDB
import NewsModel

/// What saving one story did.
public enum SaveOutcome: Sendable, Equatable {
    case imported, updated, unchanged
}

/// A story with everything the cache derives from it computed in advance, so an import can
/// do that work on its reading thread and leave the writing thread to SQLite.
public struct PreparedStory: Sendable {
    /// The story's metadata; its text is in `body`.
    public let story: Story
    /// What the analysis found, ready to be saved with the story; nil leaves the story unanalysed.
    let analysis: PreparedAnalysis?
    let id: StoryID
    let fingerprint: Int64
    let body: String
    let compressedBody: Data
    let cjkText: String?
    /// Columns formatted here, on the preparing thread, not on the writer's.
    let published: String
    let wireDate: String
    let authors: String

    public init(_ story: Story, analysis: StoryAnalysis? = nil) {
        // The paragraphs live on in `body`: keeping both would double what an import holds in flight.
        var metadata = story
        metadata.paragraphs = []
        self.story = metadata
        self.analysis = analysis.map(PreparedAnalysis.init)
        id = story.id
        fingerprint = story.fingerprint
        body = story.paragraphs.joined(separator: "\n")
        compressedBody = CompressedText.compress(body)
        // Almost no story has CJK text: join the title and body only for those that do.
        cjkText = CJKText.contains(story.title) || CJKText.contains(body) ? CJKText.indexText(story.title + "\n" + body) : nil
        published = story.published.description
        wireDate = story.wireDate.description
        authors = story.authors.joined(separator: "\n")
    }
}

extension NewsStore {
    /// Saves the stories in one transaction: new ones are inserted, ones whose content changed
    /// are updated in place (keeping their id, and so what is attached to them), repeats are left.
    public func save(_ stories: [Story]) throws(StoreError) -> [SaveOutcome] {
        try save(stories.map { PreparedStory($0) })
    }

    /// Saves the stories that `next` hands over until it returns nil, committing every
    /// `batchSize` stories or so: an import holds only what its readers prepared, no batch
    /// waiting for its transaction. `saved` learns what saving each story did.
    public func save(from next: () -> [PreparedStory]?, batchSize: Int,
                     saved: (SaveOutcome) -> Void) throws(StoreError) {
        var finished = false
        while !finished {
            try write { db in
                var analysisWriter = try AnalysisWriter(db)
                var count = 0
                while count < batchSize {
                    guard let stories = next() else {
                        finished = true
                        break
                    }
                    for story in stories { saved(try save(story, analysisWriter: &analysisWriter, in: db)) }
                    count += stories.count
                }
                try NewsStore.keepIndexedWords(db)
            }
        }
    }

    public func save(_ stories: [PreparedStory]) throws(StoreError) -> [SaveOutcome] {
        try write { db in
            var analysisWriter = try AnalysisWriter(db)
            let outcomes = try stories.map { try save($0, analysisWriter: &analysisWriter, in: db) }
            try NewsStore.keepIndexedWords(db)
            return outcomes
        }
    }

    /// Adds the words the full-text index took in this transaction to `search_word`, which
    /// prefix searches expand from: every transaction that writes to `story_fts` ends with it.
    /// The connection's tokenizer caught them (see Sources/CFullText/indexed_words.c), once each.
    static func keepIndexedWords(_ db: Database) throws {
        guard let words = try String.fetchOne(db, sql: "SELECT nw_take_indexed_words()") else { return }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_word (word) VALUES (?)")
        for word in words.split(separator: "\n") {
            var row = DirectStatement(insert)
            row.bind(String(word))
            try row.execute(db)
        }
    }

    private func save(_ prepared: PreparedStory, analysisWriter: inout AnalysisWriter, in db: Database) throws -> SaveOutcome {
        let story = prepared.story
        let uid = prepared.id.rawValue
        // Inserted first: most stories of an import are new, and the insert's own look-up of
        // the uid then serves, where a SELECT first would look it up twice.
        var insert = DirectStatement(try db.cachedStatement(sql: """
            INSERT INTO story (published, wire_date, section, category, agency, place, title,
                               byline, authors, fingerprint, body, uid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (uid) DO NOTHING
            """))
        insert.bind(prepared.published)
        insert.bind(prepared.wireDate)
        insert.bind(story.section)
        insert.bind(story.category)
        insert.bind(story.agency)
        insert.bind(story.place)
        insert.bind(story.title)
        insert.bind(story.byline)
        insert.bind(prepared.authors)
        insert.bind(prepared.fingerprint)
        insert.bind(prepared.compressedBody)
        insert.bind(uid)
        try insert.execute(db)
        var existing: Row?
        let rowid: Int64
        if db.changesCount == 1 {
            rowid = db.lastInsertedRowID
            var key = DirectStatement(try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_key (rowid, day, uid) VALUES (?, ?, ?)"))
            key.bind(rowid)
            key.bind(story.published.number)
            key.bind(uid)
            try key.execute(db)
        } else {
            let arguments: StatementArguments = [
                prepared.published, prepared.wireDate, story.section, story.category,
                story.agency, story.place, story.title, story.byline,
                prepared.authors, prepared.fingerprint, prepared.compressedBody, uid,
            ]
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT rowid, fingerprint, title, body, published, agency, place, byline, authors, section, category
                    FROM story WHERE uid = ?
                    """), arguments: [uid])
            else { throw StoreError.corrupt(path: path, detail: "story \(prepared.id) was neither inserted nor found") }
            if row["fingerprint"] == prepared.fingerprint {
                // Imported before without analysis (or it was lost): analysed now, text unchanged.
                if let analysis = prepared.analysis, try !analysisWriter.hasAnalysis(rowid: row["rowid"]) {
                    try analysisWriter.write(analysis, rowid: row["rowid"], uid: uid, day: story.published, replacing: nil)
                }
                return .unchanged
            }
            if row.isSameStory(butFiling: prepared) {
                let filing = Filing(section: story.section, category: story.category)
                if filing != row.filing, try NewsStore.addFiling(filing, rowid: row["rowid"], db) {
                    try analysisWriter.addTopics(filing.topics, rowid: row["rowid"], day: story.published)
                }
                return .unchanged
            }
            existing = row
            rowid = row["rowid"]
            let filing = Filing(section: story.section, category: story.category)
            if row.filing != filing {
                // Corrected under another section: the one it had stays one of its filings.
                _ = try NewsStore.addFiling(row.filing, rowid: rowid, db)
                try NewsStore.removeFiling(filing, rowid: rowid, db)
            }
            let oldBody = (row["body"] as Data?).flatMap(CompressedText.decompress) ?? ""
            try db.cachedStatement(sql: "INSERT INTO story_fts (story_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)")
                .execute(arguments: [rowid, row["title"] as String?, oldBody])
            try db.cachedStatement(sql: """
                UPDATE story SET published = ?, wire_date = ?, section = ?, category = ?, agency = ?,
                    place = ?, title = ?, byline = ?, authors = ?, fingerprint = ?, body = ?
                WHERE uid = ?
                """).execute(arguments: arguments)
            try db.cachedStatement(sql: "DELETE FROM story_cjk WHERE rowid = ?").execute(arguments: [rowid])
            try db.cachedStatement(sql: "UPDATE story_key SET day = ? WHERE rowid = ?").execute(arguments: [story.published.number, rowid])
        }
        var indexed = DirectStatement(try db.cachedStatement(sql: "INSERT INTO story_fts (rowid, title, body) VALUES (?, ?, ?)"))
        indexed.bind(rowid)
        indexed.bind(story.title)
        indexed.bind(prepared.body)
        try indexed.execute(db)
        if let cjkText = prepared.cjkText {
            try db.cachedStatement(sql: "INSERT INTO story_cjk (rowid, text) VALUES (?, ?)")
                .execute(arguments: [rowid, cjkText])
        }
        let earlierDay = existing.map { Day(stored: $0["published"]) }
        if let analysis = prepared.analysis {
            try analysisWriter.write(analysis, rowid: rowid, uid: uid, day: story.published, replacing: earlierDay)
        } else if let earlierDay {
            // The earlier version's offsets would point into text that is no longer there.
            try analysisWriter.remove(rowid: rowid, uid: uid, day: earlierDay)
        }
        if existing != nil {
            try NewsStore.reanchorBookmarks(of: prepared.id, paragraphs: prepared.body.components(separatedBy: "\n"),
                                            analysis: prepared.analysis.flatMap { StoredAnalysis.decode($0.encoded) }, db)
        }
        return existing == nil ? .imported : .updated
    }
}
