import Foundation
import GRDB
import NewsModel

/// What `importCorrections` did.
public struct CorrectionImport: Sendable, Equatable {
    public var added = 0
    /// Corrections this cache already had for the same quotation or name (its own are kept).
    public var alreadyThere = 0
}

extension NewsStore {
    /// The corrections of a damaged cache, read by `scan` (each table from both ends, as far
    /// as its pages read); rows whose values cannot be read are left out.
    static func salvageCorrections(scan: (String, (Row) -> Void) -> Void) -> ([QuotationCorrection], [PersonCorrection]) {
        var quotations: [Int64: QuotationCorrection] = [:]
        var people: [Int64: PersonCorrection] = [:]
        for order in ["ASC", "DESC"] {
            scan("SELECT * FROM quotation_correction ORDER BY id \(order)") { row in
                if let correction = QuotationCorrection(salvaging: row) { quotations[correction.id] = correction }
            }
            scan("SELECT * FROM person_correction ORDER BY id \(order)") { row in
                if let correction = PersonCorrection(salvaging: row) { people[correction.id] = correction }
            }
        }
        return (quotations.values.sorted { $0.id < $1.id }, people.values.sorted { $0.id < $1.id })
    }

    /// Puts back corrections exported from another cache (`salvage`), in one transaction. A
    /// quotation's is kept by its story and text whether or not the story is here yet (it
    /// applies once the story is imported); one this cache has for the same quotation or
    /// name already is left as this cache has it.
    public func importCorrections(quotations: [QuotationCorrection], people: [PersonCorrection]) throws(StoreError) -> CorrectionImport {
        let now = ISO8601DateFormatter().string(from: Date())
        func created(_ time: String) -> String { time.isEmpty ? now : time }
        return try write { db in
            var result = CorrectionImport()
            var writer = try AnalysisWriter(db)
            for correction in quotations {
                let exists = try Bool.fetchOne(db, sql: """
                    SELECT 1 FROM quotation_correction WHERE story_uid = ? AND text = ? AND paragraph = ? AND start = ?
                    """, arguments: [correction.storyID.rawValue, correction.text, correction.paragraph, correction.start]) ?? false
                if exists { result.alreadyThere += 1; continue }
                var speakerKind: String?, speaker: String?
                if case .speaker(let kind, let text) = correction.change { (speakerKind, speaker) = (kind.rawValue, text) }
                let insert = {
                    try db.execute(sql: """
                        INSERT INTO quotation_correction (story_uid, text, paragraph, start, not_a_quote, speaker_kind, speaker, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [correction.storyID.rawValue, correction.text, correction.paragraph, correction.start,
                                         correction.change == .notAQuote, speakerKind, speaker, created(correction.created)])
                }
                if let story = try Row.fetchOne(db, sql: "SELECT rowid, published FROM story WHERE uid = ?",
                                                arguments: [correction.storyID.rawValue]) {
                    try writer.rewritePersonRows(rowid: story["rowid"], uid: correction.storyID.rawValue, day: Day(stored: story["published"]),
                                                around: insert)
                } else {
                    try insert()
                }
                result.added += 1
            }
            for correction in people {
                let key = NewsStore.personKey(correction.name)
                var sameAs: (key: String, name: String)?
                if case .sameAs(let other) = correction.change { sameAs = (NewsStore.personKey(other), other) }
                // A name corrected here already, or a merge this cache has made the other way round.
                let here = try PersonCorrections(db)
                if here.touches(key) || sameAs.map({ here.person($0.key, name: $0.name)?.key == key }) == true {
                    result.alreadyThere += 1
                    continue
                }
                try db.execute(sql: "INSERT INTO person_correction (key, name, same_as_key, same_as, created) VALUES (?, ?, ?, ?, ?)",
                               arguments: [key, correction.name, sameAs?.key, sameAs?.name, created(correction.created)])
                result.added += 1
            }
            return result
        }
    }
}

extension QuotationCorrection {
    /// A correction from a row of a damaged cache, whose columns may hold anything; nil
    /// without its story, text and what it says.
    init?(salvaging row: Row) {
        func value<T: DatabaseValueConvertible>(_ column: String) -> T? { row.salvaged(column) }
        guard let id: Int64 = value("id"), let uid: Int64 = value("story_uid"), let text: String = value("text"),
              let notAQuote: Bool = value("not_a_quote") else { return nil }
        let change: Change
        if notAQuote {
            change = .notAQuote
        } else {
            guard let kind = (value("speaker_kind") as String?).flatMap(Speaker.Kind.init(rawValue:)) else { return nil }
            change = .speaker(kind, value("speaker"))
        }
        self.init(id: id, storyID: StoryID(rawValue: uid), text: text, paragraph: value("paragraph") ?? 0,
                  start: value("start") ?? 0, change: change, created: value("created") ?? "")
    }
}

extension PersonCorrection {
    init?(salvaging row: Row) {
        func value<T: DatabaseValueConvertible>(_ column: String) -> T? { row.salvaged(column) }
        guard let id: Int64 = value("id"), let name: String = value("name") else { return nil }
        let sameAs: String? = value("same_as") ?? value("same_as_key")
        self.init(id: id, name: name, change: sameAs.map { .sameAs($0) } ?? .notAPerson, created: value("created") ?? "")
    }
}
