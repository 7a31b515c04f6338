import GRDB
import NewsModel

/// What saving one story did.
public enum SaveOutcome: Sendable, Equatable {
    case imported, updated, unchanged
}

extension NewsStore {
    /// Saves the stories in one transaction: new ones are inserted, ones whose content changed
    /// are updated in place (keeping their id, and so what is attached to them), repeats are left.
    public func save(_ stories: [Story]) throws(StoreError) -> [SaveOutcome] {
        try write { db in try stories.map { try save($0, in: db) } }
    }

    private func save(_ story: Story, in db: Database) throws -> SaveOutcome {
        let id = story.id.rawValue
        let fingerprint = story.fingerprint
        let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT fingerprint FROM story WHERE id = ?"), arguments: [id])
        if existing == fingerprint { return .unchanged }
        let body = story.paragraphs.joined(separator: "\n")
        let arguments: StatementArguments = [
            story.published.description, story.wireDate.description, story.section, story.category,
            story.agency, story.place, story.title, story.byline,
            story.authors.joined(separator: "\n"), fingerprint, body, id,
        ]
        if existing == nil {
            try db.cachedStatement(sql: """
                INSERT INTO story (published, wire_date, section, category, agency, place, title,
                                   byline, authors, fingerprint, body, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: arguments)
        } else {
            try db.cachedStatement(sql: """
                UPDATE story SET published = ?, wire_date = ?, section = ?, category = ?, agency = ?,
                    place = ?, title = ?, byline = ?, authors = ?, fingerprint = ?, body = ?
                WHERE id = ?
                """).execute(arguments: arguments)
            try db.cachedStatement(sql: "DELETE FROM story_cjk WHERE rowid = ?").execute(arguments: [id])
        }
        let text = story.title + "\n" + body
        if CJKText.contains(text) {
            try db.cachedStatement(sql: "INSERT INTO story_cjk (rowid, text) VALUES (?, ?)")
                .execute(arguments: [id, CJKText.indexText(text)])
        }
        return existing == nil ? .imported : .updated
    }
}
