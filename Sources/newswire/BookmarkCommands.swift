import ArgumentParser
import NewsModel
import NewsStore

struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks", abstract: "List the bookmarked quotations, or export them as Markdown citations.")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "Markdown citations: > “quote” — Speaker, role (Agency, Place, Date: \"Title\").") var markdown = false

    func validate() throws {
        if markdown && options.json { throw ValidationError("choose --json or --markdown") }
    }

    func run() throws {
        let bookmarks = try options.openStore().bookmarks()
        if options.json {
            try Console.printJSON(bookmarks.map(BookmarkJSON.init))
        } else if markdown {
            print(bookmarks.map { $0.markdownCitation.terminalSafeLines }.joined(separator: "\n\n"))
        } else {
            for bookmark in bookmarks {
                print("\(pad(String(bookmark.id), 4))  “\(bookmark.text.terminalSafe)” — \(StoryText.speakerText(Speaker(kind: bookmark.speakerKind, text: bookmark.speaker)))")
                print("      \(bookmark.published)  \(bookmark.title.terminalSafe)  [\(bookmark.storyID.short)]\(bookmark.note.map { "  note: \($0.terminalSafe)" } ?? "")\(bookmark.isOrphaned ? "  (no longer in the corrected story)" : "")")
            }
        }
    }
}

struct BookmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmark", abstract: "Add or remove a bookmark.",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bookmark a quotation by its id (from show or quotes).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp("The quotation's id, e.g. e53bd3b3ff.2.", valueName: "quote-id")) var quote: String
        @Option(help: "A note kept with the bookmark.") var note: String?

        func run() throws {
            let bookmark = try options.openStore().addBookmark(quoteID: quote, note: note)
            if options.json { try Console.printJSON(BookmarkJSON(bookmark)) } else { print("bookmark \(bookmark.id)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a bookmark by its number.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The bookmark's number (see: newswire bookmarks).") var id: Int64

        func run() throws {
            try options.openStore().removeBookmark(id: id)
        }
    }
}

struct BookmarkJSON: Encodable {
    var bookmark: Bookmark
    init(_ bookmark: Bookmark) { self.bookmark = bookmark }

    enum CodingKeys: String, CodingKey {
        case id, story, text, speaker, speakerKind = "speaker_kind", role, paragraph, start, created, note, title
        case agency, place, published, citation, orphaned
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bookmark.id, forKey: .id)
        try c.encode(bookmark.storyID.short, forKey: .story)
        try c.encode(bookmark.text, forKey: .text)
        try c.encode(bookmark.speaker, forKey: .speaker)
        try c.encode(bookmark.speakerKind.rawValue, forKey: .speakerKind)
        try c.encode(bookmark.role, forKey: .role)
        try c.encode(bookmark.paragraph, forKey: .paragraph)
        try c.encode(bookmark.start, forKey: .start)
        try c.encode(bookmark.created, forKey: .created)
        try c.encode(bookmark.note, forKey: .note)
        try c.encode(bookmark.title, forKey: .title)
        try c.encode(bookmark.agency, forKey: .agency)
        try c.encode(bookmark.place, forKey: .place)
        try c.encode(bookmark.published, forKey: .published)
        try c.encode(bookmark.markdownCitation, forKey: .citation)
        try c.encode(bookmark.isOrphaned, forKey: .orphaned)
    }
}
