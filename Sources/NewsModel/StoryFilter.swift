/// Which stories a list shows. Every field narrows the list; nil means "any".
public struct StoryFilter: Hashable, Sendable {
    /// How a searched list is ordered; a list without a search is always newest first.
    public enum Order: String, Hashable, Sendable, CaseIterable {
        /// Most relevant first, with a prior for recent stories (see NewsStore's search).
        case relevance
        /// Newest first.
        case newest
    }

    /// Full-text search; when set, the list is ranked by relevance instead of by date.
    public var search: String?
    public var since: Day?
    public var until: Day?
    public var section: String?
    /// A person's name, or a part of it that names only one person ("Takaichi").
    public var person: String?
    /// A topic, forgivingly: "japan-china" finds "Japan–China relations".
    public var topic: String?
    /// Only stories not read yet.
    public var unreadOnly: Bool
    public var order: Order

    public init(search: String? = nil, since: Day? = nil, until: Day? = nil, section: String? = nil,
                person: String? = nil, topic: String? = nil, unreadOnly: Bool = false, order: Order = .relevance) {
        self.search = search
        self.since = since
        self.until = until
        self.section = section
        self.person = person
        self.topic = topic
        self.unreadOnly = unreadOnly
        self.order = order
    }

    /// The filter with these stories' read state left out: what "mark all read" marks.
    public var ignoringReadState: StoryFilter {
        var filter = self
        filter.unreadOnly = false
        return filter
    }
}
