import GRDB

/// The cache's migrations, and the state of a cache in their terms. Every migration that
/// a cache lacks runs in the caller's one write transaction, together with the checks that
/// decided to run it, so two processes opening a new or older cache at once cannot both
/// run one: the second waits for the first's transaction and then finds nothing to do.
///
/// GRDB's `DatabaseMigrator` gives each migration a transaction of its own and reads which
/// have run before taking the lock, so two processes creating a cache both ran "v1 stories"
/// ('table "story" already exists', 12 of 12 trials); its transactions cannot be nested in
/// one. The applied migrations are still recorded in its table, `grdb_migrations`, so caches
/// it migrated open unchanged.
struct CacheMigrator: Sendable {
    typealias Migration = @Sendable (Database) throws -> Void

    /// What a cache needs before this version can use it.
    enum State: Equatable {
        /// Every migration has run.
        case current
        /// An empty file, or none yet: every migration is to run.
        case new
        /// Written by an earlier version: the migrations it lacks are to run.
        case older
        /// Written by a newer version: it has migrations this one does not know.
        case newer
        /// An SQLite database of another program.
        case foreign
    }

    private var migrations: [(identifier: String, migrate: Migration)] = []
    /// Every migration's name, in the order they run.
    var identifiers: [String] { migrations.map(\.identifier) }

    /// Appends a migration; registered once, never edited after release.
    mutating func registerMigration(_ identifier: String, migrate: @escaping Migration) {
        precondition(!migrations.contains { $0.identifier == identifier }, "migration \(identifier) registered twice")
        migrations.append((identifier, migrate))
    }

    func state(_ db: Database, applicationID: Int32) throws -> State {
        let applied = try appliedIdentifiers(db)
        let known = Set(migrations.map(\.identifier))
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") != applicationID {
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            return objects == 0 ? .new : .foreign
        }
        if !applied.isSubset(of: known) { return .newer }
        if applied.count == known.count { return .current }
        return applied.isEmpty ? .new : .older
    }

    /// Runs the migrations the cache lacks, in the order they were registered, up to and
    /// including `last` (all when nil). Must be called inside a write transaction.
    func migrate(_ db: Database, upTo last: String? = nil) throws {
        precondition(db.isInsideTransaction, "migrations run inside the caller's transaction")
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try appliedIdentifiers(db)
        for migration in migrations {
            if !applied.contains(migration.identifier) {
                try migration.migrate(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
            }
            if migration.identifier == last { return }
        }
    }

    private func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }
}
