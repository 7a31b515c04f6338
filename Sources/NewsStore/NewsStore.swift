import CSearchRank
import Foundation
import GRDB
import NewsModel

/// The local cache of stories: an SQLite database in WAL mode, so a reader stays responsive
/// while an import writes.
public final class NewsStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// The matches of the last searches (see NewsStore+Search).
    let searchCache = SearchCache()

    /// 'NWSW': marks the file as a NewsWire cache, so another program's database is refused.
    static let applicationID: Int32 = 0x4E57_5357

    /// `upgrading` is called before a cache written by an earlier version is upgraded, which
    /// can take a minute for a million stories.
    public init(path: String, upgrading: (() -> Void)? = nil) throws(StoreError) {
        self.path = path
        try NewsStore.prepareLocation(path)
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // Stories are ~3 KB: 16 KB pages hold several, where 4 KB pages waste a quarter
            // of each. Takes effect only when the file is created.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Checkpoints copy the log into the database with an fsync; at the default of
            // 1,000 pages they cost an import a third of its time.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
            db.add(function: NewsStore.inflate)
            if nw_register_match_stats(db.sqliteConnection) != 0 {
                throw StoreError.sqlite("\(path): this SQLite has no FTS5, which NewsWire's search needs")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
        try migrate(upgrading: upgrading)
    }

    /// Gives the writing connection a larger page cache for a long import: the person and
    /// topic indexes take rows all over, and with the readers' 16 MB an import of 100,000
    /// stories spends a tenth of its time re-reading pages (28 MB: 4,300 -> 4,700 stories/s).
    public func prepareForImport() throws(StoreError) {
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

    private static func prepareLocation(_ path: String) throws(StoreError) {
        let fileManager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !fileManager.fileExists(atPath: directory) {
            do { try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            catch { throw .cannotCreate(path: path, reason: "cannot create folder \(directory)") }
        }
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .cannotCreate(path: path, reason: "it is a folder") }
            if !fileManager.isWritableFile(atPath: path) { throw .readOnly(path: path) }
            if !fileManager.isWritableFile(atPath: directory.isEmpty ? "." : directory) { throw .readOnly(path: path) }
        } else if !fileManager.isWritableFile(atPath: directory.isEmpty ? "." : directory) {
            throw .cannotCreate(path: path, reason: "folder \(directory) is not writable")
        }
    }

    private func migrate(upgrading: (() -> Void)?) throws(StoreError) {
        do {
            let isOlder = try pool.writeWithoutTransaction { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != NewsStore.applicationID && objects > 0 {
                    throw StoreError.notNewsWire(path: path)
                }
                if try NewsStore.migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerVersion(path: path)
                }
                return try !NewsStore.migrator.appliedIdentifiers(db).isEmpty
                    && !NewsStore.migrator.hasCompletedMigrations(db)
            }
            if isOlder { upgrading?() }
            try NewsStore.migrator.migrate(pool)
        } catch {
            throw NewsStore.storeError(error, path: path)
        }
    }

    /// Every error that leaves the store is a `StoreError` with the cache's path in it.
    static func storeError(_ error: Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .sqlite("\(path): \(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "damaged pages")
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_CANTOPEN: return .cannotCreate(path: path, reason: error.message ?? "cannot open")
        default: return .sqlite("\(path): \(error.message ?? error.description)")
        }
    }

    /// Runs `body` on a reader connection, turning database errors into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw NewsStore.storeError(error, path: path) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw NewsStore.storeError(error, path: path) }
    }
}
