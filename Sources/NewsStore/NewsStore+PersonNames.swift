import Foundation
import GRDB
import NewsModel

/// A person as the queries see them once corrected: their own row, and the rows of every
/// other name a correction made theirs.
struct PersonGroup: Sendable, Hashable {
    var id: Int64
    var name: String
    /// `id` first.
    var ids: [Int64]

    /// A subquery of the rowids of the stories naming them by any of their names (`where`
    /// narrows the index rows further), with its arguments.
    func storyRowids(where condition: String? = nil) -> (sql: String, arguments: StatementArguments) {
        let match = ids.count == 1 ? "= ?" : "IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))"
        return ("SELECT story_rowid FROM story_person WHERE person_id \(match)\(condition.map { " AND \($0)" } ?? "")",
                StatementArguments(ids))
    }
}

enum PersonName {
    /// Whether `query` names the person: their whole name or whole words of it, case aside
    /// ("takaichi", "sanae takaichi"), as `--person` matches.
    static func matches(_ query: String, _ name: String) -> Bool {
        (" " + NewsStore.personKey(name) + " ").contains(" " + NewsStore.personKey(query.trimmed) + " ")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension NewsStore {
    /// The person a name or a unique part of one names ("Sanae Takaichi", "takaichi"), with
    /// all their names; a name corrected as no person names nobody.
    static func personGroup(_ name: String, _ corrections: PersonCorrections, _ db: Database) throws -> PersonGroup {
        let key = personKey(name.trimmed)
        if let exact = try Row.fetchOne(db, sql: "SELECT id, name FROM person WHERE key = ?", arguments: [key]) {
            guard let person = corrections.person(key, name: exact["name"]) else { throw StoreError.notAPerson(name) }
            return try group(person, corrections, db) ?? PersonGroup(id: exact["id"], name: exact["name"], ids: [exact["id"]])
        }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        let matches = try Row.fetchAll(db, sql: """
            SELECT id, name, key FROM person WHERE (' ' || key || ' ') LIKE ? ESCAPE '\\'
              AND EXISTS (SELECT 1 FROM story_person WHERE person_id = person.id) LIMIT 50
            """, arguments: ["% \(escaped) %"])
        // Several names of one person are one match; a name that is no person is none.
        var people: [(key: String, name: String)] = []
        for match in matches {
            guard let person = corrections.person(match["key"], name: match["name"]) else { continue }
            if !people.contains(where: { $0.key == person.key }) { people.append(person) }
        }
        switch people.count {
        case 0: throw StoreError.noSuchPerson(name)
        case 1: guard let found = try group(people[0], corrections, db) else { throw StoreError.noSuchPerson(name) }
            return found
        default: throw StoreError.ambiguousPerson(name, candidates: people.prefix(6).map(\.name))
        }
    }

    /// The person of a person row's id, with all their names.
    static func personGroup(id: Int64, _ corrections: PersonCorrections, _ db: Database) throws -> PersonGroup {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, key FROM person WHERE id = ?", arguments: [id]) else {
            throw StoreError.noSuchPerson("#\(id)")
        }
        guard let person = corrections.person(row["key"], name: row["name"]) else { throw StoreError.notAPerson(row["name"]) }
        return try group(person, corrections, db) ?? PersonGroup(id: id, name: row["name"], ids: [id])
    }

    private static func group(_ person: (key: String, name: String), _ corrections: PersonCorrections,
                              _ db: Database) throws -> PersonGroup? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM person WHERE key = ?", arguments: [person.key]) else { return nil }
        var ids: [Int64] = [row["id"]]
        for other in corrections.otherNames(of: person.key) {
            if let id = try existingID(in: "person", key: other, db) { ids.append(id) }
        }
        return PersonGroup(id: row["id"], name: row["name"], ids: ids)
    }
}
