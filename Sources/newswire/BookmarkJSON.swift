import Foundation
import NewsModel

/// A bookmark in JSON, as `bookmarks --json` and `salvage` write it and `bookmarks import`
/// reads it back: `story` is the short id the other commands show, `story_id` all 16 hex
/// digits, by which a fresh cache finds the story again. `corrected`: whether the speaker and
/// role are a user's correction (the JSON read back ignores it).
struct BookmarkJSON: Codable {
    var bookmark: Bookmark
    /// Only the story and the quotation's text are known (salvaged from a damaged cache's
    /// index); every other key is null.
    var isTextOnly = false
    /// The story's id as an older export gave it, short, when it had no `story_id`.
    var shortStoryID: String?

    init(_ bookmark: Bookmark, textOnly: Bool = false) {
        self.bookmark = bookmark
        isTextOnly = textOnly
    }

    enum CodingKeys: String, CodingKey {
        case id, story, storyID = "story_id", text, speaker, speakerKind = "speaker_kind", role, paragraph, start, created, note, title
        case agency, place, published, citation, corrected, orphaned
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let whole: Bookmark? = isTextOnly ? nil : bookmark
        try c.encode(bookmark.id, forKey: .id)
        try c.encode(bookmark.storyID.short, forKey: .story)
        try c.encode(bookmark.storyID.hex, forKey: .storyID)
        try c.encode(bookmark.text, forKey: .text)
        try c.encode(whole?.speaker, forKey: .speaker)
        try c.encode(whole?.speakerKind.rawValue, forKey: .speakerKind)
        try c.encode(whole?.role, forKey: .role)
        try c.encode(whole?.paragraph, forKey: .paragraph)
        try c.encode(whole?.start, forKey: .start)
        try c.encode(whole?.created, forKey: .created)
        try c.encode(whole?.note, forKey: .note)
        try c.encode(whole?.title, forKey: .title)
        try c.encode(whole?.agency, forKey: .agency)
        try c.encode(whole?.place, forKey: .place)
        try c.encode(whole?.published, forKey: .published)
        try c.encode(whole?.markdownCitation, forKey: .citation)
        try c.encode(whole?.speakerCorrected, forKey: .corrected)
        try c.encode(whole?.isOrphaned, forKey: .orphaned)
    }

    /// Every key but `text` and one of `story_id` or `story` may be missing or null; without
    /// a title and a date the bookmark counts as text only.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .text)
        var storyID = StoryID(rawValue: 0)
        if let hex = try c.decodeIfPresent(String.self, forKey: .storyID) {
            guard let id = StoryID(hex: hex) else {
                throw DecodingError.dataCorruptedError(forKey: .storyID, in: c, debugDescription: "'\(hex)' is not 16 hex digits")
            }
            storyID = id
        } else {
            shortStoryID = try c.decode(String.self, forKey: .story)
        }
        let title = try c.decodeIfPresent(String.self, forKey: .title)
        let published = try c.decodeIfPresent(String.self, forKey: .published).flatMap { Day(iso: $0) }
        isTextOnly = title == nil || published == nil
        bookmark = Bookmark(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, storyID: storyID, text: text,
            speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
            speakerKind: try c.decodeIfPresent(String.self, forKey: .speakerKind).flatMap(Speaker.Kind.init(rawValue:)) ?? .unknown,
            role: try c.decodeIfPresent(String.self, forKey: .role),
            paragraph: try c.decodeIfPresent(Int.self, forKey: .paragraph) ?? 0, start: try c.decodeIfPresent(Int.self, forKey: .start) ?? 0,
            created: try c.decodeIfPresent(String.self, forKey: .created) ?? "", note: try c.decodeIfPresent(String.self, forKey: .note),
            title: title ?? "", agency: try c.decodeIfPresent(String.self, forKey: .agency),
            place: try c.decodeIfPresent(String.self, forKey: .place), published: published ?? Day(year: 1970, month: 1, day: 1)!)
        bookmark.isOrphaned = try c.decodeIfPresent(Bool.self, forKey: .orphaned) ?? false
    }
}
