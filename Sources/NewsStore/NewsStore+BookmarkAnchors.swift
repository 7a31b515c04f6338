import Foundation
import GRDB
import NewsModel

/// Finds a bookmark's quotation again in a corrected or reanalysed story: the same text, else
/// the quotation most like it, else the same words anywhere in the text. A bookmark found
/// nowhere is kept, flagged as orphaned.
enum BookmarkAnchor {
    struct Place: Equatable {
        var text: String
        var paragraph: Int
        var start: Int
    }

    /// Quotations this alike (Dice coefficient of their words) are taken for the same one
    /// edited: a corrected word or two in a sentence keeps it well above, another sentence
    /// of the same story falls well below.
    static let minimumLikeness = 0.6

    static func place(of text: String, near paragraph: Int, quotes: [Place], paragraphs: [String]) -> Place? {
        func nearest(_ places: [Place]) -> Place? { places.min { abs($0.paragraph - paragraph) < abs($1.paragraph - paragraph) } }
        if let exact = nearest(quotes.filter { $0.text == text }) { return exact }
        let words = BookmarkAnchor.words(text)
        let scored = quotes.map { ($0, likeness(words, BookmarkAnchor.words($0.text))) }
        if let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= minimumLikeness { return best.0 }
        for (index, paragraphText) in paragraphs.enumerated() {
            if let range = paragraphText.range(of: text) {
                return Place(text: text, paragraph: index, start: paragraphText.unicodeScalars[..<range.lowerBound].count)
            }
        }
        return nil
    }

    static func words(_ text: String) -> [String: Int] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).reduce(into: [:]) { $0[String($1), default: 0] += 1 }
    }

    static func likeness(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}

extension NewsStore {
    /// Moves the story's bookmarks to where their quotations are in its text as stored now
    /// (with `analysis`, nil when it has none), in the transaction that stored it.
    static func reanchorBookmarks(of story: StoryID, paragraphs: [String], analysis: StoryAnalysis?, _ db: Database) throws {
        let bookmarks = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text, paragraph, start FROM bookmark WHERE story_uid = ?"),
                                         arguments: [story.rawValue])
        guard !bookmarks.isEmpty else { return }
        let scalars = ParagraphScalars(paragraphs)
        let quotes = (analysis?.quotes ?? []).map { BookmarkAnchor.Place(text: scalars.text(of: $0), paragraph: $0.start.paragraph, start: $0.start.start) }
        for row in bookmarks {
            let id: Int64 = row["id"]
            guard let place = BookmarkAnchor.place(of: row["text"], near: row["paragraph"], quotes: quotes, paragraphs: paragraphs) else {
                try db.execute(sql: "UPDATE bookmark SET orphaned = 1 WHERE id = ?", arguments: [id])
                continue
            }
            do {
                try db.execute(sql: "UPDATE bookmark SET text = ?, paragraph = ?, start = ?, orphaned = 0 WHERE id = ?",
                               arguments: [place.text, place.paragraph, place.start, id])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // Another bookmark of the story already holds that quotation.
                try db.execute(sql: "UPDATE bookmark SET orphaned = 1 WHERE id = ?", arguments: [id])
            }
        }
    }

    /// Which of these stories have bookmarks (one query for a batch of a reanalysis).
    static func bookmarkedStories(among ids: [StoryID], _ db: Database) throws -> Set<StoryID> {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT story_uid FROM bookmark WHERE story_uid IN (\(marks))",
                                      arguments: StatementArguments(ids.map(\.rawValue))).map(StoryID.init(rawValue:)))
    }
}
