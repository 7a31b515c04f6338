import NewsModel

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

/// A whole story in `show --json`.
struct StoryJSON: Encodable {
    var story: Story

    init(_ story: Story) { self.story = story }

    enum CodingKeys: String, CodingKey {
        case id, title, section, category, byline, authors, place, agency, published
        case wireDate = "wire_date", paragraphs
    }

    func encode(to encoder: Encoder) throws {
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
    }
}
