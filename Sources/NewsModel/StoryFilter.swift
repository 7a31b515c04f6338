/// Which stories a list shows. Every field narrows the list; nil means "any".
public struct StoryFilter: Hashable, Sendable {
    /// Full-text search; when set, the list is ranked by relevance instead of by date.
    public var search: String?
    public var since: Day?
    public var until: Day?
    public var section: String?

    public init(search: String? = nil, since: Day? = nil, until: Day? = nil, section: String? = nil) {
        self.search = search
        self.since = since
        self.until = until
        self.section = section
    }
}
