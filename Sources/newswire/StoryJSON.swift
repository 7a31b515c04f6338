import NewsModel
import NewsStore

/// A list item in `--json` output. Optional fields are written as null, never left out,
/// so scripts can rely on every key being there.
struct StoryListItemJSON: Encodable {
    var story: StorySummary

    init(_ story: StorySummary) { self.story = story }

    enum CodingKeys: String, CodingKey { case id, title, published, agency, section }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(story.id.short, forKey: .id)
        try container.encode(story.title, forKey: .title)
        try container.encode(story.published, forKey: .published)
        try container.encode(story.agency, forKey: .agency)
        try container.encode(story.section, forKey: .section)
    }
}

/// A whole story in `show --json`, with its people, quotations and topics. Offsets are in
/// Unicode scalars of the paragraph; `end` is exclusive.
struct StoryJSON: Encodable {
    var analyzed: AnalyzedStory

    init(_ analyzed: AnalyzedStory) { self.analyzed = analyzed }

    enum CodingKeys: String, CodingKey {
        case id, title, section, category, byline, authors, place, agency, published
        case wireDate = "wire_date", paragraphs, people, quotes, topics, filings
    }

    func encode(to encoder: Encoder) throws {
        let story = analyzed.story
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(story.id.short, forKey: .id)
        try container.encode(story.title, forKey: .title)
        try container.encode(story.section, forKey: .section)
        try container.encode(story.category, forKey: .category)
        try container.encode(story.byline, forKey: .byline)
        try container.encode(story.authors, forKey: .authors)
        try container.encode(story.place, forKey: .place)
        try container.encode(story.agency, forKey: .agency)
        try container.encode(story.published, forKey: .published)
        try container.encode(story.wireDate, forKey: .wireDate)
        try container.encode(story.paragraphs, forKey: .paragraphs)
        let people = analyzed.analysis.people.enumerated().map { index, person in
            PersonJSON(id: analyzed.personIDs[index], name: person.name, role: person.role, mentions: person.mentions)
        }
        try container.encode(people, forKey: .people)
        let scalars = ParagraphScalars(story.paragraphs)
        let storyID = story.id.short
        let quotes = analyzed.analysis.quotes.enumerated().map { index, quote in
            QuoteJSON(id: "\(storyID).\(analyzed.quoteNumbers[index])", text: scalars.text(of: quote), quote: quote,
                      personID: quote.speaker.person.map { analyzed.personIDs[$0] },
                      corrected: analyzed.correctedSpeakers.contains(index))
        }
        try container.encode(quotes, forKey: .quotes)
        try container.encode(analyzed.analysis.topics.map(\.name), forKey: .topics)
        let filings = [Filing(section: story.section, category: story.category)] + story.alsoFiled
        try container.encode(filings.map { ["section": $0.section, "category": $0.category] }, forKey: .filings)
    }
}

struct PersonJSON: Encodable {
    var id: Int64
    var name: String
    var role: String?
    var mentions: [TextSpan]

    enum CodingKeys: String, CodingKey { case id, name, role, mentions }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(mentions, forKey: .mentions)
    }
}

struct QuoteJSON: Encodable {
    var id: String
    var text: String
    var speaker: String?
    var speakerKind: String
    var personID: Int64?
    var paragraph: Int
    var start: Int
    var endParagraph: Int
    var end: Int
    var partial: Bool
    /// Whether a user's correction set or changed the speaker.
    var corrected: Bool
    /// In `quotes` listings: the story it is from.
    var story: StoryListItemJSON?

    /// A quotation of a listing, with its story.
    init(_ record: QuoteRecord) {
        self.init(id: record.id, text: record.text, quote: record.quote, personID: record.personID, corrected: record.corrected,
                  story: StoryListItemJSON(record.story))
    }

    init(id: String, text: String, quote: Quote, personID: Int64?, corrected: Bool, story: StoryListItemJSON? = nil) {
        self.id = id
        self.text = text
        speaker = quote.speaker.text
        speakerKind = quote.speaker.kind.rawValue
        self.personID = personID
        paragraph = quote.start.paragraph
        start = quote.start.start
        endParagraph = quote.endParagraph
        end = quote.start.end
        partial = quote.partial
        self.corrected = corrected
        self.story = story
    }

    enum CodingKeys: String, CodingKey {
        case id, text, speaker, speakerKind = "speaker_kind", personID = "person_id", paragraph, start
        case endParagraph = "end_paragraph", end, partial, corrected, story
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerKind, forKey: .speakerKind)
        try container.encode(personID, forKey: .personID)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(start, forKey: .start)
        try container.encode(endParagraph, forKey: .endParagraph)
        try container.encode(end, forKey: .end)
        try container.encode(partial, forKey: .partial)
        try container.encode(corrected, forKey: .corrected)
        if let story { try container.encode(story, forKey: .story) }
    }
}
