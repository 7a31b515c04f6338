import ArgumentParser
import NewsModel
import NewsStore

struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks", abstract: "List the bookmarked quotations, export them, or import an export.",
        subcommands: [List.self, BookmarksImportCommand.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the bookmarked quotations, or export them as JSON, Markdown citations, CSV or CSL-JSON.")

        @OptionGroup var options: GlobalOptions
        @Flag(help: "Markdown citations: > “quote” — Speaker, role (Agency, Place, Date: \"Title\").") var markdown = false
        @Flag(help: "CSV with a header row: id, story, quotation, speaker, role, title, agency, place, published, created, note.") var csv = false
        @Flag(name: .customLong("csl-json"), help: "CSL-JSON items (article-newspaper), for Zotero and pandoc's citeproc.") var cslJSON = false

        func validate() throws {
            if [markdown, options.json, csv, cslJSON].filter({ $0 }).count > 1 {
                throw ValidationError("choose one of --json, --markdown, --csv and --csl-json")
            }
        }

        func run() throws {
            let bookmarks = try options.openStore(readingOnly: true).bookmarks()
            if options.json {
                try Console.printJSON(bookmarks.map { BookmarkJSON($0) })
            } else if csv {
                print(BookmarkExport.csv(bookmarks), terminator: "")
            } else if cslJSON {
                try Console.printJSON(bookmarks.map(CSLItem.init))
            } else if markdown {
                print(bookmarks.map { $0.markdownCitation.terminalSafeLines }.joined(separator: "\n\n"))
            } else {
                for bookmark in bookmarks {
                    print("\(pad(String(bookmark.id), 4))  “\(bookmark.text.terminalSafe)” — \(StoryText.speakerText(Speaker(kind: bookmark.speakerKind, text: bookmark.speaker), corrected: bookmark.speakerCorrected))")
                    print("      \(bookmark.published)  \(bookmark.title.terminalSafe)  [\(bookmark.storyID.short)]\(bookmark.note.map { "  note: \($0.terminalSafe)" } ?? "")\(bookmark.isOrphaned ? "  (no longer in the corrected story)" : "")")
                }
            }
        }
    }
}

struct BookmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmark", abstract: "Add or remove a bookmark.",
        subcommands: [Add.self, Remove.self, Note.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bookmark a quotation by its id (from show or quotes).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp("The quotation's id, e.g. e53bd3b3ff.2.", valueName: "quote-id")) var quote: String
        @Option(help: "A note kept with the bookmark (given again, it replaces the note).") var note: String?

        func run() throws {
            let bookmark = try options.openStore().addBookmark(quoteID: quote, note: note)
            if options.json { try Console.printJSON(BookmarkJSON(bookmark)) } else { print("bookmark \(bookmark.id)") }
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a bookmark's note (an empty text removes it).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The bookmark's number (see: newswire bookmarks).") var id: Int64
        @Argument(help: "The note.") var text: String

        func run() throws {
            let bookmark = try options.openStore().setNote(text.isEmpty ? nil : text, bookmark: id)
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
