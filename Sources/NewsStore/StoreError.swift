/// What can go wrong with a cache, said so that the user knows what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
    case notADatabase(path: String)
    case notNewsWire(path: String)
    case corrupt(path: String, detail: String)
    case readOnly(path: String, reason: String)
    case diskFull(path: String)
    case busy(path: String)
    case newerVersion(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotRead(path: String)
    case noSuchCache(path: String)
    case cannotUpgrade(path: String, reason: String)
    case invalidSearch(query: String, detail: String)
    case noSuchStory(prefix: String)
    case ambiguousID(prefix: String, candidates: [String])
    case invalidID(String)
    case noSuchPerson(String)
    case ambiguousPerson(String, candidates: [String])
    case noSuchTopic(String)
    case noSuchQuote(String)
    case noSuchBookmark(Int64)
    case notAPerson(String)
    case notAQuotation(String)
    case noSuchSpeaker(String, story: String, people: [String])
    case ambiguousSpeaker(String, candidates: [String])
    case alreadyOnePerson(String, String)
    case noCorrection(String)
    case noSuchCorrection(String)
    case sqlite(String)

    /// Why nothing can be saved, for a cache that can only be read.
    public var refusalReason: String? {
        switch self {
        case .readOnly(_, let reason): return "it is read-only (\(reason))"
        case .diskFull: return "the disk is full"
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a NewsWire cache (the file is not an SQLite database)"
        case .notNewsWire(let path):
            return "\(path): not a NewsWire cache (an SQLite database of another program); choose another path with --db"
        case .corrupt(let path, let detail):
            return "\(path): the cache is corrupt (\(detail)); save your bookmarks with 'newswire salvage --db \(path) > bookmarks.json', "
                + "move the cache away, import the wire again, then 'newswire bookmarks import bookmarks.json'"
        case .readOnly(let path, let reason):
            return "\(path): the cache is read-only (\(reason)): it can be read, but nothing can be saved in it"
        case .diskFull(let path):
            return "\(path): the disk is full: the cache can be read, but nothing can be saved in it until some space is freed"
        case .busy(let path):
            return "\(path): another process (an import?) is writing to the cache; try again when it is done"
        case .cannotRead(let path):
            return "\(path): cannot read the cache: you have no read permission on it"
        case .noSuchCache(let path):
            return "\(path): there is no cache there"
        case .cannotUpgrade(let path, let reason):
            return "\(path): the cache was written by an earlier NewsWire and must be upgraded once, but \(reason)"
        case .newerVersion(let path):
            return "\(path): the cache was written by a newer NewsWire; upgrade to open it"
        case .cannotCreate(let path, let reason):
            return "\(path): cannot create the cache: \(reason)"
        case .invalidSearch(let query, let detail):
            return "invalid search '\(query)': \(detail)"
        case .noSuchStory(let prefix):
            return "no story with id \(prefix)"
        case .ambiguousID(let prefix, let candidates):
            return "id \(prefix) is ambiguous: \(candidates.joined(separator: ", "))"
        case .invalidID(let text):
            return "'\(text)' is not a story id (hex digits, at least 4)"
        case .noSuchPerson(let name):
            return "no person named '\(name)' in the cache (see: newswire people)"
        case .ambiguousPerson(let name, let candidates):
            return "'\(name)' names several people: \(candidates.joined(separator: ", ")); give the full name"
        case .noSuchTopic(let name):
            return "no topic '\(name)' in the cache (see: newswire topics)"
        case .noSuchQuote(let id):
            return "no quotation with id \(id) (ids look like e53bd3b3ff.2: story id, a period, the quotation's number)"
        case .noSuchBookmark(let id):
            return "no bookmark \(id) (see: newswire bookmarks)"
        case .notAPerson(let name):
            return "'\(name)' is corrected as not a person (undo: newswire person '\(name)' --undo)"
        case .notAQuotation(let id):
            return "\(id) is corrected as not a quotation (undo: newswire quote \(id) --undo)"
        case .noSuchSpeaker(let name, let story, let people):
            let known = people.isEmpty ? "it names nobody" : "its people: \(people.joined(separator: ", "))"
            return "no person named '\(name)' in story \(story) (\(known)); to name someone else, "
                + "add --speaker-kind person, organization or unnamed"
        case .ambiguousSpeaker(let name, let candidates):
            return "'\(name)' names several people of the story: \(candidates.joined(separator: ", ")); give the full name"
        case .alreadyOnePerson(let name, let other):
            return "'\(name)' and '\(other)' are already one person"
        case .noCorrection(let subject):
            return "\(subject) has no correction to undo (see: newswire corrections)"
        case .noSuchCorrection(let reference):
            return "no correction \(reference) (see: newswire corrections; ids look like q3 or p1)"
        case .sqlite(let message):
            return message
        }
    }
}
