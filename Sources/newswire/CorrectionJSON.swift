import NewsModel

/// A correction in `corrections --json` (and the correction commands' `--json`): every key
/// present, null where it does not apply. `kind`: speaker, not-a-quote, not-a-person, same-as;
/// `status`, for a quotation's: applied, quotation gone, story missing.
struct CorrectionJSON: Encodable {
    var entry: CorrectionEntry
    /// Whether `stories` is known (the listing counts them; a correction command does not).
    var withStories = true

    init(_ entry: CorrectionEntry, withStories: Bool = true) {
        self.entry = entry
        self.withStories = withStories
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, story, storyID = "story_id", quoteID = "quote_id", title, text, paragraph, start, speaker
        case speakerKind = "speaker_kind", person, sameAs = "same_as", status, stories, created
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var quotation: QuotationCorrection?, anchoring: CorrectionEntry.Anchoring?, title: String?
        var person: PersonCorrection?, stories: Int?
        switch entry {
        case .quotation(let correction, let where_, let storyTitle): (quotation, anchoring, title) = (correction, where_, storyTitle)
        case .person(let correction, let count): (person, stories) = (correction, withStories ? count : nil)
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
