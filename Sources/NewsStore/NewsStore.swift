import CFullText
import Foundation
import GRDB
import NewsModel

/// The local cache of stories: an SQLite database in WAL mode, so a reader stays responsive
/// while an import writes.
public final class NewsStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// The error every write gets when the cache can only be read (a read-only file or file
    /// system, or a full disk); nil when it can be written.
    public let writeRefusal: StoreError?
    let busy: BusyWait
    /// The matches of the last searches (see NewsStore+Search).
    let searchCache = SearchCache()

    /// 'NWSW': marks the file as a NewsWire cache, so another program's database is refused.
    static let applicationID: Int32 = 0x4E57_5357

    /// `upgrading` is called before a cache written by an earlier version is upgraded, which
    /// can take a minute for a million stories; `waiting` when a write has waited a second
    /// for another process's (an import's) transaction, and goes on waiting. `readingOnly`
    /// opens an up-to-date cache without a writing connection, whose setup can wait for an
    /// import's transaction; a new or older cache is still created or upgraded.
    public init(path: String, readingOnly: Bool = false, upgrading: (() -> Void)? = nil,
                waiting: (@Sendable () -> Void)? = nil) throws(StoreError) {
        self.path = path
        busy = BusyWait(onLongWait: waiting)
        let access = try NewsStore.prepareLocation(path)
        var opened = try NewsStore.openForReading(path, access: access, busy: busy, when: readingOnly)
        if opened == nil { opened = try NewsStore.open(path, access: access, busy: busy) }
        let (pool, refusal) = opened!
        self.pool = pool
        writeRefusal = refusal
        try migrate(upgrading: upgrading)
    }

    /// The cache opened read-only, when `wanted`, writable, and up to date; else nil.
    private static func openForReading(_ path: String, access: Access, busy: BusyWait,
                                       when wanted: Bool) throws(StoreError) -> (pool: DatabasePool, refusal: StoreError?)? {
        guard wanted, case .writable = access, FileManager.default.fileExists(atPath: path) else { return nil }
        let refusal = StoreError.readOnly(path: path, reason: "opened for reading only")
        let opened = try open(path, access: .readOnly(refusal), busy: busy)
        let state = try NewsStore.storeState(opened.pool, path: path)
        return state == .current ? opened : nil
    }

    private static func storeState(_ pool: DatabasePool, path: String) throws(StoreError) -> CacheMigrator.State {
        do { return try pool.read { try migrator.state($0, applicationID: applicationID) } }
        catch { throw storeError(error, path: path) }
    }

    /// Gives the writing connection a larger page cache for a long import: the person and
    /// topic indexes take rows all over, and with the readers' 16 MB an import of 100,000
    /// stories spends a tenth of its time re-reading pages (28 MB: 4,300 -> 4,700 stories/s).
    public func prepareForImport() throws(StoreError) {
        if let writeRefusal { throw writeRefusal }
        do {
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -28000") }
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
    }

    /// `inflate(body)`: a story's text in SQL, for the full-text index's content view.
    static let inflate = DatabaseFunction("inflate", argumentCount: 1, pure: true) { values in
        (values[0].storage.value as? Data).flatMap(CompressedText.decompress)
    }

    /// `salvaging` reads a damaged schema too: SQLite refuses every statement on a cache
    /// whose schema does not match its pages (a truncated file), unless the schema is
    /// "writable", which on a read-only connection only relaxes that check.
    static func configuration(readonly: Bool, busy: BusyWait, salvaging: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.busyMode = .callback { busy.shouldRetry(tries: $0) }
        config.prepareDatabase { db in
            // First: pragmas such as page_size read the schema.
            if salvaging { try db.execute(sql: "PRAGMA writable_schema = ON") }
            // Stories are ~3 KB: 16 KB pages hold several, where 4 KB pages waste a quarter
            // of each. Takes effect only when the file is created.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Checkpoints copy the log into the database with an fsync; at the default of
            // 1,000 pages they cost an import a third of its time.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
            db.add(function: NewsStore.inflate)
            if nw_register_match_stats(db.sqliteConnection) != 0 || nw_register_indexed_words(db.sqliteConnection) != 0 {
                throw StoreError.sqlite("this SQLite has no FTS5, which NewsWire's search needs")
            }
        }
        return config
    }

    /// Checks the cache and runs the migrations it lacks. Opening an up-to-date cache only
    /// reads, so a reader never waits for an import; a new or older one is checked again and
    /// migrated in one write transaction (see CacheMigrator).
    private func migrate(upgrading: (() -> Void)?) throws(StoreError) {
        let migrator = NewsStore.migrator
        let state = try NewsStore.storeState(pool, path: path)
        do {
            switch state {
            case .current: return
            case .foreign: throw StoreError.notNewsWire(path: path)
            case .newer: throw StoreError.newerVersion(path: path)
            case .new, .older:
                if let reason = writeRefusal?.refusalReason {
                    throw state == .older ? StoreError.cannotUpgrade(path: path, reason: reason)
                        : StoreError.cannotCreate(path: path, reason: reason)
                }
            }
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    switch try migrator.state(db, applicationID: NewsStore.applicationID) {
                    case .current: return .commit
                    case .foreign: throw StoreError.notNewsWire(path: path)
                    case .newer: throw StoreError.newerVersion(path: path)
                    case .older: upgrading?()
                    case .new: break
                    }
                    try migrator.migrate(db)
                    return .commit
                }
            }
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
    }

    /// Runs `body` on a reader connection, turning database errors into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw NewsStore.storeError(error, path: path) }
    }

    /// Runs `body` in a write transaction; with `waiting` false it gives up at once, with
    /// `StoreError.busy`, when another process is writing.
    func write<T>(waiting: Bool = true, _ body: (Database) throws -> T) throws(StoreError) -> T {
        if let writeRefusal { throw writeRefusal }
        do {
            // The transaction begins inside: the wait, if any, is for its BEGIN.
            return try pool.writeWithoutTransaction { db in
                try busy.waiting(waiting) {
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            }
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
    }
}
