import ArgumentParser
import Foundation
import NewsModel
import NewsStore

struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import bookmarks exported by 'bookmarks --json' or 'salvage', attaching each to its quotation.",
        discussion: "Import the wire first: each bookmark is attached to its story and quotation as this cache has them; "
            + "one whose story or quotation is missing is kept with its citation and named on stderr. "
            + "The corrections 'salvage' saved are made again (a quotation's applies once its story is imported). "
            + "Exit status: 0 when every bookmark was kept, 1 when some could not be (only their text was saved, and their story is not in the cache).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The JSON file, or - for standard input.", valueName: "file")) var file: String

    struct Tally {
        var attached = 0, alreadyThere = 0, keptUnattached = 0, notImported = 0
        var summary: String {
            "attached \(attached), already there \(alreadyThere), kept unattached \(keptUnattached), not imported \(notImported)"
        }
    }

    func run() throws {
        let (exported, corrections) = try readExport()
        let store = try options.openStore()
        var tally = Tally()
        for item in exported {
            let outcome = try reattach(item, in: store)
            switch outcome {
            case .attached: tally.attached += 1
            case .alreadyThere: tally.alreadyThere += 1
            case .keptUnattached(let reason):
                tally.keptUnattached += 1
                Console.warning("\(describe(item)): \(reason)")
            case .notImported(let reason):
                tally.notImported += 1
                Console.error("\(describe(item)): \(reason)")
            }
        }
        print(tally.summary)
        if !corrections.isEmpty {
            // After the bookmarks, as they were made: a bookmark's quotation may have been hidden since.
            var quotations: [QuotationCorrection] = [], people: [PersonCorrection] = []
            for item in corrections {
                switch item.entry {
                case .quotation(let correction, _, _): quotations.append(correction)
                case .person(let correction, _): people.append(correction)
                }
            }
            let made = try store.importCorrections(quotations: quotations, people: people)
            print("corrections: added \(made.added), already there \(made.alreadyThere)")
        }
        if tally.notImported > 0 { throw ExitCode(1) }
    }

    /// A `bookmarks --json` list, or what `salvage` wrote (bookmarks and corrections).
    private func readExport() throws -> (bookmarks: [BookmarkJSON], corrections: [CorrectionJSON]) {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw UsageError(message: "\(file): cannot read it (\((error as NSError).localizedDescription))")
        }
        do {
            if data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") {
                let salvage = try JSONDecoder().decode(SalvageJSON.self, from: data)
                return (salvage.bookmarks, salvage.corrections)
            }
            return (try JSONDecoder().decode([BookmarkJSON].self, from: data), [])
        } catch let error as DecodingError {
            throw UsageError(message: "\(file): not a bookmarks export (as 'bookmarks --json' or 'salvage' write it): \(Self.reason(error))")
        }
    }

    /// An export with only the short id: the story is found by it, if this cache has it.
    private func reattach(_ item: BookmarkJSON, in store: NewsStore) throws -> Reattachment {
        var bookmark = item.bookmark
        if let short = item.shortStoryID {
            guard let id = try? store.resolve(short) else {
                return .notImported(reason: "its story \(short) is not in the cache, and the export has only its short id")
            }
            bookmark.storyID = id
        }
        return try store.reattach(bookmark, complete: !item.isTextOnly)
    }

    private func describe(_ item: BookmarkJSON) -> String {
        let text = item.bookmark.text.replacingNewlines(with: " ")
        let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
        return "bookmark “\(shown)” (story \(item.shortStoryID ?? item.bookmark.storyID.short))"
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath)) has no \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "the document" : "item " + keys.map { $0.intValue.map { String($0 + 1) } ?? $0.stringValue }.joined(separator: ".")
    }
}
