import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Every correction, oldest first (quotations', then people's), with where each applies
    /// now: one whose quotation is gone is listed as such, never dropped.
    public func corrections() throws(StoreError) -> [CorrectionEntry] {
        try read { db in
            let quotations = try Row.fetchAll(db, sql: "SELECT * FROM quotation_correction ORDER BY id").map(QuotationCorrection.init(row:))
            var anchorings: [Int64: (CorrectionEntry.Anchoring, String?)] = [:]
            for story in Set(quotations.map(\.storyID)) {
                for (id, anchoring) in try NewsStore.anchorings(ofStory: story, db) { anchorings[id] = anchoring }
            }
            var entries = quotations.map { correction in
                let (anchoring, title) = anchorings[correction.id] ?? (.storyMissing, nil)
                return CorrectionEntry.quotation(correction, anchoring, storyTitle: title)
            }
            for row in try PersonCorrections(db).rows.values.sorted(by: { $0.id < $1.id }) {
                entries.append(.person(PersonCorrection(row), stories: try NewsStore.storyCount(ofPersonKey: row.key, db)))
            }
            return entries
        }
    }

    /// Removes a correction by the id `corrections` lists (`q3`, `p1`), and returns it as it stood.
    @discardableResult
    public func removeCorrection(_ reference: String) throws(StoreError) -> CorrectionEntry {
        let kind = reference.lowercased().first
        guard kind == "q" || kind == "p", let id = Int64(reference.dropFirst()) else { throw .noSuchCorrection(reference) }
        return try write { db in
            if kind == "p" {
                guard let row = try PersonCorrections(db).rows.values.first(where: { $0.id == id }) else {
                    throw StoreError.noSuchCorrection(reference)
                }
                let entry = CorrectionEntry.person(PersonCorrection(row), stories: try NewsStore.storyCount(ofPersonKey: row.key, db))
                try db.execute(sql: "DELETE FROM person_correction WHERE id = ?", arguments: [id])
                return entry
            }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM quotation_correction WHERE id = ?", arguments: [id]) else {
                throw StoreError.noSuchCorrection(reference)
            }
            let correction = QuotationCorrection(row: row)
            let (anchoring, title) = try NewsStore.anchorings(ofStory: correction.storyID, db)[id] ?? (.storyMissing, nil)
            let delete = { try db.execute(sql: "DELETE FROM quotation_correction WHERE id = ?", arguments: [id]) }
            if let story = try Row.fetchOne(db, sql: "SELECT rowid, published FROM story WHERE uid = ?",
                                            arguments: [correction.storyID.rawValue]) {
                var writer = try AnalysisWriter(db)
                try writer.rewritePersonRows(rowid: story["rowid"], uid: correction.storyID.rawValue, day: Day(stored: story["published"]),
                                             around: delete)
            } else {
                try delete()
            }
            return .quotation(correction, anchoring, storyTitle: title)
        }
    }

    /// Where each of a story's quotation corrections applies, by correction id, with the story's title.
    private static func anchorings(ofStory id: StoryID, _ db: Database) throws -> [Int64: (CorrectionEntry.Anchoring, String?)] {
        let corrections = try quotationCorrections(ofStory: id.rawValue, db)
        guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS story_rowid, title, body FROM story WHERE uid = ?",
                                         arguments: [id.rawValue]) else {
            return Dictionary(uniqueKeysWithValues: corrections.map { ($0.id, (.storyMissing, nil)) })
        }
        let title: String = row["title"]
        let paragraphs = paragraphs(row)
        let quotes = try storedAnalysis(rowid: row["story_rowid"], paragraphs: paragraphs, db)?.analysis.quotes ?? []
        var result = Dictionary(uniqueKeysWithValues: corrections.map { ($0.id, (CorrectionEntry.Anchoring.quotationGone, title as String?)) })
        for (number, index) in QuotationAnchor.assign(corrections, to: quotes, paragraphs: paragraphs) {
            result[corrections[index].id] = (.quote("\(id.short).\(number)"), title)
        }
        return result
    }

    private static func storyCount(ofPersonKey key: String, _ db: Database) throws -> Int {
        guard let id = try existingID(in: "person", key: key, db) else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM story_person WHERE person_id = ?", arguments: [id]) ?? 0
    }
}
