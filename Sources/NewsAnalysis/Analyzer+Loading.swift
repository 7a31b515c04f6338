import Foundation

extension Analyzer {
    /// The gazetteer files Data/gazetteers holds.
    public static let gazetteerFiles = [
        "given-names.txt", "surnames.txt", "ambiguous-given-names.txt", "ambiguous-surnames.txt", "countries.tsv", "titles.tsv",
        "role-nouns.txt", "organisations.txt", "organisation-words.txt", "not-names.txt", "speech-verbs.txt", "places.txt", "person-nouns.txt",
        "animal-nouns.txt",
    ]

    public struct LoadingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the gazetteers and topic rules under `dataDirectory` (Data/ or an installed copy)
    /// and the user's topic rules, once, before any story is analysed.
    /// `nameModel` stands in for Data/models/person-names.tsv (to train a new one).
    public static func load(dataDirectory: URL, userTopicsFile: URL? = nil, nameModel: NameModel? = nil) throws -> Analyzer {
        var files: [String: String] = [:]
        let gazetteers = dataDirectory.appendingPathComponent("gazetteers")
        for name in gazetteerFiles {
            let url = gazetteers.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                if name.hasPrefix("ambiguous-") { continue }
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
        let formsURL = dataDirectory.appendingPathComponent("topics/country-forms.tsv")
        guard let formsText = try? String(contentsOf: formsURL, encoding: .utf8) else {
            throw LoadingError(description: "cannot read \(formsURL.path)")
        }
        var relations: RelationTopics
        do {
            relations = try RelationTopics(tsv: relationsText, gazetteer: gazetteer, file: relationsURL.path)
            try relations.addCountryForms(tsv: formsText, gazetteer: gazetteer, file: formsURL.path)
        } catch {
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
        let model: NameModel
        if let nameModel {
            model = nameModel
        } else {
            let modelURL = dataDirectory.appendingPathComponent("models/person-names.tsv")
            guard let text = try? String(contentsOf: modelURL, encoding: .utf8) else {
                throw LoadingError(description: "cannot read \(modelURL.path)")
            }
            do { model = try NameModel(tsv: text) } catch {
                throw LoadingError(description: "\(modelURL.path): \(error)")
            }
        }
        return Analyzer(gazetteer: gazetteer, nameModel: model, relations: relations, userTopics: userTopics)
    }
}
