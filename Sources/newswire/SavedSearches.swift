import Foundation
import NewsModel

/// Saved searches: topics of topics.conf ruled by a full-text query instead of the analysis,
///
///     [Senkaku]
///     search: Senkaku OR Diaoyu
///     topic: Japan–China relations
///     person: Sanae Takaichi
///
/// which the cache answers when asked (`search` is required; `topic` and `person` narrow it).
struct SavedSearch: Equatable {
    var name: String
    var filter: StoryFilter

    struct RuleError: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    static var file: URL { AnalysisSetup.userTopicsFile }

    /// The saved searches of topics.conf (none when there is no such file).
    static func load(from file: URL = SavedSearch.file) throws -> [SavedSearch] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        let text = try String(contentsOf: file, encoding: .utf8)
        return try parse(text, file: file.path)
    }

    static func parse(_ text: String, file: String) throws -> [SavedSearch] {
        var found: [SavedSearch] = []
        var name: String?
        var filter = StoryFilter()
        var startLine = 0
        var otherRules = false
        func finish() throws {
            guard let name, filter.search != nil || filter.topic != nil else { return }
            guard filter.search != nil else { throw RuleError(file: file, line: startLine, message: "[\(name)] has a topic: but no search:") }
            guard !otherRules else {
                throw RuleError(file: file, line: startLine, message: "[\(name)] is a saved search: it takes search, topic and person only")
            }
            found.append(SavedSearch(name: name, filter: filter))
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                try finish()
                name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                filter = StoryFilter()
                startLine = index + 1
                otherRules = false
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "search": filter.search = value
            case "topic": filter.topic = value
            case "person", "people": filter.person = value
            default: otherRules = true
            }
        }
        try finish()
        return found
    }

    /// The saved search a `--topic` names, by the same forgiving key as topics.
    static func named(_ topic: String, in searches: [SavedSearch]) -> SavedSearch? {
        searches.first { Topic.key($0.name) == Topic.key(topic) }
    }

    /// Appends a saved search to topics.conf, refusing a name the file already uses.
    static func append(name: String, filter: StoryFilter, to file: URL = SavedSearch.file) throws {
        let existing = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let names = existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("[") && $0.hasSuffix("]") }.map { Topic.key(String($0.dropFirst().dropLast())) }
        guard !names.contains(Topic.key(name)) else {
            throw SaveError(description: "\(file.path) already has a topic [\(name)]; choose another name")
        }
        var lines = ["[\(name)]", "search: \(filter.search ?? "")"]
        if let topic = filter.topic { lines.append("topic: \(topic)") }
        if let person = filter.person { lines.append("person: \(person)") }
        let separator = existing.isEmpty ? "" : existing.hasSuffix("\n") ? "\n" : "\n\n"
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((existing + separator + lines.joined(separator: "\n") + "\n").utf8).write(to: file, options: .atomic)
    }

    struct SaveError: Error, CustomStringConvertible { var description: String }
}
