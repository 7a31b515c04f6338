/// A quotation the user kept. It holds its own copy of the quotation and of where it came
/// from, so no re-import, correction or re-analysis of the story can lose it; it is matched
/// back to the story's quotations by story and text.
public struct Bookmark: Sendable, Hashable {
    public var id: Int64
    public var storyID: StoryID
    public var text: String
    public var speaker: String?
    public var speakerKind: Speaker.Kind
    public var role: String?
    public var paragraph: Int
    public var start: Int
    /// When it was made, ISO 8601 in UTC.
    public var created: String
    public var note: String?
    public var title: String
    public var agency: String?
    public var place: String?
    public var published: Day
    /// Whether the speaker and role shown are a user's correction of the ones copied in
    /// (listings apply corrections; the bookmark's own copy is left as it was made).
    public var speakerCorrected = false
    /// Its quotation is no longer in the story as corrected: no quotation of it is like enough.
    public var isOrphaned: Bool = false

    public init(id: Int64 = 0, storyID: StoryID, text: String, speaker: String?, speakerKind: Speaker.Kind,
                role: String?, paragraph: Int, start: Int, created: String, note: String?, title: String,
                agency: String?, place: String?, published: Day) {
        self.id = id
        self.storyID = storyID
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.role = role
        self.paragraph = paragraph
        self.start = start
        self.created = created
        self.note = note
        self.title = title
        self.agency = agency
        self.place = place
        self.published = published
    }

    /// `> “quote” — Speaker, role (Agency, Place, Date: "Title")`: ready to paste.
    public var markdownCitation: String {
        var who = speaker ?? "unknown speaker"
        if let role { who += ", \(role)" }
        let source = [agency, place, published.description].compactMap { $0 }.joined(separator: ", ")
        let quoted = text.replacingNewlines(with: " ")
        var line = "> “\(quoted)” — \(who) (\(source): \"\(title)\")"
        if let note, !note.isEmpty { line += "\n>\n> Note: \(note.replacingNewlines(with: " "))" }
        return line
    }
}

extension String {
    /// Lines joined by `separator`: a quotation over several paragraphs on one line.
    public func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
