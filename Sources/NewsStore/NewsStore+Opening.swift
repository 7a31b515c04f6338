import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension NewsStore {
    /// Whether the cache can be written, decided before SQLite opens it.
    enum Access {
        case writable
        /// Only readable; writes get this error.
        case readOnly(StoreError)
    }

    /// Creates the cache's folder if needed, and tells whether the cache can be written: it
    /// can be read whenever its file can, but SQLite writes beside it (its log, `-wal`), so
    /// a cache in a folder the user cannot write is read-only too.
    static func prepareLocation(_ path: String) throws(StoreError) -> Access {
        let fileManager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        if !directory.isEmpty, !fileManager.fileExists(atPath: directory) {
            do { try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            catch { throw .cannotCreate(path: path, reason: "cannot create folder \(directory)") }
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if isReadOnlyFileSystem(folder) { throw .cannotCreate(path: path, reason: "the file system is read-only") }
            if access(folder, W_OK) != 0 { throw .cannotCreate(path: path, reason: "folder \(directory) is not writable") }
            return .writable
        }
        if isDirectory.boolValue { throw .cannotCreate(path: path, reason: "it is a folder") }
        if access(path, R_OK) != 0 { throw .cannotRead(path: path) }
        if isReadOnlyFileSystem(path) { return .readOnly(.readOnly(path: path, reason: "it is on a read-only file system")) }
        if access(path, W_OK) != 0 { return .readOnly(.readOnly(path: path, reason: "you have no write permission on it")) }
        if access(folder, W_OK) != 0 {
            return .readOnly(.readOnly(path: path, reason: "you have no write permission on its folder, where SQLite keeps its log"))
        }
        return .writable
    }

    /// Opens the cache for writing, or for reading only when it cannot be written (or the
    /// disk is full). Readers of a WAL database share an index of its log in a `-shm` file
    /// beside it; where that file can be neither opened nor created (a read-only file system,
    /// another user's folder, a full disk) and the log is empty, the file alone holds the
    /// whole cache and is read as immutable.
    static func open(_ path: String, access: Access, busy: BusyWait,
                     salvaging: Bool = false) throws(StoreError) -> (pool: DatabasePool, refusal: StoreError?) {
        var refusal: StoreError
        switch access {
        case .readOnly(let error):
            refusal = error
        case .writable:
            do {
                let pool = try openSwitchingToWAL(path, busy: busy)
                try probe(pool)
                return (pool, nil)
            } catch let error as DatabaseError where isDiskFull(error, path: path) {
                refusal = .diskFull(path: path)
            } catch {
                throw storeError(error, path: path)
            }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readonly: true, busy: busy, salvaging: salvaging))
            try probe(pool)
            return (pool, refusal)
        } catch let error as DatabaseError where cannotShareLogIndex(error) && logIsEmpty(path) {
            do {
                let pool = try DatabasePool(path: immutableURI(path),
                                            configuration: configuration(readonly: true, busy: busy, salvaging: salvaging))
                try probe(pool)
                return (pool, refusal)
            } catch {
                throw storeError(error, path: path)
            }
        } catch let error as DatabaseError where isDiskFull(error, path: path) {
            throw .diskFull(path: path)
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Opens the pool, which puts a new cache in WAL mode. SQLite's switch of journal mode
    /// does not call the busy handler: while another process opens the same new cache it
    /// fails at once with SQLITE_BUSY (1 run in 6 of 20 rounds of ConcurrentProcessesTests),
    /// so it is tried again here, as patiently as any write.
    private static func openSwitchingToWAL(_ path: String, busy: BusyWait) throws -> DatabasePool {
        let start = Date()
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration(readonly: false, busy: busy))
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY
                        && Date().timeIntervalSince(start) < BusyWait.patience {
                usleep(2000)
            }
        }
    }

    /// A first read: it opens the log index, and finds a file that is not a database.
    private static func probe(_ pool: DatabasePool) throws {
        try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
    }

    private static func cannotShareLogIndex(_ error: DatabaseError) -> Bool {
        [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_FULL].contains(error.resultCode)
    }

    private static func logIsEmpty(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return size == 0
    }

    /// `file:PATH?immutable=1`: SQLite then takes no lock and needs no `-shm`. Only for a
    /// cache whose log is empty; a writer that came later would go unseen, which a read-only
    /// file system or another user's folder hardly allows.
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    private static func isReadOnlyFileSystem(_ path: String) -> Bool {
        var info = statvfs()
        return statvfs(path, &info) == 0 && (info.f_flag & UInt(ST_RDONLY)) != 0
    }

    /// SQLITE_FULL, or an I/O error where the cache's disk has (next to) no space left:
    /// SQLite reports a `-shm` it cannot grow as an I/O error.
    static func isDiskFull(_ error: DatabaseError, path: String) -> Bool {
        switch error.resultCode {
        case .SQLITE_FULL: return true
        case .SQLITE_IOERR: return freeBytes(near: path).map { $0 < 256 << 10 } ?? false
        default: return false
        }
    }

    private static func freeBytes(near path: String) -> Int? {
        let directory = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &info) == 0 else { return nil }
        let blocks = geteuid() == 0 ? info.f_bfree : info.f_bavail
        return Int(blocks) * Int(info.f_frsize)
    }

    /// Every error that leaves the store is a `StoreError` with the cache's path in it.
    static func storeError(_ error: Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .sqlite("\(path): \(error)") }
        if isDiskFull(error, path: path) { return .diskFull(path: path) }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "damaged pages")
        case .SQLITE_READONLY: return .readOnly(path: path, reason: error.message ?? "SQLite cannot write it")
        case .SQLITE_CANTOPEN: return .cannotCreate(path: path, reason: error.message ?? "cannot open")
        case .SQLITE_BUSY: return .busy(path: path)
        default: return .sqlite("\(path): \(error.message ?? error.description)")
        }
    }
}
