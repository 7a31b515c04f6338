import Foundation

extension Analyzer {
    /// The gazetteer files Data/gazetteers holds.
    public static let gazetteerFiles = [
        "given-names.txt", "surnames.txt", "ambiguous-given-names.txt", "countries.tsv", "titles.tsv",
        "role-nouns.txt", "organisations.txt", "organisation-words.txt", "not-names.txt", "speech-verbs.txt",
    ]

    public struct LoadingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the gazetteers and topic rules under `dataDirectory` (Data/ or an installed copy)
    /// and the user's topic rules, once, before any story is analysed.
    public static func load(dataDirectory: URL, userTopicsFile: URL? = nil) throws -> Analyzer {
        var files: [String: String] = [:]
        let gazetteers = dataDirectory.appendingPathComponent("gazetteers")
        for name in gazetteerFiles {
            let url = gazetteers.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                if name == "ambiguous-given-names.txt" { continue }
                throw LoadingError(description: "cannot read \(url.path)")
            }
            files[name] = text
        }
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer(files: files) } catch {
            throw LoadingError(description: "\(gazetteers.path)/\(error)")
        }
        let relationsURL = dataDirectory.appendingPathComponent("topics/relations.tsv")
        guard let relationsText = try? String(contentsOf: relationsURL, encoding: .utf8) else {
            throw LoadingError(description: "cannot read \(relationsURL.path)")
        }
        let relations: RelationTopics
        do { relations = try RelationTopics(tsv: relationsText, gazetteer: gazetteer, file: relationsURL.path) } catch {
            throw LoadingError(description: "\(error)")
        }
        var userTopics: [UserTopic] = []
        if let userTopicsFile, FileManager.default.fileExists(atPath: userTopicsFile.path) {
            guard let text = try? String(contentsOf: userTopicsFile, encoding: .utf8) else {
                throw LoadingError(description: "cannot read \(userTopicsFile.path)")
            }
            do { userTopics = try UserTopic.parse(text, file: userTopicsFile.path, gazetteer: gazetteer) } catch {
                throw LoadingError(description: "\(error)")
            }
        }
        return Analyzer(gazetteer: gazetteer, relations: relations, userTopics: userTopics)
    }
}
