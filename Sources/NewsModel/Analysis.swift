/// Where a piece of a story is: a paragraph and a range of Unicode scalars in it
/// (scalars, not UTF-16 units or bytes: the same numbers Python's `str` indexing gives).
public struct TextSpan: Hashable, Sendable, Codable {
    public var paragraph: Int
    public var start: Int
    public var end: Int

    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// A named person of a story, with every place the story names them.
public struct Person: Hashable, Sendable {
    /// The fullest form the story gives, without titles: "Sanae Takaichi".
    public var name: String
    /// The role the story gives, as written: "Japanese Prime Minister".
    public var role: String?
    public var mentions: [TextSpan]
    public var gender: Gender?

    public init(name: String, role: String? = nil, mentions: [TextSpan] = [], gender: Gender? = nil) {
        self.name = name
        self.role = role
        self.mentions = mentions
        self.gender = gender
    }
}

public enum Gender: String, Hashable, Sendable {
    case female, male
}

/// Who said a quotation.
public struct Speaker: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case person, organization, unnamed, unknown
    }

    public var kind: Kind
    /// The person's name, or the speaker as the story words it ("foreign ministry").
    public var text: String?
    /// Index into the story's people, for a person.
    public var person: Int?
    /// Where the story names the speaker for this quotation ("she" in `she said`).
    public var cue: TextSpan?

    public init(kind: Kind, text: String? = nil, person: Int? = nil, cue: TextSpan? = nil) {
        self.kind = kind
        self.text = text
        self.person = person
        self.cue = cue
    }

    public static let unknown = Speaker(kind: .unknown)

    /// Who said it, as a reader wants it: "Sanae Okabe, Japanese Prime Minister" (the role
    /// from the story's people), "foreign ministry (organization)"; nil when nobody is known.
    public func attribution(in analysis: StoryAnalysis? = nil) -> String? {
        switch kind {
        case .person:
            let role = person.flatMap { index in
                analysis.flatMap { $0.people.indices.contains(index) ? $0.people[index].role : nil }
            }
            return [text ?? "?", role].compactMap { $0 }.joined(separator: ", ")
        case .organization, .unnamed:
            return "\(text ?? "?") (\(kind.rawValue))"
        case .unknown:
            return nil
        }
    }
}

/// A direct quotation. `start` is just inside the opening mark, `end` just before the closing
/// one; a quotation over several paragraphs runs from `start` to `end`.
public struct Quote: Hashable, Sendable {
    public var start: TextSpan
    public var endParagraph: Int
    public var speaker: Speaker
    /// A fragment inside a sentence (`called on Tokyo to "correct its mistakes"`).
    public var partial: Bool

    public init(start: TextSpan, endParagraph: Int, speaker: Speaker, partial: Bool) {
        self.start = start
        self.endParagraph = endParagraph
        self.speaker = speaker
        self.partial = partial
    }

    public var paragraph: Int { start.paragraph }

    /// The spans of each paragraph the quotation covers (reads every paragraph: for many
    /// quotations of one story, use `ParagraphScalars`).
    public func spans(in paragraphs: [String]) -> [TextSpan] {
        ParagraphScalars(paragraphs).spans(of: self)
    }

    /// The quotation's words, paragraphs joined by a newline (see `spans(in:)`).
    public func text(in paragraphs: [String]) -> String {
        ParagraphScalars(paragraphs).text(of: self)
    }

    /// The mark that reopens a quotation in a later paragraph: any opening double mark the
    /// quotation finder accepts (`"`, `“`, `„`, `«`).
    static func openingMarkWidth(_ first: Unicode.Scalar?) -> Int {
        switch first {
        case "\"", "“", "„", "«": 1
        default: 0
        }
    }
}

/// A topic a story is filed under.
public struct Topic: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// "Japan–China relations"
        case relations
        case country
        /// The wire's section, "China News".
        case section
        /// The wire's category, "TAIWAN NEWS".
        case category
        /// Defined by the user's rules.
        case user
        /// A saved search (`search:` in topics.conf): a full-text query the cache answers when
        /// asked, never stored with the stories.
        case search
    }

    public var name: String { didSet { key = Topic.key(name) } }
    public var kind: Kind
    /// `Topic.key(name)`, kept: an import compares and stores keys several times a topic.
    public private(set) var key: String

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
        key = Topic.key(name)
    }

    /// The form filters compare: case, dashes, word order and a trailing "relations" do not
    /// matter, so "japan-china", "China–Japan relations" and "Japan-China relations" agree.
    public static func key(_ name: String) -> String {
        var words = asciiWords(name) ?? name.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        if words.last == "relations" && words.count > 1 { words.removeLast() }
        return words.sorted().joined(separator: " ")
    }

    /// The lower-case words of a name in ASCII letters, digits and punctuation, dashes (`–`)
    /// included, split without going through Characters: topics are keyed for every story
    /// imported. Nil for any other name.
    private static func asciiWords(_ name: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v >= 0x80 {
                guard (0x2010...0x2015).contains(v) else { return nil }
            } else if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
                word.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
                continue
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}

/// What the analysis found in one story.
public struct StoryAnalysis: Hashable, Sendable {
    public var people: [Person]
    public var quotes: [Quote]
    public var topics: [Topic]

    public init(people: [Person] = [], quotes: [Quote] = [], topics: [Topic] = []) {
        self.people = people
        self.quotes = quotes
        self.topics = topics
    }
}
