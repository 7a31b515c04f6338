import Foundation
import GRDB
import NewsModel

/// What could be read of what the user made in a damaged cache: bookmarks (with their notes)
/// and corrections. The stories themselves come back by importing the wire again.
public struct CacheSalvage: Sendable {
    /// Bookmarks read whole, with their notes and citations.
    public var bookmarks: [Bookmark] = []
    /// Bookmarks of which only the story and the quotation's text could be read (from the
    /// bookmarks' own index, where their rows were lost): enough to attach them again.
    public var textOnly: [(id: Int64, storyID: StoryID, text: String)] = []
    /// Corrections of quotations and of people, as far as their rows read.
    public var quotationCorrections: [QuotationCorrection] = []
    public var personCorrections: [PersonCorrection] = []
    /// What could not be read, for the user.
    public var problems: [String] = []
}

extension NewsStore {
    /// Reads every bookmark and correction it can from a cache that may be damaged (truncated,
    /// overwritten pages), without writing to it: each table from both ends, as far as its
    /// pages read, then each bookmark its index names that the scans missed, by its id, and
    /// failing that the story and text the index holds.
    public static func salvage(from path: String) throws(StoreError) -> CacheSalvage {
        let refusal = StoreError.readOnly(path: path, reason: "read to salvage it")
        let busy = BusyWait(onLongWait: nil)
        guard FileManager.default.fileExists(atPath: path) else { throw .noSuchCache(path: path) }
        if access(path, R_OK) != 0 { throw .cannotRead(path: path) }
        let pool = try open(path, access: .readOnly(refusal), busy: busy, salvaging: true).pool
        var salvage = CacheSalvage()
        // Each read alone and outside a transaction: SQLite ends a transaction that meets a
        // damaged page.
        func scan(_ sql: String, _ body: (Row) -> Void) {
            do {
                try pool.unsafeRead { db in
                    let rows = try Row.fetchCursor(db, sql: sql)
                    while let row = try rows.next() { body(row) }
                }
            } catch {
                let problem = (error as? DatabaseError)?.message ?? "\(error)"
                if !salvage.problems.contains(problem) { salvage.problems.append(problem) }
            }
        }
        do {
            guard try pool.unsafeRead({ try $0.tableExists("bookmark") }) else { throw StoreError.notNewsWire(path: path) }
        } catch {
            throw storeError(error, path: path)
        }
        var found: [Int64: Bookmark] = [:]
        for order in ["ASC", "DESC"] {
            scan("SELECT * FROM bookmark ORDER BY id \(order)") { row in
                if let bookmark = Bookmark(salvaging: row) { found[bookmark.id] = bookmark }
            }
        }
        var indexed: [Int64: (id: Int64, storyID: StoryID, text: String)] = [:]
        for order in ["ASC", "DESC"] {
            scan("""
                SELECT id, story_uid, text FROM bookmark INDEXED BY sqlite_autoindex_bookmark_1
                ORDER BY story_uid \(order), text \(order)
                """) { row in
                if let entry = Bookmark(salvaging: row) { indexed[entry.id] = (entry.id, entry.storyID, entry.text) }
            }
        }
        for (id, entry) in indexed.sorted(by: { $0.key < $1.key }) where found[id] == nil {
            scan("SELECT * FROM bookmark WHERE id = \(id)") { row in found[id] = Bookmark(salvaging: row) }
            if found[id] == nil { salvage.textOnly.append(entry) }
        }
        salvage.bookmarks = found.values.sorted { $0.id < $1.id }
        // A cache from before corrections has no tables of them.
        if (try? pool.unsafeRead({ try $0.tableExists("quotation_correction") })) == true {
            (salvage.quotationCorrections, salvage.personCorrections) = salvageCorrections(scan: scan)
        }
        return salvage
    }
}

extension Bookmark {
    /// A bookmark from a row of a damaged cache, whose columns may hold anything; nil
    /// without its story and text.
    init?(salvaging row: Row) {
        func value<T: DatabaseValueConvertible>(_ column: String) -> T? { row.salvaged(column) }
        guard let id: Int64 = value("id"), let uid: Int64 = value("story_uid"), let text: String = value("text") else { return nil }
        self.init(id: id, storyID: StoryID(rawValue: uid), text: text, speaker: value("speaker"),
                  speakerKind: (value("speaker_kind") as String?).flatMap(Speaker.Kind.init(rawValue:)) ?? .unknown,
                  role: value("role"), paragraph: value("paragraph") ?? 0, start: value("start") ?? 0,
                  created: value("created") ?? "", note: value("note"), title: value("title") ?? "",
                  agency: value("agency"), place: value("place"),
                  published: (value("published") as String?).flatMap(Day.init(iso:)) ?? Day(year: 1970, month: 1, day: 1)!)
    }
}

extension Row {
    /// The column's value when it is there and of the type wanted; a damaged row's may be anything.
    func salvaged<T: DatabaseValueConvertible>(_ column: String) -> T? {
        hasColumn(column) ? T.fromDatabaseValue(self[column] as DatabaseValue) : nil
    }
}
