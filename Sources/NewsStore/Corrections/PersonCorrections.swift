import GRDB
import NewsModel

/// The cache's corrections of people, read once per query (the table holds what users
/// corrected by hand, a few rows): which names are no person, and which are another name of
/// someone. Names are compared by their person key (`NewsStore.personKey`).
struct PersonCorrections: Sendable {
    struct Entry: Sendable, Hashable {
        var id: Int64
        var key: String
        var name: String
        /// The person this name is the same as; nil: the name is no person.
        var sameAsKey: String?
        var sameAsName: String?
        var created: String
    }

    private(set) var rows: [String: Entry] = [:]

    init(rows: [Entry] = []) {
        for row in rows { self.rows[row.key] = row }
    }

    init(_ db: Database) throws {
        self.init(rows: try Row.fetchAll(db, sql: "SELECT * FROM person_correction").map { row in
            Entry(id: row["id"], key: row["key"], name: row["name"], sameAsKey: row["same_as_key"], sameAsName: row["same_as"],
                created: row["created"])
        })
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Who a name is once corrected: the key and name of the person it is the same as (itself
    /// when uncorrected), or nil when it is no person, or the same as one who is no person.
    func person(_ key: String, name: String) -> (key: String, name: String)? {
        var current = (key: key, name: name)
        var seen: Set<String> = []
        while let row = rows[current.key] {
            guard let target = row.sameAsKey else { return nil }
            // Corrections never form a cycle (each points at a name that leads nowhere else);
            // a damaged table stops here rather than looping.
            guard seen.insert(current.key).inserted else { return current }
            current = (target, row.sameAsName ?? target)
        }
        return current
    }

    /// Whether the corrections touch this name at all.
    func touches(_ key: String) -> Bool { rows[key] != nil }

    /// Every corrected name that leads to the person `key` (not `key` itself).
    func otherNames(of key: String) -> [String] {
        rows.keys.filter { $0 != key && person($0, name: $0)?.key == key }.sorted()
    }

    /// The people corrections merge others into, each with the names that lead to them.
    var mergedPeople: [(key: String, names: [String])] {
        var names: [String: [String]] = [:]
        for key in rows.keys {
            guard let target = person(key, name: key), target.key != key else { continue }
            names[target.key, default: []].append(key)
        }
        return names.keys.sorted().map { ($0, names[$0]!.sorted()) }
    }

    /// The names that lead to no person.
    var hiddenNames: [String] {
        rows.keys.filter { person($0, name: $0) == nil }.sorted()
    }
}
