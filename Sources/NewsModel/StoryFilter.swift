/// Which stories a list shows. Every field narrows the list; nil means "any".
public struct StoryFilter: Hashable, Sendable {
    /// Full-text search; when set, the list is ranked by relevance instead of by date.
    public var search: String?
    public var since: Day?
    public var until: Day?
    public var section: String?
    /// A person's name, or a part of it that names only one person ("Takaichi").
    public var person: String?
    /// A topic, forgivingly: "japan-china" finds "Japan–China relations".
    public var topic: String?

    public init(search: String? = nil, since: Day? = nil, until: Day? = nil, section: String? = nil,
                person: String? = nil, topic: String? = nil) {
        self.search = search
        self.since = since
        self.until = until
        self.section = section
        self.person = person
        self.topic = topic
    }
}
