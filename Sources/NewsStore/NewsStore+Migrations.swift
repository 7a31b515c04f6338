import GRDB
import NewsModel

extension NewsStore {
    /// Registered once, never edited after release: every later release opens older caches
    /// by running the migrations they have not seen.
    static let migrator: CacheMigrator = {
        var migrator = CacheMigrator()
        migrator.registerMigration("v1 stories") { db in
            try db.execute(sql: "PRAGMA application_id = \(NewsStore.applicationID)")
            // rowid grows with each new story, so imports append to the table and the index;
            // uid is the story's stable hash (StoryID), by which re-imports find it.
            try db.create(table: "story") { t in
                t.primaryKey("rowid", .integer)
                t.column("uid", .integer).notNull().unique()
                t.column("published", .text).notNull()
                t.column("wire_date", .text).notNull()
                t.column("section", .text)
                t.column("category", .text)
                t.column("agency", .text)
                t.column("place", .text)
                t.column("title", .text).notNull()
                t.column("byline", .text)
                t.column("authors", .text).notNull()
                t.column("fingerprint", .integer).notNull()
                t.column("body", .blob).notNull()  // deflated (CompressedText); last: lists never read it
            }
            try db.create(index: "story_by_published", on: "story", columns: ["published", "uid"])
            try db.execute(sql: "CREATE INDEX story_by_section ON story(section COLLATE NOCASE, published)")
            // The index's external content is the stories' text, inflated by story_text; rows
            // are indexed and unindexed by `save`, which has the plain text at hand.
            try db.execute(sql: "CREATE VIEW story_text AS SELECT rowid, title, inflate(body) AS body FROM story")
            try db.create(virtualTable: "story_fts", using: FTS5()) { t in
                t.content = "story_text"
                t.contentRowID = "rowid"
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("body")
            }
            // Fewer, larger merges while importing: a fifth faster at 100,000 stories.
            try db.execute(sql: "INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 16)")
            // CJK text has no spaces; this index holds it as overlapping character pairs
            // (see CJKText), only for stories that have any.
            try db.create(virtualTable: "story_cjk", using: FTS5()) { t in
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("text")
            }
        }
        migrator.registerMigration("v2 analysis") { db in
            // Days as integers (20260127) keep the per-story rows of these tables small.
            try db.execute(sql: """
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    key TEXT NOT NULL UNIQUE);
                CREATE TABLE story_person (
                    person_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    story_rowid INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    role TEXT,
                    mentions TEXT NOT NULL,
                    PRIMARY KEY (person_id, day, story_rowid)) WITHOUT ROWID;
                CREATE INDEX story_person_by_story ON story_person(story_rowid);
                CREATE TABLE topic (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    key TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL);
                CREATE TABLE story_topic (
                    topic_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    story_rowid INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (topic_id, day, story_rowid)) WITHOUT ROWID;
                CREATE INDEX story_topic_by_story ON story_topic(story_rowid);
                CREATE TABLE quote (
                    story_rowid INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    end_paragraph INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    partial INTEGER NOT NULL,
                    speaker_kind TEXT NOT NULL,
                    speaker TEXT,
                    person_id INTEGER,
                    PRIMARY KEY (story_rowid, position)) WITHOUT ROWID;
                CREATE INDEX quote_by_person ON quote(person_id) WHERE person_id IS NOT NULL;
                """)
        }
        migrator.registerMigration("v3 bookmarks") { db in
            // Keyed by the story's stable id and the quotation's text, never by rowids that a
            // re-import or re-analysis could change; the citation details are copied in.
            try db.execute(sql: """
                CREATE TABLE bookmark (
                    id INTEGER PRIMARY KEY,
                    story_uid INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    speaker TEXT,
                    speaker_kind TEXT NOT NULL,
                    role TEXT,
                    paragraph INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    created TEXT NOT NULL,
                    note TEXT,
                    title TEXT NOT NULL,
                    agency TEXT,
                    place TEXT,
                    published TEXT NOT NULL,
                    UNIQUE (story_uid, text));
                """)
        }
        migrator.registerMigration("v4 read stories") { db in
            try db.execute(sql: "CREATE TABLE story_read (story_uid INTEGER PRIMARY KEY) WITHOUT ROWID")
        }
        migrator.registerMigration("v5 analysis in one row per story") { db in
            // An import wrote two index entries for every person, topic and quotation of a story;
            // now it writes one compact row (StoredAnalysis) and an index row per person and topic.
            try db.execute(sql: "CREATE TABLE story_analysis (story_rowid INTEGER PRIMARY KEY, data BLOB NOT NULL)")
            try NewsStore.moveAnalysesIntoRows(db)
            try db.execute(sql: """
                ALTER TABLE story_person ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
                UPDATE story_person SET quotes = (SELECT count(*) FROM quote
                    WHERE quote.story_rowid = story_person.story_rowid AND quote.person_id = story_person.person_id);
                DROP INDEX story_person_by_story;
                ALTER TABLE story_person DROP COLUMN mentions;
                ALTER TABLE story_person DROP COLUMN position;
                DROP INDEX story_topic_by_story;
                ALTER TABLE story_topic DROP COLUMN position;
                DROP TABLE quote;
                """)
        }
        migrator.registerMigration("read marks remember the mark-all that made them") { db in
            // "Mark all read" on a million stories is undone by its batch number, not by a list of ids.
            try db.execute(sql: "ALTER TABLE story_read ADD COLUMN batch INTEGER")
        }
        migrator.registerMigration("story keys by rowid, for search") { db in
            // Search walks the full-text index by rowid; a story's day and uid are read from
            // here (20 bytes a story) instead of from its row, which holds its text. `save`
            // writes it: an insert trigger doubled the time an import takes.
            try db.execute(sql: """
                CREATE TABLE story_key (rowid INTEGER PRIMARY KEY, day INTEGER NOT NULL, uid INTEGER NOT NULL);
                INSERT INTO story_key (rowid, day, uid)
                    SELECT rowid, CAST(replace(published, '-', '') AS INTEGER), uid FROM story INDEXED BY story_by_published;
                CREATE TRIGGER story_key_delete AFTER DELETE ON story BEGIN
                    DELETE FROM story_key WHERE rowid = old.rowid;
                END;
                """)
        }
        migrator.registerMigration("v6 reanalysis progress") { db in
            // One row while `reanalyze` runs: the last story whose new analysis is committed,
            // so a run that was killed is resumed (and said to be unfinished) instead of
            // leaving old and new analyses mixed without a word.
            try db.execute(sql: """
                CREATE TABLE reanalysis (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    after_rowid INTEGER NOT NULL,
                    started TEXT NOT NULL)
                """)
        }
        migrator.registerMigration("v6 story filings") { db in
            // The wire files one story under several sections; the story row keeps the first,
            // this table the others (empty text for none, so the key is never NULL).
            try db.execute(sql: """
                CREATE TABLE story_filing (
                    story_rowid INTEGER NOT NULL,
                    section TEXT NOT NULL,
                    category TEXT NOT NULL,
                    PRIMARY KEY (story_rowid, section, category)) WITHOUT ROWID;
                CREATE INDEX story_filing_by_section ON story_filing(section COLLATE NOCASE);
                """)
        }
        migrator.registerMigration("v6 bookmark anchors") { db in
            // A bookmark whose quotation a correction changed beyond recognition is kept, flagged.
            try db.execute(sql: "ALTER TABLE bookmark ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("search words, for prefix searches") { db in
            // The full-text index's words, by which a prefix is written out as the words it
            // stands for (see SearchQuery+Prefixes); `save` adds those of each story. Listing
            // them reads the whole index: 12 s for a million stories.
            try db.execute(sql: """
                CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE VIRTUAL TABLE temp.story_fts_words USING fts5vocab(main, story_fts, row);
                INSERT INTO search_word (word) SELECT term FROM temp.story_fts_words;
                DROP TABLE temp.story_fts_words;
                """)
        }
        migrator.registerMigration("v6 corrections of quotations and people") { db in
            // The user's corrections, apart from the analysis, which re-imports and re-analyses
            // rewrite: a quotation's is keyed by its story's stable id and its text (with its
            // place to break ties), a person's by the name's key (as the person table's).
            try db.execute(sql: """
                CREATE TABLE quotation_correction (
                    id INTEGER PRIMARY KEY,
                    story_uid INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    paragraph INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    not_a_quote INTEGER NOT NULL,
                    speaker_kind TEXT,
                    speaker TEXT,
                    created TEXT NOT NULL);
                CREATE INDEX quotation_correction_by_story ON quotation_correction(story_uid);
                CREATE TABLE person_correction (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    same_as_key TEXT,
                    same_as TEXT,
                    created TEXT NOT NULL);
                """)
        }
        return migrator
    }()

    /// Encodes each story's analysis from the tables of migration v2 into one story_analysis row.
    private static func moveAnalysesIntoRows(_ db: Database) throws {
        let rowids = try Int64.fetchAll(db, sql: """
            SELECT story_rowid FROM story_person UNION SELECT story_rowid FROM story_topic
            UNION SELECT story_rowid FROM quote
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO story_analysis (story_rowid, data) VALUES (?, ?)")
        for rowid in rowids {
            var analysis = StoryAnalysis()
            var positions: [Int64: Int] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT person.id, person.name, story_person.role, story_person.mentions
                FROM story_person JOIN person ON person.id = story_person.person_id
                WHERE story_rowid = ? ORDER BY position
                """), arguments: [rowid]) {
                positions[row["id"]] = analysis.people.count
                let mentions = (row["mentions"] as String).split(separator: ",").compactMap { item -> TextSpan? in
                    let parts = item.split(whereSeparator: { $0 == ":" || $0 == "-" }).compactMap { Int($0) }
                    return parts.count == 3 ? TextSpan(paragraph: parts[0], start: parts[1], end: parts[2]) : nil
                }
                analysis.people.append(Person(name: row["name"], role: row["role"], mentions: mentions))
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM quote WHERE story_rowid = ? ORDER BY position"),
                                        arguments: [rowid]) {
                let personID: Int64? = row["person_id"]
                let speaker = Speaker(kind: Speaker.Kind(rawValue: row["speaker_kind"]) ?? .unknown, text: row["speaker"],
                                      person: personID.flatMap { positions[$0] })
                analysis.quotes.append(Quote(start: TextSpan(paragraph: row["paragraph"], start: row["start"], end: row["end"]),
                                             endParagraph: row["end_paragraph"], speaker: speaker, partial: row["partial"]))
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT topic.name, topic.kind FROM story_topic JOIN topic ON topic.id = story_topic.topic_id
                WHERE story_rowid = ? ORDER BY position
                """), arguments: [rowid]) {
                analysis.topics.append(Topic(name: row["name"], kind: Topic.Kind(rawValue: row["kind"]) ?? .user))
            }
            try insert.execute(arguments: [rowid, StoredAnalysis.encode(analysis)])
        }
    }
}
