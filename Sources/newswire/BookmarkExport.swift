import NewsModel

/// Bookmarks for other programs: CSV for spreadsheets, CSL-JSON for reference managers.
enum BookmarkExport {
    static let csvColumns = ["id", "story", "quotation", "speaker", "speaker_kind", "role", "title", "agency", "place",
                             "published", "created", "note", "corrected"]

    /// RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted.
    /// Story text is written terminal-safe, as everywhere else.
    static func csv(_ bookmarks: [Bookmark]) -> String {
        var rows = [csvColumns]
        for b in bookmarks {
            rows.append([String(b.id), b.storyID.short, b.text, b.speaker ?? "", b.speakerKind.rawValue, b.role ?? "", b.title,
                         b.agency ?? "", b.place ?? "", b.published.description, b.created, b.note ?? "",
                         b.speakerCorrected ? "true" : "false"])
        }
        return rows.map { $0.map { field($0.terminalSafe) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A bookmark as a CSL-JSON item of type article-newspaper: the story is what is cited, the
/// quotation and its speaker (and the user's note) go in `note`, which citeproc and Zotero keep.
struct CSLItem: Encodable {
    var bookmark: Bookmark
    init(_ bookmark: Bookmark) { self.bookmark = bookmark }

    struct DateParts: Encodable {
        var parts: [[Int]]
        enum CodingKeys: String, CodingKey { case parts = "date-parts" }
    }

    enum CodingKeys: String, CodingKey {
        case id, type, title, containerTitle = "container-title", publisherPlace = "publisher-place", issued
        case accessed, note, source, genre
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("newswire-\(bookmark.storyID.short)-\(bookmark.id)", forKey: .id)
        try c.encode("article-newspaper", forKey: .type)
        try c.encode(bookmark.title, forKey: .title)
        try c.encodeIfPresent(bookmark.agency, forKey: .containerTitle)
        try c.encodeIfPresent(bookmark.place, forKey: .publisherPlace)
        let day = bookmark.published
        try c.encode(DateParts(parts: [[day.year, day.month, day.day]]), forKey: .issued)
        if let created = Day(iso: bookmark.created.prefix(10)) {
            try c.encode(DateParts(parts: [[created.year, created.month, created.day]]), forKey: .accessed)
        }
        var who = bookmark.speaker ?? "unknown speaker"
        if let role = bookmark.role { who += ", \(role)" }
        var note = "“\(bookmark.text.replacingNewlines(with: " "))” — \(who)"
        if let text = bookmark.note, !text.isEmpty { note += "\nNote: \(text)" }
        try c.encode(note, forKey: .note)
        try c.encode("NewsWire", forKey: .source)
        try c.encode("wire story", forKey: .genre)
    }
}
