/// A user's correction of one quotation: who said it, or that it is no quotation. It is
/// anchored by the story's id and the quotation's text (the place it was at only breaks a tie
/// between equal texts), never by the quotation's number, which a re-analysis or a corrected
/// story can change; so it finds its quotation again after either, or says it cannot.
public struct QuotationCorrection: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// Said by this speaker. A person is matched to the story's people by name when the
        /// correction is applied, so their mentions and role come with them.
        case speaker(Speaker.Kind, String?)
        /// Not a quotation: hidden from every listing, the reader and the JSON.
        case notAQuote
    }

    public var id: Int64
    public var storyID: StoryID
    public var text: String
    public var paragraph: Int
    public var start: Int
    public var change: Change
    /// When it was made, ISO 8601 in UTC.
    public var created: String

    public init(id: Int64 = 0, storyID: StoryID, text: String, paragraph: Int, start: Int, change: Change, created: String) {
        self.id = id
        self.storyID = storyID
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.change = change
        self.created = created
    }

    /// How `corrections` and `correction rm` name it: `q12`.
    public var reference: String { "q\(id)" }
}

/// A user's correction of a name across the cache, for every story now and imported later.
public struct PersonCorrection: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// The name is no person: it leaves the people of every story, and quotations
        /// attributed to it lose their speaker.
        case notAPerson
        /// The name is another name of this person: their stories, mentions and quotations are one.
        case sameAs(String)
    }

    public var id: Int64
    public var name: String
    public var change: Change
    public var created: String

    public init(id: Int64 = 0, name: String, change: Change, created: String) {
        self.id = id
        self.name = name
        self.change = change
        self.created = created
    }

    /// How `corrections` and `correction rm` name it: `p3`.
    public var reference: String { "p\(id)" }
}

/// A correction with where it applies now, as the `corrections` listing shows it.
public enum CorrectionEntry: Sendable, Hashable {
    /// Where a quotation's correction stands after re-imports and re-analyses.
    public enum Anchoring: Sendable, Hashable {
        /// Applied to the quotation with this id (`e53bd3b3ff.2`).
        case quote(String)
        /// The story no longer has a quotation with this text (it was corrected, or analysed
        /// differently): kept, and applied again if the quotation comes back.
        case quotationGone
        /// The story is not in the cache.
        case storyMissing
    }

    case quotation(QuotationCorrection, Anchoring, storyTitle: String?)
    /// With the number of stories that name the person.
    case person(PersonCorrection, stories: Int)
}
