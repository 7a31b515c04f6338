import NewsModel

/// A correction in `corrections --json` (and the correction commands' `--json`, and
/// `salvage`): every key present, null where it does not apply. `kind`: speaker, not-a-quote,
/// not-a-person, same-as; `status`, for a quotation's: applied, quotation gone, story missing.
struct CorrectionJSON {
    var entry: CorrectionEntry
    /// Whether `stories` is known (the listing counts them; a correction command does not).
    var withStories = true
    /// Whether where it applies (`quote_id`, `status`) is known: `salvage` reads only the
    /// correction's own row.
    var withStanding = true

    init(_ entry: CorrectionEntry, withStories: Bool = true, withStanding: Bool = true) {
        self.entry = entry
        self.withStories = withStories
        self.withStanding = withStanding
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, story, storyID = "story_id", quoteID = "quote_id", title, text, paragraph, start, speaker
        case speakerKind = "speaker_kind", person, sameAs = "same_as", status, stories, created
    }
}

extension CorrectionJSON: Encodable {
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var quotation: QuotationCorrection?, anchoring: CorrectionEntry.Anchoring?, title: String?
        var person: PersonCorrection?, stories: Int?
        switch entry {
        case .quotation(let correction, let where_, let storyTitle):
            (quotation, anchoring, title) = (correction, withStanding ? where_ : nil, storyTitle)
        case .person(let correction, let count): (person, stories) = (correction, withStories && withStanding ? count : nil)
        }
        try c.encode(quotation?.reference ?? person?.reference, forKey: .id)
        try c.encode(CorrectionJSON.kind(of: entry), forKey: .kind)
        try c.encode(quotation?.storyID.short, forKey: .story)
        try c.encode(quotation?.storyID.hex, forKey: .storyID)
        if case .quote(let id)? = anchoring { try c.encode(id, forKey: .quoteID) } else { try c.encodeNil(forKey: .quoteID) }
        try c.encode(title, forKey: .title)
        try c.encode(quotation?.text, forKey: .text)
        try c.encode(quotation?.paragraph, forKey: .paragraph)
        try c.encode(quotation?.start, forKey: .start)
        var speaker: String?, speakerKind: String?
        if case .speaker(let kind, let text)? = quotation?.change { (speaker, speakerKind) = (text, kind.rawValue) }
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerKind, forKey: .speakerKind)
        try c.encode(person?.name, forKey: .person)
        if case .sameAs(let other)? = person?.change { try c.encode(other, forKey: .sameAs) } else { try c.encodeNil(forKey: .sameAs) }
        try c.encode(anchoring.map(CorrectionJSON.status), forKey: .status)
        try c.encode(stories, forKey: .stories)
        try c.encode(quotation?.created ?? person?.created, forKey: .created)
    }

    static func kind(of entry: CorrectionEntry) -> String {
        switch entry {
        case .quotation(let correction, _, _): return correction.change == .notAQuote ? "not-a-quote" : "speaker"
        case .person(let correction, _): return correction.change == .notAPerson ? "not-a-person" : "same-as"
        }
    }

    static func status(_ anchoring: CorrectionEntry.Anchoring) -> String {
        switch anchoring {
        case .quote: return "applied"
        case .quotationGone: return "quotation gone"
        case .storyMissing: return "story missing"
        }
    }
}

extension CorrectionJSON: Decodable {
    /// A correction as `corrections --json` and `salvage` write it, to make again in another
    /// cache; `id`, `quote_id`, `status` and `stories` say where it stood there and are not read.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        let created = try c.decodeIfPresent(String.self, forKey: .created) ?? ""
        switch kind {
        case "speaker", "not-a-quote":
            let hex = try c.decode(String.self, forKey: .storyID)
            guard let story = StoryID(hex: hex) else {
                throw DecodingError.dataCorruptedError(forKey: .storyID, in: c, debugDescription: "'\(hex)' is not 16 hex digits")
            }
            var change = QuotationCorrection.Change.notAQuote
            if kind == "speaker" {
                let name = try c.decodeIfPresent(String.self, forKey: .speakerKind) ?? Speaker.Kind.unknown.rawValue
                guard let speakerKind = Speaker.Kind(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: .speakerKind, in: c, debugDescription: "'\(name)' is no speaker kind")
                }
                change = .speaker(speakerKind, try c.decodeIfPresent(String.self, forKey: .speaker))
            }
            let correction = QuotationCorrection(storyID: story, text: try c.decode(String.self, forKey: .text),
                                                 paragraph: try c.decodeIfPresent(Int.self, forKey: .paragraph) ?? 0,
                                                 start: try c.decodeIfPresent(Int.self, forKey: .start) ?? 0,
                                                 change: change, created: created)
            entry = .quotation(correction, .storyMissing, storyTitle: try c.decodeIfPresent(String.self, forKey: .title))
        case "not-a-person", "same-as":
            let change: PersonCorrection.Change = kind == "same-as" ? .sameAs(try c.decode(String.self, forKey: .sameAs)) : .notAPerson
            entry = .person(PersonCorrection(name: try c.decode(String.self, forKey: .person), change: change, created: created),
                            stories: 0)
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "'\(kind)' is no kind of correction")
        }
    }
}
