/// A story with what the analysis found in it, as stored.
public struct AnalyzedStory: Sendable, Hashable {
    public var story: Story
    public var analysis: StoryAnalysis
    /// The cache-wide id of each of `analysis.people`, the same in every story naming them.
    public var personIDs: [Int64]
    /// Stored offsets left out because they did not fit the story's text (see `StoryAnalysis.validated`).
    public var droppedOffsets: Int
    /// Each of `analysis.quotes`' number in its id (`e53bd3b3ff.2`): its place in the analysis
    /// as computed, which a quotation hidden by a correction does not change.
    public var quoteNumbers: [Int]
    /// The indexes of `analysis.quotes` whose speaker a user's correction set or changed.
    public var correctedSpeakers: Set<Int>

    public init(story: Story, analysis: StoryAnalysis, personIDs: [Int64], droppedOffsets: Int = 0,
                quoteNumbers: [Int]? = nil, correctedSpeakers: Set<Int> = []) {
        self.story = story
        self.analysis = analysis
        self.personIDs = personIDs
        self.droppedOffsets = droppedOffsets
        self.quoteNumbers = quoteNumbers ?? Array(analysis.quotes.indices)
        self.correctedSpeakers = correctedSpeakers
    }

    /// The id of `analysis.quotes[index]`: `e53bd3b3ff.2`.
    public func quoteID(_ index: Int) -> String { "\(story.id.short).\(quoteNumbers[index])" }
}

/// A person across the cache.
public struct PersonSummary: Sendable, Hashable {
    public var id: Int64
    public var name: String
    /// The role the most recent story gives.
    public var role: String?
    public var stories: Int
    public var quotations: Int
    /// Stories naming them not read yet (filled in on demand).
    public var unread: Int?

    public init(id: Int64, name: String, role: String?, stories: Int, quotations: Int, unread: Int? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.stories = stories
        self.quotations = quotations
        self.unread = unread
    }
}

/// A topic across the cache.
public struct TopicSummary: Sendable, Hashable {
    public var name: String
    public var kind: Topic.Kind
    public var stories: Int
    /// Stories per month, oldest first, from the topic's first month to its last (filled in on demand).
    public var months: [Int]
    /// The month of `months.first`, as 202601 (January 2026).
    public var firstMonth: Int?
    /// Stories of the topic not read yet (filled in on demand).
    public var unread: Int?
    /// For a saved search: the stories it stands for.
    public var filter: StoryFilter?

    public init(name: String, kind: Topic.Kind, stories: Int, months: [Int] = [], firstMonth: Int? = nil,
                unread: Int? = nil, filter: StoryFilter? = nil) {
        self.name = name
        self.kind = kind
        self.stories = stories
        self.months = months
        self.firstMonth = firstMonth
        self.unread = unread
        self.filter = filter
    }

    /// The month `months[index]` counts, as 202601.
    public func month(at index: Int) -> Int? {
        guard let first = firstMonth else { return nil }
        let total = (first / 100) * 12 + (first % 100 - 1) + index
        return (total / 12) * 100 + total % 12 + 1
    }
}

/// A quotation with the story it is from.
public struct QuoteRecord: Sendable, Hashable {
    /// `e53bd3b3ff.2`: the story's id and the quotation's number in it.
    public var id: String
    public var text: String
    public var quote: Quote
    public var personID: Int64?
    public var story: StorySummary
    /// Whether a user's correction set or changed the speaker.
    public var corrected: Bool

    public init(id: String, text: String, quote: Quote, personID: Int64?, story: StorySummary, corrected: Bool = false) {
        self.id = id
        self.text = text
        self.quote = quote
        self.personID = personID
        self.story = story
        self.corrected = corrected
    }
}

