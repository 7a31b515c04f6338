import ArgumentParser
import Foundation
import NewsModel
import NewsStore

struct SalvageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salvage",
        abstract: "Save the bookmarks, notes and corrections of a damaged cache as JSON, for 'bookmarks import' into a fresh one.",
        discussion: """
            Reads the cache without writing to it. Then: move the cache away, import the wire again, \
            and run 'newswire bookmarks import FILE'. Exit status: 0 when the cache could be read, even in part.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(name: [.short, .long], help: ArgumentHelp("Write the JSON here instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let path = options.cachePath
        let salvage = try NewsStore.salvage(from: path)
        var items = salvage.bookmarks.map { BookmarkJSON($0) }
        items += salvage.textOnly.map { entry in
            BookmarkJSON(Bookmark(id: entry.id, storyID: entry.storyID, text: entry.text, speaker: nil, speakerKind: .unknown, role: nil,
                                  paragraph: 0, start: 0, created: "", note: nil, title: "", agency: nil, place: nil,
                                  published: Day(year: 1970, month: 1, day: 1)!), textOnly: true)
        }
        let corrections = salvage.quotationCorrections.map { CorrectionJSON(.quotation($0, .storyMissing, storyTitle: nil), withStanding: false) }
            + salvage.personCorrections.map { CorrectionJSON(.person($0, stories: 0), withStanding: false) }
        let saved = SalvageJSON(bookmarks: items, corrections: corrections)
        if let output {
            try Console.writeJSON(saved, to: output)
        } else {
            try Console.printJSON(saved)
        }
        var summary = "salvaged \(items.count) bookmarks\(corrections.isEmpty ? "" : " and \(corrections.count) corrections") from \(path)"
        if !salvage.textOnly.isEmpty {
            summary += " (\(salvage.textOnly.count) with only their story and text: their notes were in pages that are lost)"
        }
        Console.note(summary)
        for problem in salvage.problems { Console.warning("\(path): could not read every page: \(problem)") }
    }
}
