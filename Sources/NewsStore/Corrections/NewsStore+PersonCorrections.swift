import Foundation
import GRDB
import NewsModel

/// What a user says about a name across the cache (`newswire person`).
public enum PersonRequest: Sendable, Hashable {
    case notAPerson
    /// The name is another name of this person (their full name, or a part naming only one person).
    case sameAs(String)
}

extension NewsStore {
    /// Corrects a person for every story, now and imported later; the name is found as
    /// `--person` finds people, and a correction the name had already is replaced.
    @discardableResult
    public func correctPerson(_ name: String, _ request: PersonRequest) throws(StoreError) -> PersonCorrection {
        try write { db in
            let corrections = try PersonCorrections(db)
            let subject = try NewsStore.personToCorrect(name, corrections, db)
            var sameAs: (key: String, name: String)?
            if case .sameAs(let otherName) = request {
                let other = try NewsStore.personGroup(otherName, corrections, db)
                let otherKey = NewsStore.personKey(other.name)
                let subjectIs = corrections.person(subject.key, name: subject.name)?.key ?? subject.key
                if subjectIs == otherKey || subject.key == otherKey { throw StoreError.alreadyOnePerson(subject.name, other.name) }
                sameAs = (otherKey, other.name)
            }
            let created = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: """
                INSERT INTO person_correction (key, name, same_as_key, same_as, created) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, same_as_key = excluded.same_as_key,
                    same_as = excluded.same_as, created = excluded.created
                """, arguments: [subject.key, subject.name, sameAs?.key, sameAs?.name, created])
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM person_correction WHERE key = ?", arguments: [subject.key]) ?? 0
            return PersonCorrection(id: id, name: subject.name, change: sameAs.map { .sameAs($0.name) } ?? .notAPerson, created: created)
        }
    }

    /// Undoes the correction of a name (the name as corrected, or a part naming only one
    /// corrected name), and returns it.
    @discardableResult
    public func removePersonCorrection(_ name: String) throws(StoreError) -> PersonCorrection {
        try write { db in
            let corrections = try PersonCorrections(db)
            var row = corrections.rows[NewsStore.personKey(name.trimmed)]
            if row == nil {
                let matching = corrections.rows.values.filter { PersonName.matches(name, $0.name) }.sorted { $0.id < $1.id }
                if matching.count > 1 { throw StoreError.ambiguousPerson(name, candidates: matching.map(\.name)) }
                row = matching.first
            }
            guard let row else { throw StoreError.noCorrection("'\(name)'") }
            try db.execute(sql: "DELETE FROM person_correction WHERE id = ?", arguments: [row.id])
            return PersonCorrection(row)
        }
    }

    /// The name a correction is about: a person row's own name when given in full (even one
    /// corrected already), else the person a part of a name names.
    private static func personToCorrect(_ name: String, _ corrections: PersonCorrections,
                                        _ db: Database) throws -> (key: String, name: String) {
        let key = personKey(name.trimmed)
        if let exact = try String.fetchOne(db, sql: "SELECT name FROM person WHERE key = ?", arguments: [key]) { return (key, exact) }
        let person = try personGroup(name, corrections, db)
        return (personKey(person.name), person.name)
    }
}

extension PersonCorrection {
    init(_ row: PersonCorrections.Entry) {
        self.init(id: row.id, name: row.name, change: row.sameAsKey == nil ? .notAPerson : .sameAs(row.sameAsName ?? row.sameAsKey!),
                  created: row.created)
    }
}
