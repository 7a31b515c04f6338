/// One story of the wire, as the reader parsed it.
public struct Story: Hashable, Sendable {
    public var wireDate: Day
    public var section: String?
    public var category: String?
    public var title: String
    public var byline: String?
    public var authors: [String]
    public var place: String?
    public var agency: String?
    /// The dateline's date, else the wire date.
    public var published: Day
    public var paragraphs: [String]
    /// The other sections and categories the wire filed the same story under (the cache
    /// keeps them; `section` and `category` are the first it saw).
    public var alsoFiled: [Filing] = []

    public init(wireDate: Day, section: String? = nil, category: String? = nil, title: String,
                byline: String? = nil, authors: [String] = [], place: String? = nil,
                agency: String? = nil, published: Day? = nil, paragraphs: [String]) {
        self.wireDate = wireDate
        self.section = section
        self.category = category
        self.title = title
        self.byline = byline
        self.authors = authors
        self.place = place
        self.agency = agency
        self.published = published ?? wireDate
        self.paragraphs = paragraphs
    }

    public var id: StoryID { StoryID(title: title, published: published, agency: agency) }

    /// Changes whenever anything a reader could see changes: tells an edited story from a repeat.
    public var fingerprint: Int64 {
        var hash = StableHash()
        for field in [wireDate.description, section ?? "", category ?? "", title, byline ?? "",
                      place ?? "", agency ?? "", published.description] {
            hash.combine(field)
        }
        for author in authors { hash.combine(author) }
        hash.combine(byte: 0x1E)
        for paragraph in paragraphs { hash.combine(paragraph) }
        return Int64(bitPattern: hash.value)
    }
}

/// A section and category of the wire, under which a story was filed.
public struct Filing: Hashable, Sendable {
    public var section: String?
    public var category: String?

    public init(section: String?, category: String?) {
        self.section = section
        self.category = category
    }

    /// The topics a filing gives a story, as the analysis names them.
    public var topics: [Topic] {
        [section.map { Topic(name: $0, kind: .section) }, category.map { Topic(name: $0, kind: .category) }].compactMap { $0 }
    }
}

/// A row of a story list: what a list shows without reading the story's text.
public struct StorySummary: Hashable, Sendable {
    public var id: StoryID
    public var published: Day
    public var agency: String?
    public var section: String?
    public var title: String

    public init(id: StoryID, published: Day, agency: String?, section: String?, title: String) {
        self.id = id
        self.published = published
        self.agency = agency
        self.section = section
        self.title = title
    }
}
