import Foundation
import Testing

/// A damaged cache gives up its bookmarks and notes (`salvage`, with its corrections: see
/// CorrectionCarryTests), and a fresh cache takes them back (`bookmarks import`), each
/// attached to its quotation.
@Suite struct SalvageTests {
    static let sampleWire = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/wire").path

    /// Bookmarks every quotation of the cache, each with a note, in one `bookmarks import`
    /// of an export that names stories by their short id; gives how many.
    private func bookmarkEveryQuotation(_ cli: Newswire) throws -> Int {
        let quotes = try #require(try cli.json(["quotes"]) as? [[String: Any]])
        let export = quotes.enumerated().map { index, quote in
            ["story": (quote["story"] as? [String: Any])?["id"] as? String ?? "", "text": quote["text"] as? String ?? "",
             "note": "note \(index)"]
        }
        let file = cli.folder.appendingPathComponent("every-quotation.json")
        try JSONSerialization.data(withJSONObject: export).write(to: file)
        let result = try cli.run(["bookmarks", "import", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let count = try #require(try cli.json(["bookmarks"]) as? [Any]).count
        #expect(result.stdout == "attached \(count), already there 0, kept unattached 0, not imported 0\n")
        return count
    }

    @Test func aTruncatedCachesBookmarksAreSalvagedAndAttachedInAFreshCache() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", SalvageTests.sampleWire])
        let total = try bookmarkEveryQuotation(cli)
        #expect(total > 200)
        // The bookmarks were written last: cutting the file's last four pages loses some.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: cli.cache)[.size] as? Int)
        #expect(truncate(cli.cache, off_t(size - 4 * 16384)) == 0)

        let damaged = try cli.run(["bookmarks"])
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("the cache is corrupt") && damaged.stderr.contains("newswire salvage --db \(cli.cache)"))

        let saved = cli.folder.appendingPathComponent("saved.json").path
        let salvage = try cli.run(["salvage", "--output", saved])
        #expect(salvage.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved))) as? [String: Any])
        let items = try #require(document["bookmarks"] as? [[String: Any]])
        #expect((document["corrections"] as? [Any])?.isEmpty == true)
        #expect(items.count > total / 2 && items.count < total, "salvaged \(items.count) of \(total)")
        #expect(salvage.stderr.hasPrefix("note: salvaged \(items.count) bookmarks from \(cli.cache)"))
        let whole = items.filter { $0["note"] is String }
        #expect(whole.count > total / 2)

        try FileManager.default.moveItem(atPath: cli.cache, toPath: cli.cache + ".broken")
        try cli.run(["import", SalvageTests.sampleWire])
        let reimport = try cli.run(["bookmarks", "import", saved])
        #expect(reimport.status == 0 && reimport.stderr.isEmpty, "\(reimport.stderr)")
        #expect(reimport.stdout == "attached \(items.count), already there 0, kept unattached 0, not imported 0\n")
        let restored = try #require(try cli.json(["bookmarks"]) as? [[String: Any]])
        #expect(Set(restored.compactMap { $0["note"] as? String }) == Set(whole.compactMap { $0["note"] as? String }))
        #expect(restored.allSatisfy { $0["title"] is String && $0["speaker_kind"] is String })
    }

    @Test func bookmarksWhoseStoryIsMissingAreKeptAndNamed() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        try cli.run(["bookmark", "add", "\(id).1", "--note", "open door"])
        let export = try cli.run(["bookmarks", "--json"]).stdout
        var items = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [[String: Any]])
        // As salvage writes a bookmark whose row was lost: only its story and text.
        items.append(["id": 9, "story": "0123456789", "story_id": "0123456789abcdef", "text": "Lost words.", "title": NSNull()])
        let file = cli.folder.appendingPathComponent("export.json")
        try JSONSerialization.data(withJSONObject: items).write(to: file)

        let fresh = Newswire(binary: cli.binary, folder: cli.folder.appendingPathComponent("fresh"))
        try FileManager.default.createDirectory(at: fresh.folder, withIntermediateDirectories: true)
        try fresh.run(["import", Newswire.fixture("two-stories.txt")])
        let result = try fresh.run(["bookmarks", "import", file.path])
        #expect(result.status == 1)
        #expect(result.stdout == "attached 0, already there 0, kept unattached 1, not imported 1\n")
        #expect(result.stderr == """
            warning: bookmark “The door to dialogue is open,” (story \(id)): its story is not in the cache; \
            kept with its citation, it shows with the story once imported
            error: bookmark “Lost words.” (story 0123456789): its story is not in the cache, and only its text was saved; \
            import the story and run this again

            """)
        try fresh.run(["import", Newswire.fixture("okabe.txt")])
        let kept = try #require(try fresh.json(["bookmarks"]) as? [[String: Any]])
        #expect(kept.map { $0["note"] as? String } == ["open door"])
        #expect(try fresh.run(["show", id]).status == 0)
    }

    @Test func anExportThatIsNotJSONIsAUsageError() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("notes.txt")
        try Data("my notes".utf8).write(to: file)
        let result = try cli.run(["bookmarks", "import", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: \(file.path): not a bookmarks export"))
    }
}
