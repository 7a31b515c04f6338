import CFullText
import Foundation
import GRDB

/// A cached statement run with its values bound through SQLite's C interface, for the inserts
/// an import makes for every story (a dozen a story): GRDB's arguments, an array of
/// existentials checked and copied for each statement, cost the writer an eighth of its
/// instructions. Values are bound as GRDB binds them (text up to its first NUL, copied), so
/// the rows are the same. Only for statements that return no rows, inside a transaction.
struct DirectStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private var index: Int32 = 0
    private var bindingFailure = SQLITE_OK

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ statement: Statement) {
        self.statement = statement
        handle = statement.sqliteStatement
        sqlite3_reset(handle)
    }

    mutating func bind(_ value: Int64) {
        index += 1
        note(sqlite3_bind_int64(handle, index, value))
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: String?) {
        index += 1
        guard let value else { return note(sqlite3_bind_null(handle, index)) }
        note(value.withCString { sqlite3_bind_text(handle, index, $0, -1, DirectStatement.transient) })
    }

    mutating func bind(_ value: Data) {
        index += 1
        note(value.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), DirectStatement.transient) })
    }

    private mutating func note(_ code: Int32) {
        if bindingFailure == SQLITE_OK { bindingFailure = code }
    }

    /// Runs the statement with the values bound, and leaves it reset for the next.
    func execute(_ db: Database) throws {
        defer { sqlite3_reset(handle) }
        guard bindingFailure == SQLITE_OK, index == sqlite3_bind_parameter_count(handle) else {
            throw DatabaseError(resultCode: ResultCode(rawValue: bindingFailure == SQLITE_OK ? SQLITE_RANGE : bindingFailure),
                                message: "\(index) values bound", sql: statement.sql)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }
}
