import NewsModel

/// The curated pair topics of Data/topics/relations.tsv: `Japan<TAB>China<TAB>Japan–China relations`.
/// Any other pair of countries makes a topic too, named by `uncuratedTopic`.
public struct RelationTopics: Sendable {
    struct Pair: Sendable {
        var a: Int
        var b: Int
        var topic: Topic
    }
    var pairs: [Pair] = []
    /// The index in `pairs` of each curated pair, under `pairKey` of either order.
    private var curated: [Int: Int] = [:]
    /// Data/topics/country-forms.tsv: forms (keyed) that stand for a country in topics only.
    var countryForms: [(key: String, country: Int)] = []

    public init() {}

    func curatedIndex(_ a: Int, _ b: Int) -> Int? { curated[RelationTopics.pairKey(a, b)] }

    private static func pairKey(_ a: Int, _ b: Int) -> Int { min(a, b) << 32 | max(a, b) }

    /// A pair the list does not name: "China–Ukraine relations", the names in alphabetical
    /// order, so that every story names the pair alike.
    static func uncuratedTopic(_ a: String, _ b: String) -> Topic {
        Topic(name: a < b ? "\(a)–\(b) relations" : "\(b)–\(a) relations", kind: .relations)
    }

    public init(tsv text: String, gazetteer: Gazetteer, file: String = "relations.tsv") throws {
        for line in Gazetteer.lines(text) {
            let fields = line.text.split(separator: "\t").map { $0.trimmed() }
            guard fields.count == 3 else {
                throw Gazetteer.FormatError(file: file, line: line.number, message: "expected countryA<TAB>countryB<TAB>topic name")
            }
            guard let a = gazetteer.countries.firstIndex(where: { $0.name == fields[0] }),
                  let b = gazetteer.countries.firstIndex(where: { $0.name == fields[1] }) else {
                throw Gazetteer.FormatError(file: file, line: line.number, message: "unknown country in '\(fields[0])' / '\(fields[1])'")
            }
            curated[RelationTopics.pairKey(a, b)] = curated[RelationTopics.pairKey(a, b)] ?? pairs.count
            pairs.append(Pair(a: a, b: b, topic: Topic(name: fields[2], kind: .relations)))
        }
    }
}

extension RelationTopics {
    /// Reads Data/topics/country-forms.tsv: `Hamas<TAB>Palestine`.
    public mutating func addCountryForms(tsv text: String, gazetteer: Gazetteer, file: String = "country-forms.tsv") throws {
        for line in Gazetteer.lines(text) {
            let fields = line.text.split(separator: "\t").map { $0.trimmed() }
            guard fields.count == 2 else {
                throw Gazetteer.FormatError(file: file, line: line.number, message: "expected form<TAB>country")
            }
            guard let country = gazetteer.countries.firstIndex(where: { $0.name == fields[1] }) else {
                throw Gazetteer.FormatError(file: file, line: line.number, message: "unknown country '\(fields[1])'")
            }
            countryForms.append((Gazetteer.phraseKey(fields[0]), country))
        }
    }
}

/// A topic the user defines in `$XDG_CONFIG_HOME/newswire/topics.conf`:
///
///     [Rare earths]
///     keywords: rare earth, rare-earth, gallium
///     countries: China
///     people: Sanae Takaichi
///
/// A story has the topic when it contains any of the keywords (if any are given), all of the
/// countries are salient in it, and any of the people is named (if any are given).
public struct UserTopic: Sendable, Equatable {
    public var name: String
    public var keywords: [String] = []
    public var countries: [String] = []
    public var people: [String] = []

    public struct RuleError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Topics with a `search:` (or `topic:`) line are saved searches, which the cache answers
    /// at query time: they are checked by the command line, and left out here.
    public static func parse(_ text: String, file: String, gazetteer: Gazetteer) throws -> [UserTopic] {
        var topics: [UserTopic] = []
        var savedSearches: Set<Int> = []
        for line in Gazetteer.lines(text) {
            if line.text.hasPrefix("[") {
                guard line.text.hasSuffix("]"), line.text.count > 2 else {
                    throw RuleError(file: file, line: line.number, message: "a topic starts with [Its name]")
                }
                topics.append(UserTopic(name: String(line.text.dropFirst().dropLast()).trimmed()))
                continue
            }
            guard let colon = line.text.firstIndex(of: ":") else {
                throw RuleError(file: file, line: line.number, message: "expected 'keywords: ...', 'countries: ...' or 'people: ...'")
            }
            guard !topics.isEmpty else {
                throw RuleError(file: file, line: line.number, message: "a rule before the first [Topic name]")
            }
            let key = line.text[..<colon].trimmed().lowercased()
            let values = line.text[line.text.index(after: colon)...].split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
            guard !values.isEmpty else { throw RuleError(file: file, line: line.number, message: "'\(key)' has no values") }
            switch key {
            case "search", "topic": savedSearches.insert(topics.count - 1)
            case "keywords", "keyword": topics[topics.count - 1].keywords += values.map { $0.lowercased() }
            case "people", "person": topics[topics.count - 1].people += values
            case "countries", "country":
                for value in values {
                    guard let country = gazetteer.countryForms[Gazetteer.phraseKey(value)] else {
                        throw RuleError(file: file, line: line.number, message: "unknown country '\(value)'")
                    }
                    topics[topics.count - 1].countries.append(gazetteer.countries[country].name)
                }
            default:
                throw RuleError(file: file, line: line.number, message: "unknown key '\(key)' (expected keywords, countries or people)")
            }
        }
        topics = topics.indices.filter { !savedSearches.contains($0) }.map { topics[$0] }
        for topic in topics where topic.keywords.isEmpty && topic.countries.isEmpty && topic.people.isEmpty {
            throw RuleError(file: file, line: 0, message: "topic [\(topic.name)] has no rules")
        }
        return topics
    }
}
