import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// The filings of a story beyond its own section and category.
    static func otherFilings(rowid: Int64, _ db: Database) throws -> [Filing] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT section, category FROM story_filing WHERE story_rowid = ?"),
                         arguments: [rowid]).map { row in
            let section: String = row["section"], category: String = row["category"]
            return Filing(section: section.isEmpty ? nil : section, category: category.isEmpty ? nil : category)
        }
    }

    /// Records that the story is also filed under `filing`; false when it already was.
    static func addFiling(_ filing: Filing, rowid: Int64, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_filing (story_rowid, section, category) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, filing.section ?? "", filing.category ?? ""])
        return db.changesCount == 1
    }

    static func removeFiling(_ filing: Filing, rowid: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM story_filing WHERE story_rowid = ? AND section = ? AND category = ?")
            .execute(arguments: [rowid, filing.section ?? "", filing.category ?? ""])
    }

    /// Whether any story is filed under this section besides its first: only then does a
    /// section filter need the filings, and the common one keeps its index.
    static func hasOtherFilings(section: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM story_filing WHERE section = ? COLLATE NOCASE LIMIT 1", arguments: [section]) ?? false
    }
}

extension Row {
    /// The filing a story row holds.
    var filing: Filing { Filing(section: self["section"], category: self["category"]) }

    /// Whether the story in this row is `prepared`'s story but for its filing (section,
    /// category, wire date): the wire filing one story under another section.
    func isSameStory(butFiling prepared: PreparedStory) -> Bool {
        let story = prepared.story
        guard self["title"] == story.title, self["published"] == prepared.published, self["agency"] == story.agency,
              self["place"] == story.place, self["byline"] == story.byline, self["authors"] == prepared.authors,
              let body = (self["body"] as Data?).flatMap(CompressedText.decompress) else { return false }
        return body == prepared.body
    }
}
